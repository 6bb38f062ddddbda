package org.sim2real.core.feature;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class CompositionFeaturizerTest {
  private final CompositionFeaturizer featurizer = new CompositionFeaturizer();

  private float feature(float[] x, String name) {
    int index = featurizer.featureNames().indexOf(name);
    if (index < 0) {
      throw new AssertionError("no feature " + name);
    }
    return x[index];
  }

  private float[] features(String formula) throws FeaturizationException {
    float[] out = new float[featurizer.dimension()];
    featurizer.featurize(List.of(formula), out, 0);
    return out;
  }

  @Test
  void startsWithTheElementFractionsAndAddsFiveStatisticsPerProperty() {
    assertEquals(103 + 5 * 11, featurizer.dimension());
    assertEquals("fraction_H", featurizer.featureNames().get(0));
    assertEquals("mean_atomic_number", featurizer.featureNames().get(103));
    assertEquals("range_valence_f", featurizer.featureNames().get(featurizer.dimension() - 1));
    assertEquals(featurizer.dimension(), featurizer.featureNames().size());
  }

  @Test
  void ironOxideStatisticsMatchHandComputedValues() throws Exception {
    float[] x = features("Fe2O3");
    assertEquals(0.4f, feature(x, "fraction_Fe"), 1e-7);
    // Z: Fe 26, O 8
    assertEquals(0.4 * 26 + 0.6 * 8, feature(x, "mean_atomic_number"), 1e-5); // 15.2
    double std = Math.sqrt(0.4 * Math.pow(26 - 15.2, 2) + 0.6 * Math.pow(8 - 15.2, 2));
    assertEquals(std, feature(x, "std_atomic_number"), 1e-5); // 8.818
    assertEquals(8, feature(x, "min_atomic_number"));
    assertEquals(26, feature(x, "max_atomic_number"));
    assertEquals(18, feature(x, "range_atomic_number"));
    // Pauling electronegativity: Fe 1.83, O 3.44
    assertEquals(0.4 * 1.83 + 0.6 * 3.44, feature(x, "mean_electronegativity"), 1e-5);
    assertEquals(3.44 - 1.83, feature(x, "range_electronegativity"), 1e-5);
    // groups 8 and 16, periods 4 and 2, covalent radii 1.32 and 0.66
    assertEquals(0.4 * 8 + 0.6 * 16, feature(x, "mean_group"), 1e-5);
    assertEquals(0.4 * 4 + 0.6 * 2, feature(x, "mean_period"), 1e-5);
    assertEquals(0.4 * 1.32 + 0.6 * 0.66, feature(x, "mean_covalent_radius"), 1e-5);
    // valence electrons: Fe 8 (3d6 4s2), O 6 (2s2 2p4)
    assertEquals(0.4 * 8 + 0.6 * 6, feature(x, "mean_valence_electrons"), 1e-5);
    assertEquals(0.4 * 6, feature(x, "mean_valence_d"), 1e-5);
    // mass: Fe 55.845, O 15.999
    assertEquals(0.4 * 55.845 + 0.6 * 15.999, feature(x, "mean_atomic_mass"), 0.002);
  }

  @Test
  void aPureElementHasZeroDeviationAndRange() throws Exception {
    float[] x = features("Si");
    assertEquals(14, feature(x, "mean_atomic_number"));
    assertEquals(0f, feature(x, "std_atomic_number"));
    assertEquals(0f, feature(x, "range_electronegativity"));
    assertEquals(14, feature(x, "min_atomic_number"));
  }

  @Test
  void nobleGasCompoundsUseTheDocumentedElectronegativityFill() throws Exception {
    // XeF2: Xe has a Pauling value (2.6); Ar and He take Cl (3.16) and F (3.98)
    assertEquals((2.6 + 2 * 3.98) / 3, feature(features("XeF2"), "mean_electronegativity"), 1e-5);
    assertEquals(3.16, feature(features("Ar"), "mean_electronegativity"), 1e-6);
    float[] x = features("HeNe");
    assertEquals(3.98, feature(x, "mean_electronegativity"), 1e-6);
    for (float v : x) {
      assertFalse(Float.isNaN(v));
    }
  }

  @Test
  void everyElementFeaturizesWithoutNaN() throws Exception {
    for (int z = 1; z <= Elements.COUNT; z++) {
      float[] x = features(Elements.symbol(z) + "2O");
      for (int i = 0; i < x.length; i++) {
        assertFalse(Float.isNaN(x[i]) || Float.isInfinite(x[i]),
            Elements.symbol(z) + " " + featurizer.featureNames().get(i));
      }
    }
  }

  @Test
  void invalidFormulasFailWithTheParserReason() {
    FeaturizationException e =
        assertThrows(FeaturizationException.class, () -> features("Fe2O3)"));
    assertEquals("unbalanced ')' in 'Fe2O3)'", e.getMessage());
    assertThrows(IllegalArgumentException.class,
        () -> featurizer.featurize(List.of("Fe", "O"), new float[featurizer.dimension()], 0));
  }
}
