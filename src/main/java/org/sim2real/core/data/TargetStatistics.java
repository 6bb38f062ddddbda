package org.sim2real.core.data;

import java.util.Arrays;

/**
 * Summary of a target column: count, mean, sample standard deviation, min, quartiles, max and the
 * share of exact zeros (metals in band-gap data). Quartiles interpolate linearly between order
 * statistics (numpy's default), so they match what a scientist computes in Python.
 */
public record TargetStatistics(
    int count, double mean, double std, double min, double q1, double median, double q3,
    double max, double zeroShare) {

  public static TargetStatistics of(double[] values) {
    int n = values.length;
    if (n == 0) {
      return new TargetStatistics(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN,
          Double.NaN, Double.NaN, Double.NaN);
    }
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    double sum = 0;
    int zeros = 0;
    for (double v : values) {
      sum += v;
      if (v == 0) {
        zeros++;
      }
    }
    double mean = sum / n;
    double squares = 0;
    for (double v : values) {
      squares += (v - mean) * (v - mean);
    }
    double std = n > 1 ? Math.sqrt(squares / (n - 1)) : 0;
    return new TargetStatistics(n, mean, std, sorted[0], quantile(sorted, 0.25),
        quantile(sorted, 0.5), quantile(sorted, 0.75), sorted[n - 1], (double) zeros / n);
  }

  /** Linear interpolation between the order statistics around p * (n - 1). */
  static double quantile(double[] sorted, double p) {
    double h = p * (sorted.length - 1);
    int lo = (int) Math.floor(h);
    int hi = Math.min(lo + 1, sorted.length - 1);
    return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
  }
}
