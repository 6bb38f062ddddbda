package org.sim2real.core.scaling.forecast;

import org.jspecify.annotations.Nullable;
import org.sim2real.core.scaling.curve.Estimate;
import org.sim2real.core.scaling.fit.TrustAssessment;

/**
 * The simulation size needed for a target error.
 *
 * @param requiredN n*(T) of the fitted law with its 90% forecast interval (bootstrap and
 *     extrapolation spread; the upper end is infinite when more than 5% of the draws do not reach T);
 *     NaN when T <= C
 * @param probabilityUnreachable share of successful bootstrap refits with C >= T
 * @param reachedAtN smallest measured n whose mean error is at or below T, or null
 * @param floor the floor C with its interval
 * @param extrapolationFactor n*(T) divided by the largest measured n (NaN when unreachable)
 * @param upperExtrapolationFactor the interval's upper end divided by the largest measured n
 *     (infinite when the upper end is)
 * @param trust the fit's trust, lowered when the forecast reaches far beyond the data or the refits
 *     disagree
 */
public record DataNeedForecast(
    double target,
    DataNeedVerdict verdict,
    Estimate requiredN,
    double probabilityUnreachable,
    @Nullable Long reachedAtN,
    Estimate floor,
    double extrapolationFactor,
    double upperExtrapolationFactor,
    TrustAssessment trust,
    String sentence) {}
