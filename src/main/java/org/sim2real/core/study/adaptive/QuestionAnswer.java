package org.sim2real.core.study.adaptive;

import org.sim2real.core.scaling.curve.Interval;
import org.sim2real.core.scaling.fit.TrustLevel;

/**
 * The answer to an adaptive study's question after a wave, with its calibrated 90% interval (the
 * analysis's forecast draws: bootstrap of repetitions and test rows, and the extrapolation spread).
 *
 * @param value n*, the error at n, C, or the ranking's difference (the runner-up's error minus the
 *     leader's); NaN when no law could be fitted yet
 * @param interval its 90% interval ({@link Interval#NONE} without a law; the upper end infinite
 *     when more than 5% of the draws never reach the target)
 * @param trust the forecast's grade (the fit's, lowered for a reach far beyond the data)
 * @param trustReason why
 * @param precise the requested precision is reached with a grade better than "do not extrapolate",
 *     from a law whose fit window holds at least 5 sizes over a decade
 * @param widthRatio how wide the interval is against the requested precision: 1 at the precision,
 *     2 for twice as wide (for n*: in log), infinite when open or unknown
 * @param wanted the requested precision as a range: around the answer (n*: within the factor
 *     either side; the error at n and C: the half-width either side), or around 0 for the
 *     ranking's difference (equivalent within it); {@link Interval#NONE} without an answer
 * @param sentence e.g. "n* for the error 0.42: 31,000 (90%: 18,000 to 52,000), ends within x1.7 of
 *     the middle; wanted x1.3"
 */
public record QuestionAnswer(double value, Interval interval, TrustLevel trust, String trustReason,
    boolean precise, double widthRatio, Interval wanted, String sentence) {}
