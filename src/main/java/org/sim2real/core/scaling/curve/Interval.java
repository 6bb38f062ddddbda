package org.sim2real.core.scaling.curve;

/**
 * A 90% bootstrap percentile interval. Both ends are NaN when it could not be computed (a single
 * repetition, or no successful refit).
 */
public record Interval(double lower, double upper) {
  public static final Interval NONE = new Interval(Double.NaN, Double.NaN);

  public Interval {
    if (lower > upper) {
      throw new IllegalArgumentException("interval lower " + lower + " > upper " + upper);
    }
  }

  public boolean isKnown() {
    return Double.isFinite(lower) && Double.isFinite(upper);
  }

  /** True when value lies in the interval; an infinite end (a data need that may be never) counts. */
  public boolean contains(double value) {
    return !Double.isNaN(lower) && !Double.isNaN(upper) && value >= lower && value <= upper;
  }
}
