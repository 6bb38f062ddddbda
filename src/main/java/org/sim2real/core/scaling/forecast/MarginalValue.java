package org.sim2real.core.scaling.forecast;

import org.sim2real.core.scaling.curve.Estimate;

/**
 * Predicted error change from growing n by 10x from the largest measured n (negative = better).
 */
public record MarginalValue(long fromN, double toN, Estimate errorChange, String sentence) {}
