package org.sim2real.core.model;

/**
 * Test-set error of a regression model, computed in double precision.
 *
 * @param mae mean absolute error
 * @param rmse root mean squared error
 * @param r2 coefficient of determination 1 - SS_res / SS_tot (NaN when the targets are constant)
 * @param count number of rows
 */
public record Metrics(double mae, double rmse, double r2, int count) {

  /** Metrics of {@code predicted} against {@code actual} (same length, at least one row). */
  public static Metrics of(float[] actual, float[] predicted) {
    if (actual.length != predicted.length || actual.length == 0) {
      throw new IllegalArgumentException("need equally long, non-empty arrays, got "
          + actual.length + " targets and " + predicted.length + " predictions");
    }
    int n = actual.length;
    double mean = 0;
    for (float v : actual) {
      mean += v;
    }
    mean /= n;
    double absolute = 0;
    double squared = 0;
    double total = 0;
    for (int i = 0; i < n; i++) {
      double diff = (double) predicted[i] - actual[i];
      absolute += Math.abs(diff);
      squared += diff * diff;
      double dev = actual[i] - mean;
      total += dev * dev;
    }
    double r2 = total > 0 ? 1 - squared / total : Double.NaN;
    return new Metrics(absolute / n, Math.sqrt(squared / n), r2, n);
  }
}
