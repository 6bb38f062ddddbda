package org.sim2real.core.scaling.fit;

import org.sim2real.core.scaling.curve.Estimate;
import org.sim2real.core.scaling.curve.Format;
import org.sim2real.core.scaling.curve.Interval;

/**
 * One prediction of a rolling-origin back-test (src/site/SCIENCE.md, "Back-test"): the analysis
 * run on the sizes up to {@code fittedUpToN} only (its own window, form and law, as the workbench
 * would have done had the study stopped there) predicts a later measured size.
 *
 * @param fittedUpToN largest n the analysis at this origin saw
 * @param predictedN the later, measured size it predicts
 * @param form the law form the analysis chose at this origin
 * @param predicted the prediction of its law
 * @param predictedInterval the 90% forecast band it would have shown (bootstrap and the bundled
 *     extrapolation spread)
 * @param measured the measured mean at predictedN
 * @param logError ln(predicted / measured)
 * @param logSpread standard deviation of ln(predicted / measured) over the paired draws (the same
 *     repetitions and test rows for the prediction and the measurement): the noise the bootstrap
 *     already explains
 * @param hit the measured mean lies inside the band (paired: 0 lies in the 90% interval of the
 *     widened log ratio)
 */
public record BackTest(
    long fittedUpToN,
    long predictedN,
    LawForm form,
    double predicted,
    Interval predictedInterval,
    double measured,
    double logError,
    double logSpread,
    boolean hit) {

  /** How many times the largest fitted size the prediction reaches. */
  public double extrapolationFactor() {
    return (double) predictedN / fittedUpToN;
  }

  /** A miss by more than three times the spread that the bootstrap and calibration allow. */
  public boolean severe() {
    return !hit && Math.abs(logError) > 3 * Math.max(logSpread, 1e-12);
  }

  /** One sentence: what was predicted, what was measured, hit or miss and what a miss means. */
  public String sentence() {
    String facts = "fitted on n <= " + Format.size(fittedUpToN) + " the analysis predicts "
        + Format.withInterval(new Estimate(predicted, predictedInterval)) + " at n = "
        + Format.size(predictedN) + ", measured " + Format.error(measured);
    if (hit) {
      return "Hit: " + facts + ".";
    }
    return "Missed" + (severe() ? " badly" : "") + ": " + facts
        + (predicted < measured
            ? "; the curve flattened earlier than forecast (forecasts were optimistic)."
            : "; the curve fell faster than forecast (forecasts were pessimistic).");
  }
}
