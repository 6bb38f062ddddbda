package org.sim2real.core.scaling.fit;

/**
 * Maps an unbounded optimizer coordinate v onto the open interval (low, high) by a logistic
 * function: x = low + (high - low) / (1 + exp(-v)). Levenberg-Marquardt then never steps outside the
 * bounds and never stalls against them, which clamping does (an exact fit of 3 points whose optimum
 * lies on a bound took up to 2,000 evaluations with clamping).
 */
record IntervalTransform(double low, double high) {
  /** Largest |v| the optimizer may use: the logistic is flat beyond it anyway. */
  static final double LIMIT = 30;

  double value(double v) {
    return low + (high - low) / (1 + Math.exp(-v));
  }

  double derivative(double v) {
    double s = 1 / (1 + Math.exp(-v));
    return (high - low) * s * (1 - s);
  }

  double inverse(double x) {
    double share = (x - low) / (high - low);
    share = Math.max(1e-12, Math.min(1 - 1e-12, share));
    return Math.max(-LIMIT, Math.min(LIMIT, Math.log(share / (1 - share))));
  }

  /** True when x lies within a relative 1e-4 of the range from either end. */
  boolean atBound(double x) {
    double share = (x - low) / (high - low);
    return share < 1e-4 || share > 1 - 1e-4;
  }
}
