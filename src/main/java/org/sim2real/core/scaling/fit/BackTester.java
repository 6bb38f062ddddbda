package org.sim2real.core.scaling.fit;

import org.hipparchus.distribution.continuous.TDistribution;
import org.jspecify.annotations.Nullable;
import org.sim2real.core.scaling.curve.Interval;
import org.sim2real.core.scaling.curve.LearningCurve;
import org.sim2real.core.scaling.curve.Percentiles;
import org.sim2real.core.scaling.curve.PointSummary;
import org.sim2real.core.scaling.curve.RepetitionResampler;

/** Runs the {@link BackTest} of a fit window. */
final class BackTester {
  private BackTester() {}

  /**
   * How much wider a 90% interval from R repetitions should be than the percentile bootstrap's: the
   * bootstrap spreads a mean by sqrt((R-1)/R) sd/sqrt(R) with normal quantiles, a t interval by
   * t(0.95, R-1) sd/sqrt(R). 1.45 for R = 5, 1.17 for R = 10, 1.05 for R = 30.
   */
  static double smallSampleWidening(int repetitions) {
    double t = new TDistribution(repetitions - 1).inverseCumulativeProbability(0.95);
    double z = 1.6448536269514722;
    return t / z * Math.sqrt(repetitions / (repetitions - 1.0));
  }

  /**
   * Refits the power law with offset on sizes [from, to - 1) of the curve and predicts size to - 1,
   * on the data and on every resample.
   *
   * @return null when the window has fewer than 4 sizes or the refit fails
   */
  static @Nullable BackTest run(
      LearningCurve curve,
      int from,
      int to,
      double @Nullable [] weights,
      RepetitionResampler resampler,
      PointSummary measuredPoint) {
    LawForm form = LawForm.POWER_LAW_WITH_OFFSET;
    if (to - from < form.parameterCount() + 1) {
      return null;
    }
    CurveSlice training = new CurveSlice(curve, from, to - 1, weights);
    LawFit fit = training.fit(form, null, null);
    if (fit == null) {
      return null;
    }
    int held = to - 1;
    long n = curve.size(held);
    double predicted = fit.value(n);
    double[] predictions = new double[resampler.resamples()];
    double[] differences = new double[resampler.resamples()];
    for (int b = 0; b < predictions.length; b++) {
      int[] counts = resampler.counts(b);
      LawFit refit = training.fit(form, counts, fit.parameters());
      predictions[b] = refit == null ? Double.NaN : refit.value(n);
      differences[b] = predictions[b] - curve.weightedMean(held, counts);
    }
    int repetitions = curve.minRepetitionCount();
    boolean repeated = repetitions >= 2;
    Interval predictedInterval = repeated ? Percentiles.interval(predictions) : Interval.NONE;
    Interval differenceInterval = repeated ? Percentiles.interval(differences) : Interval.NONE;
    double widening = repeated ? smallSampleWidening(repetitions) : Double.NaN;
    double measured = measuredPoint.mean();
    boolean consistent = false;
    if (differenceInterval.isKnown()) {
      double center = (differenceInterval.upper() + differenceInterval.lower()) / 2;
      double halfWidth = (differenceInterval.upper() - differenceInterval.lower()) / 2;
      consistent = Math.abs(center) <= widening * halfWidth;
    }
    double previousMean = curve.mean(held - 1);
    boolean severe =
        !consistent && Math.abs(predicted - measured) > 0.5 * Math.abs(measured - previousMean);
    return new BackTest(
        curve.size(held - 1),
        n,
        predicted,
        predictedInterval,
        measured,
        measuredPoint.interval(),
        differenceInterval,
        widening,
        predictedInterval.contains(measured),
        consistent,
        severe);
  }
}
