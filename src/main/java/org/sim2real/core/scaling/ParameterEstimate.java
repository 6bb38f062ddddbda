package org.sim2real.core.scaling;

/** A fitted parameter (D, alpha, C, ...) with its 90% bootstrap interval. */
public record ParameterEstimate(String name, double value, Interval interval) {
  public Estimate estimate() {
    return new Estimate(value, interval);
  }

  /** "alpha = 0.149 (90%: 0.0912 to 0.381)". */
  public String sentence() {
    return name + " = " + Format.withInterval(estimate());
  }
}
