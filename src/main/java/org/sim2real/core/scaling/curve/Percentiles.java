package org.sim2real.core.scaling.curve;

import java.util.Arrays;

/** Percentile intervals of bootstrap draws (numpy's default linear interpolation). */
public final class Percentiles {
  /** Two-sided level of every interval the workbench reports. */
  public static final double LEVEL = 0.90;

  private Percentiles() {}

  /** The q-quantile (0..1) of the finite values, NaN when there are none. */
  public static double quantile(double[] values, double q) {
    double[] finite = Arrays.stream(values).filter(Double::isFinite).sorted().toArray();
    return quantileOfSorted(finite, q);
  }

  public static double quantileOfSorted(double[] sorted, double q) {
    if (sorted.length == 0) {
      return Double.NaN;
    }
    double position = q * (sorted.length - 1);
    int below = (int) Math.floor(position);
    int above = Math.min(below + 1, sorted.length - 1);
    double fraction = position - below;
    if (Double.isInfinite(sorted[above])) {
      return fraction > 0 || Double.isInfinite(sorted[below]) ? sorted[above] : sorted[below];
    }
    return sorted[below] + fraction * (sorted[above] - sorted[below]);
  }

  /**
   * The central 90% interval of values that may be +infinity (e.g. a data need that some refits
   * call unreachable): NaN (failed refits) is dropped, infinity is kept, so the upper end becomes
   * infinite when more than 5% of the refits say "never".
   */
  public static Interval intervalAllowingInfinity(double[] values) {
    double[] kept = Arrays.stream(values).filter(v -> !Double.isNaN(v)).sorted().toArray();
    double tail = (1 - LEVEL) / 2;
    return new Interval(quantileOfSorted(kept, tail), quantileOfSorted(kept, 1 - tail));
  }

  /** The central 90% percentile interval of the finite values. */
  public static Interval interval(double[] values) {
    double[] finite = Arrays.stream(values).filter(Double::isFinite).sorted().toArray();
    double tail = (1 - LEVEL) / 2;
    return new Interval(quantileOfSorted(finite, tail), quantileOfSorted(finite, 1 - tail));
  }
}
