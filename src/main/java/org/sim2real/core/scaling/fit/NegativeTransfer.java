package org.sim2real.core.scaling.fit;

/** Whether transfer made the error worse than the scratch baseline at one n. */
public enum NegativeTransfer {
  /** Gain over scratch is not negative. */
  NONE,
  /** Gain is negative but its 90% interval includes zero (or no interval is available). */
  POSSIBLE,
  /** Gain is negative beyond its 90% interval: transfer is worse than training on experiments alone. */
  SIGNIFICANT
}
