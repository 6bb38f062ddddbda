package org.sim2real.core.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TargetStatisticsTest {
  @Test
  void matchesHandComputedValuesWithNumpyStyleQuartiles() {
    // numpy: np.percentile([0, 0, 1, 2, 7], [25, 50, 75]) = [0, 1, 2]; std(ddof=1) = sqrt(8.5)
    TargetStatistics s = TargetStatistics.of(new double[] {2, 0, 7, 1, 0});
    assertEquals(5, s.count());
    assertEquals(2.0, s.mean(), 1e-12);
    assertEquals(Math.sqrt(8.5), s.std(), 1e-12);
    assertEquals(0, s.min(), 0);
    assertEquals(0, s.q1(), 0);
    assertEquals(1, s.median(), 0);
    assertEquals(2, s.q3(), 0);
    assertEquals(7, s.max(), 0);
    assertEquals(0.4, s.zeroShare(), 1e-12);
  }

  @Test
  void interpolatesBetweenOrderStatistics() {
    // numpy: np.percentile([1, 2, 3, 4], 25) = 1.75
    TargetStatistics s = TargetStatistics.of(new double[] {4, 3, 2, 1});
    assertEquals(1.75, s.q1(), 1e-12);
    assertEquals(2.5, s.median(), 1e-12);
  }

  @Test
  void emptyInputGivesCountZeroAndNaN() {
    TargetStatistics s = TargetStatistics.of(new double[0]);
    assertEquals(0, s.count());
    assertTrue(Double.isNaN(s.mean()));
  }
}
