package org.sim2real.core.scaling.fit;

import org.sim2real.core.scaling.curve.Estimate;
import org.sim2real.core.scaling.curve.Format;
import org.sim2real.core.scaling.curve.Interval;

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
