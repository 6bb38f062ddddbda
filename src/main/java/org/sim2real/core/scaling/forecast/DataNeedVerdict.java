package org.sim2real.core.scaling.forecast;

/** The answer to "how much simulation reaches a target error T?". */
public enum DataNeedVerdict {
  /** T > C: n*(T) = ((T - C) / D)^(-1/alpha) simulation samples. */
  REACHABLE,
  /** A measured size already has a mean error at or below T. */
  ALREADY_REACHED,
  /** T <= C: the floor C is at or above the target; simulation alone cannot reach it. */
  UNREACHABLE
}
