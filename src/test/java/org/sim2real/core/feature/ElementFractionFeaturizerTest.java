package org.sim2real.core.feature;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ElementFractionFeaturizerTest {
  private final ElementFractionFeaturizer featurizer = new ElementFractionFeaturizer();

  private float[] features(String formula) throws FeaturizationException {
    float[] out = new float[featurizer.dimension()];
    featurizer.featurize(List.of(formula), out, 0);
    return out;
  }

  /** Builds the expected vector from symbol -> fraction; every other entry must be 0. */
  private static void assertFractions(Map<String, Double> expected, float[] actual) {
    for (int z = 1; z <= Elements.COUNT; z++) {
      double want = expected.getOrDefault(Elements.symbol(z), 0.0);
      assertEquals(want, actual[z - 1], 1e-7, Elements.symbol(z));
    }
  }

  @Test
  void hasOneFractionPerElementIndexedByAtomicNumberMinusOne() {
    assertEquals(103, featurizer.dimension());
    assertEquals("fraction_H", featurizer.featureNames().get(0));
    assertEquals("fraction_Fe", featurizer.featureNames().get(25));
    assertEquals("fraction_Lr", featurizer.featureNames().get(102));
    assertEquals("element-fractions", featurizer.id());
  }

  @Test
  void ironOxideIsFortyPercentIronSixtyPercentOxygen() throws Exception {
    assertFractions(Map.of("Fe", 0.4, "O", 0.6), features("Fe2O3"));
  }

  @Test
  void formulasFromTheExperimentalBandGapFileMatchHandCountedFractions() throws Exception {
    // Ag(AuS)2: Ag 1, Au 2, S 2 of 5 atoms
    assertFractions(Map.of("Ag", 0.2, "Au", 0.4, "S", 0.4), features("Ag(AuS)2"));
    // Ag0.5Ge1Pb1.75S4: 7.25 atoms
    assertFractions(Map.of("Ag", 0.5 / 7.25, "Ge", 1 / 7.25, "Pb", 1.75 / 7.25, "S", 4 / 7.25),
        features("Ag0.5Ge1Pb1.75S4"));
    // Al0.15Ga0.85As1: 2 atoms
    assertFractions(Map.of("Al", 0.075, "Ga", 0.425, "As", 0.5), features("Al0.15Ga0.85As1"));
    // Ag2Mo(I2O7)2: Ag 2, Mo 1, I 4, O 14 of 21
    assertFractions(Map.of("Ag", 2 / 21.0, "Mo", 1 / 21.0, "I", 4 / 21.0, "O", 14 / 21.0),
        features("Ag2Mo(I2O7)2"));
  }

  @Test
  void everyFormulaOfTheExperimentalFileGivesFractionsSummingToOne() throws Exception {
    Path file = Path.of(System.getProperty("sim2real.shared.dir", "../shared"),
        "data/bandgap/exp_gap.csv");
    assumeTrue(Files.exists(file), "shared band-gap data not present");
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    for (String line : lines.subList(1, lines.size())) {
      String formula = line.substring(0, line.indexOf(','));
      float[] x = features(formula);
      double sum = 0;
      for (float v : x) {
        sum += v;
      }
      assertEquals(1.0, sum, 1e-5, formula);
    }
  }

  @Test
  void overwritesWhatWasInTheOutputSlotBefore() throws Exception {
    float[] out = new float[2 + 103];
    java.util.Arrays.fill(out, 9f);
    featurizer.featurize(List.of("NaCl"), out, 1);
    assertEquals(9f, out[0]);
    assertEquals(0f, out[1]); // H
    assertEquals(0.5f, out[1 + 10]); // Na
    assertEquals(0.5f, out[1 + 16]); // Cl
    assertEquals(9f, out[104]);
  }

  @Test
  void unparseableFormulasFailWithTheParserReason() {
    FeaturizationException e =
        assertThrows(FeaturizationException.class, () -> features("Fe2Xx3"));
    assertEquals("unknown element 'Xx' in 'Fe2Xx3'", e.getMessage());
    e = assertThrows(FeaturizationException.class, () -> features("Ca(OH2"));
    assertEquals("unbalanced '(' in 'Ca(OH2'", e.getMessage());
  }
}
