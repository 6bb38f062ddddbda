package org.sim2real.core.scaling.fit;

import org.sim2real.core.scaling.curve.Estimate;
import org.sim2real.core.scaling.curve.Format;
import org.sim2real.core.scaling.curve.Interval;

/**
 * The honest check of an extrapolation (src/site/SCIENCE.md, "Back-test"): the law refitted on every size of the window
 * but the largest predicts the largest.
 *
 * @param fittedUpToN largest n of the refit
 * @param predictedN the held-out size
 * @param predicted prediction of the refit on the measured means
 * @param predictedInterval 90% bootstrap interval of the prediction
 * @param measured measured mean at predictedN
 * @param measuredInterval its 90% interval
 * @param differenceInterval 90% interval of predicted minus measured over paired resamples (both from
 *     the same resampled repetitions, so it carries the noise of both)
 * @param intervalWidening factor by which the difference interval's half-width is widened for the
 *     consistency check: a percentile bootstrap of R repetitions is too narrow, a t interval is not
 *     (1.45 for R = 5, 1.17 for R = 10; see {@link BackTester#smallSampleWidening(int)})
 * @param measuredInsidePrediction the measured mean lies inside the predicted interval
 * @param consistent the difference interval, widened by intervalWidening about its center, contains
 *     0: the miss is explained by noise
 * @param severe not consistent and the miss exceeds half the measured change from the previous size:
 *     the law got the size or direction of the last step badly wrong
 */
public record BackTest(
    long fittedUpToN,
    long predictedN,
    double predicted,
    Interval predictedInterval,
    double measured,
    Interval measuredInterval,
    Interval differenceInterval,
    double intervalWidening,
    boolean measuredInsidePrediction,
    boolean consistent,
    boolean severe) {

  /** One sentence: what was predicted, what was measured, hit or miss and what a miss means. */
  public String sentence() {
    String facts = "fitted on n <= " + Format.size(fittedUpToN) + " the law predicts "
        + Format.withInterval(new Estimate(predicted, predictedInterval)) + " at n = "
        + Format.size(predictedN) + ", measured " + Format.error(measured);
    if (consistent) {
      return "Back-test hit: " + facts + " (the difference is within its interval).";
    }
    return "Back-test missed" + (severe ? " badly" : "") + ": " + facts
        + (predicted < measured
            ? "; the curve flattens earlier than the law, so extrapolations are optimistic."
            : "; the curve falls faster than the law, so extrapolations are pessimistic.");
  }
}
