package org.sim2real.core.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sim2real.core.io.TextFiles;

class SyntheticTransferDataTest {
  private static final SyntheticTransferSpec SMALL =
      SyntheticTransferSpec.sample().withRows(3_000, 400, 2_000);

  @TempDir Path dir;

  @Test
  void sameSpecAndSeedGiveTheSameTablesAndAnotherSeedOthers() {
    String first = SyntheticTransferData.csv(SyntheticTransferData.generate(SMALL).simulation());
    String again = SyntheticTransferData.csv(SyntheticTransferData.generate(SMALL).simulation());
    String other = SyntheticTransferData.csv(
        SyntheticTransferData.generate(SMALL.withSeed(7)).simulation());
    assertEquals(first, again);
    assertNotEquals(first, other);
  }

  @Test
  void truthFollowsItsDocumentedFormula() {
    double[] middle = filled(0.5);
    // sin(pi) cos(pi) = 0, 0.8 sin(2 pi) = 0, 4 * 0 * 0, 0.6 cos(1.5 pi) = 0, 0.5 * 0.5 * 0.5
    assertEquals(1.625, SyntheticTransferData.truth(middle), 1e-12);
    // 1.5 + 0 + 0 + 4 * 0.25 + 0.6 + 0
    assertEquals(3.1, SyntheticTransferData.truth(filled(0)), 1e-12);
    double[] x = {0.25, 0, 0.125, 0, 1, 1, 0, 1};
    double expected = 1.5 + 1 + 0.8 * Math.sin(Math.PI / 4) + 4 * 0.25 + 0.6 + 0.5 * 0.25;
    assertEquals(expected, SyntheticTransferData.truth(x), 1e-12);
    assertThrows(IllegalArgumentException.class, () -> SyntheticTransferData.truth(new double[3]));
  }

  @Test
  void simulationIsTheDocumentedBiasedDistortionOfTheTruth() {
    double[] x = {0.25, 0.3, 0.9, 0.1, 0.7, 0.2, 0.6, 0.5};
    double g = Math.sin(Math.PI / 2) * 0.5 + 2 * 0.7 * 0.7 - 1.0 / 3;
    assertEquals(g, SyntheticTransferData.distortionShape(x), 1e-12);
    SyntheticTransferSpec spec = SyntheticTransferSpec.sample();
    assertEquals(0.8 * SyntheticTransferData.truth(x) - 0.3 + 0.25 * g,
        SyntheticTransferData.simulated(x, spec), 1e-12);
  }

  @Test
  void rowsScatterAroundTheirFunctionsWithTheDocumentedNoise() {
    SyntheticTransferData.Tables tables = SyntheticTransferData.generate(SMALL);
    double[] simResiduals = tables.simulation().stream()
        .mapToDouble(r -> r.value() - SyntheticTransferData.simulated(r.descriptors(), SMALL))
        .toArray();
    double[] testResiduals = tables.testSet().stream()
        .mapToDouble(r -> r.value() - SyntheticTransferData.truth(r.descriptors())).toArray();
    assertEquals(0.02, standardDeviation(simResiduals), 0.002);
    assertEquals(0.05, standardDeviation(testResiduals), 0.004);
    assertEquals(0, Arrays.stream(testResiduals).average().orElseThrow(), 0.005);
    assertEquals(0.0399, SMALL.noiseFloorMae(), 1e-4);
  }

  @Test
  void experimentsConcentrateInTheMiddleOfTheSpaceSimulationsCoverIt() {
    SyntheticTransferData.Tables tables = SyntheticTransferData.generate(SMALL);
    double simVariance = variance(tables.simulation(), 0);
    double expVariance = variance(tables.testSet(), 0);
    assertEquals(1.0 / 12, simVariance, 0.005, "uniform descriptors");
    // 0.5 u + 0.5 t: variance 0.25/12 + 0.25/24 = 1/32
    assertEquals(1.0 / 32, expVariance, 0.004, "shifted towards the middle");
  }

  @Test
  void eachTableHasItsOwnStreamSoOtherRowCountsDoNotChangeIt() {
    SyntheticTransferData.Tables small = SyntheticTransferData.generate(SMALL);
    SyntheticTransferData.Tables large =
        SyntheticTransferData.generate(SMALL.withRows(5_000, 400, 2_000));
    assertEquals(SyntheticTransferData.csv(small.experiments()),
        SyntheticTransferData.csv(large.experiments()));
    assertEquals(SyntheticTransferData.csv(small.testSet()),
        SyntheticTransferData.csv(large.testSet()));
    assertEquals(SyntheticTransferData.csv(small.simulation().subList(0, 3_000)),
        SyntheticTransferData.csv(large.simulation().subList(0, 3_000)));
  }

  @Test
  void filesHoldExactlyTheDescriptorsTheValuesBelongTo() throws Exception {
    SyntheticTransferData.Tables tables = SyntheticTransferData.generate(SMALL.withRows(50, 20, 10));
    Path sim = dir.resolve("sim.csv.gz");
    SyntheticTransferData.write(tables, sim, dir.resolve("exp.csv"), dir.resolve("test.csv"));
    List<String> lines = TextFiles.read(sim).lines().toList();
    assertEquals("d1,d2,d3,d4,d5,d6,d7,d8,property", lines.get(0));
    assertEquals(51, lines.size());
    for (int i = 0; i < 50; i++) {
      double[] parsed = Arrays.stream(lines.get(i + 1).split(",")).mapToDouble(Double::parseDouble)
          .toArray();
      SyntheticTransferData.Row row = tables.simulation().get(i);
      assertTrue(Arrays.equals(row.descriptors(), Arrays.copyOf(parsed, 8)), lines.get(i + 1));
      assertEquals(row.value(), parsed[8], 0);
    }
    assertTrue(Files.readString(dir.resolve("exp.csv")).startsWith("d1,"), "plain text");
  }

  @Test
  void impossibleSettingsAreRefusedWithTheReason() {
    var e = assertThrows(IllegalArgumentException.class,
        () -> SyntheticTransferSpec.sample().withRows(0, 10, 10));
    assertTrue(e.getMessage().contains("at least one"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> new SyntheticTransferSpec(10, 10, 10, 0,
        0, 0, 0, 0.1, 0.5, 1));
    assertThrows(IllegalArgumentException.class, () -> new SyntheticTransferSpec(10, 10, 10, 1,
        0, 0, 0, 0.1, 1.5, 1));
  }

  private static double[] filled(double v) {
    double[] x = new double[SyntheticTransferData.DESCRIPTORS];
    Arrays.fill(x, v);
    return x;
  }

  private static double variance(List<SyntheticTransferData.Row> rows, int column) {
    return Math.pow(standardDeviation(
        rows.stream().mapToDouble(r -> r.descriptors()[column]).toArray()), 2);
  }

  private static double standardDeviation(double[] values) {
    double mean = Arrays.stream(values).average().orElseThrow();
    double ss = Arrays.stream(values).map(v -> (v - mean) * (v - mean)).sum();
    return Math.sqrt(ss / (values.length - 1));
  }
}
