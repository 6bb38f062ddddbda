package org.sim2real.core.scaling.forecast;

import org.sim2real.core.scaling.curve.Estimate;
import org.sim2real.core.scaling.fit.TrustAssessment;

/**
 * Predicted error change from growing n by 10x from the largest measured n (negative = better),
 * with the forecast band at 10x (extrapolation spread included) and its own grade.
 *
 * @param errorAtTarget the forecast error at toN with its 90% forecast band
 */
public record MarginalValue(long fromN, double toN, Estimate errorChange, Estimate errorAtTarget,
    TrustAssessment trust, String sentence) {}
