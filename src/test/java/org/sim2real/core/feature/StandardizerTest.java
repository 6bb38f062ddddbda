package org.sim2real.core.feature;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class StandardizerTest {
  /** Rows 0..3 are training rows, row 4 is a test row with extreme values. */
  private static FeatureMatrix matrix(float testValue) {
    float[] values = {
      1f, 5f, 0.1f,
      2f, 5f, 0.1f,
      3f, 5f, 0.1f,
      4f, 5f, 0.1f,
      testValue, testValue, testValue};
    return new FeatureMatrix(values, 5, 3, List.of("x", "constant", "rounded"));
  }

  private static final int[] TRAINING = {0, 1, 2, 3};

  @Test
  void fitsMeanAndPopulationDeviationOnTrainingRowsOnly() {
    Standardizer s = Standardizer.fit(matrix(1000f), TRAINING);
    assertEquals(2.5, s.mean(0), 1e-12);
    assertEquals(Math.sqrt(1.25), s.scale(0), 1e-12);
    FeatureMatrix z = s.apply(matrix(1000f));
    assertEquals((1 - 2.5) / Math.sqrt(1.25), z.get(0, 0), 1e-6);
    assertEquals((1000 - 2.5) / Math.sqrt(1.25), z.get(4, 0), 1e-3);
  }

  @Test
  void testRowsDoNotLeakIntoTheStatistics() {
    Standardizer small = Standardizer.fit(matrix(-7f), TRAINING);
    Standardizer huge = Standardizer.fit(matrix(1e6f), TRAINING);
    for (int c = 0; c < 3; c++) {
      assertEquals(small.mean(c), huge.mean(c), 0.0);
      assertEquals(small.scale(c), huge.scale(c), 0.0);
    }
    // and the standardized training rows are identical whatever the test row holds
    FeatureMatrix a = small.apply(matrix(-7f));
    FeatureMatrix b = huge.apply(matrix(1e6f));
    for (int row : TRAINING) {
      for (int c = 0; c < 3; c++) {
        assertEquals(a.get(row, c), b.get(row, c), 0f);
      }
    }
  }

  @Test
  void constantColumnsAreCentredWithoutNaN() {
    Standardizer s = Standardizer.fit(matrix(9f), TRAINING);
    assertEquals(1.0, s.scale(1));
    assertEquals(1.0, s.scale(2)); // 0.1f four times: rounding must not fake a tiny deviation
    FeatureMatrix z = s.apply(matrix(9f));
    for (int row : TRAINING) {
      assertEquals(0f, z.get(row, 1));
      assertEquals(0f, z.get(row, 2));
    }
    assertEquals(4f, z.get(4, 1)); // 9 - 5
    for (float v : z.values()) {
      assertFalse(Float.isNaN(v));
    }
  }

  @Test
  void applyLeavesTheInputUntouchedAndKeepsNames() {
    FeatureMatrix m = matrix(9f);
    float before = m.get(0, 0);
    FeatureMatrix z = Standardizer.fit(m, TRAINING).apply(m);
    assertEquals(before, m.get(0, 0));
    assertEquals(m.names(), z.names());
  }

  @Test
  void rejectsEmptyTrainingSetsAndForeignMatrices() {
    assertThrows(IllegalArgumentException.class, () -> Standardizer.fit(matrix(0f), new int[0]));
    assertThrows(IllegalArgumentException.class,
        () -> Standardizer.fit(matrix(0f), new int[] {5}));
    Standardizer s = Standardizer.fit(matrix(0f), TRAINING);
    assertThrows(IllegalArgumentException.class,
        () -> s.apply(new FeatureMatrix(new float[2], 1, 2, List.of("a", "b"))));
  }

  @Test
  void restoredStatisticsStandardizeLikeFittedOnes() {
    Standardizer fitted = Standardizer.fit(matrix(3f), TRAINING);
    Standardizer restored = Standardizer.of(new double[] {fitted.mean(0), fitted.mean(1),
        fitted.mean(2)}, new double[] {fitted.scale(0), 0, 0});
    assertEquals(fitted.apply(matrix(3f)).get(4, 0), restored.apply(matrix(3f)).get(4, 0));
  }
}
