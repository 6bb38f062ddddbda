package org.sim2real.ui.common.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TargetHistogramsTest {
  private static double integral(TargetHistograms h, boolean simulation) {
    double sum = 0;
    for (int i = 0; i < h.bins(); i++) {
      double d = simulation ? h.simulationDensity(i) : h.experimentDensity(i);
      sum += d * (h.upper(i) - h.lower(i));
    }
    return sum;
  }

  @Test
  void bothDensitiesIntegrateToOneOnSharedBinsDespiteDifferentSizes() {
    double[] sim = new double[1000];
    for (int i = 0; i < sim.length; i++) {
      sim[i] = i % 7;
    }
    double[] exp = {0.5, 1, 8, 8, 9};
    TargetHistograms h = TargetHistograms.of(sim, exp, 9);

    assertEquals(1.0, integral(h, true), 1e-12);
    assertEquals(1.0, integral(h, false), 1e-12);
    assertEquals(0.0, h.lower(0));
    assertEquals(9.0, h.upper(8), "the maximum falls into the last bin");
  }

  @Test
  void eachValueLandsInTheBinThatContainsIt() {
    TargetHistograms h = TargetHistograms.of(new double[] {0, 1, 2, 3}, new double[] {3}, 3);
    // bins [0,1) [1,2) [2,3]; width 1, four simulation values
    assertArrayEquals(new double[] {0.25, 0.25, 0.5}, h.simulation(), 1e-12);
    assertArrayEquals(new double[] {0, 0, 1}, h.experiment(), 1e-12);
  }

  @Test
  void aSingleValueStillGetsABinOfWidthOne() {
    TargetHistograms h = TargetHistograms.of(new double[] {2, 2}, new double[0], 4);
    assertEquals(1.5, h.lower(0));
    assertEquals(2.5, h.upper(3));
    assertEquals(1.0, integral(h, true), 1e-12);
    assertEquals(0.0, integral(h, false), "no experimental values: all zero, not NaN");
  }

  @Test
  void binCountFollowsTheSmallerDatasetWithinLimits() {
    assertEquals(10, TargetHistograms.of(new double[50], new double[20]).bins());
    assertEquals(33, TargetHistograms.of(new double[100_000], new double[4604]).bins());
    assertEquals(60, TargetHistograms.of(new double[1_000_000], new double[100_000]).bins());
  }
}
