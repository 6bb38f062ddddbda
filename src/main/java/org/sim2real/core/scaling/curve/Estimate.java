package org.sim2real.core.scaling.curve;

/** A point value with its 90% bootstrap interval (NaN ends when unknown). */
public record Estimate(double value, Interval interval) {
  public static Estimate of(double value, double[] draws) {
    return new Estimate(value, Percentiles.interval(draws));
  }

  public double lower() {
    return interval.lower();
  }

  public double upper() {
    return interval.upper();
  }
}
