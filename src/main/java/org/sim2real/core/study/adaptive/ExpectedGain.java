package org.sim2real.core.study.adaptive;

import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.sim2real.core.scaling.curve.LearningCurve;
import org.sim2real.core.scaling.curve.Percentiles;

/**
 * How much a measurement is expected to narrow the question's interval for n* (the error at n and
 * the floor refit instead, {@link LookAhead}), from the analysis's own draws (a linear,
 * ensemble-Kalman-style approximation; README, "Adaptive studies"). Across the draws, the answer q
 * moves with the curve's value y(n) at a size n with slope beta = cov(q, y) /
 * var(y). Measuring reduces the uncertainty of y(n) by dV, so the answer's variance is expected to
 * fall by beta² dV (at most to 0), and its interval's width in proportion to its standard deviation:
 *
 * <ul>
 *   <li>one more repetition at a size measured k times: dV = s² / k - s² / (k + 1), with s² the
 *       variance of one repetition's log error (pooled over the measured sizes);
 *   <li>a new size measured twice: dV = var(y(n)) - (v0 + s² / 2), the uncertainty of the curve
 *       there (interpolation or extrapolation) down to what a measured point keeps: v0, the part every
 *       measured point shares (the test set, estimated as the smallest var(y) - s² / k over the
 *       measured sizes), and the noise of its two repetitions.
 * </ul>
 *
 * Both q and y are clipped to their central 90% (bootstrap draws have long tails, and draws that
 * never reach a target stand at 10^15).
 */
final class ExpectedGain implements Gain {
  /** Used when no size has two repetitions yet: 5% spread of one repetition. */
  static final double DEFAULT_REPETITION_VARIANCE = 0.05 * 0.05;

  private final double[] question;
  private final double questionVariance;
  private final double repetitionVariance;
  private final double sharedVariance;
  private final QuestionDraws draws;

  ExpectedGain(QuestionDraws draws, LearningCurve curve) {
    this.draws = draws;
    this.question = clip(draws.draws == null ? new double[0] : draws.draws);
    this.questionVariance = variance(question);
    this.repetitionVariance = pooledRepetitionVariance(curve);
    double shared = Double.POSITIVE_INFINITY;
    for (int j = 0; j < curve.sizeCount(); j++) {
      double v = variance(clip(draws.logErrorAt(curve.size(j))))
          - repetitionVariance / Math.max(1, curve.repetitionCount(j));
      shared = Math.min(shared, Math.max(0, v));
    }
    this.sharedVariance = Double.isFinite(shared) ? shared : 0;
  }

  /** The answer's standard deviation on the planner's scale (0 when unknown). */
  double standardDeviation() {
    return Math.sqrt(Math.max(0, questionVariance));
  }

  /**
   * The expected fall of the answer's standard deviation when size n gets {@code newRepetitions}
   * more, having {@code measuredRepetitions} now.
   */
  double reduction(int n, int measuredRepetitions, int newRepetitions) {
    if (!(questionVariance > 0)) {
      return 0;
    }
    double[] y = clip(draws.logErrorAt(n));
    double[] pair = covarianceAndVariance(question, y);
    if (!(pair[1] > 0)) {
      return 0;
    }
    double dv;
    if (measuredRepetitions == 0) {
      dv = pair[1] - (sharedVariance + repetitionVariance / newRepetitions);
    } else {
      dv = repetitionVariance / measuredRepetitions
          - repetitionVariance / (measuredRepetitions + newRepetitions);
    }
    double beta = pair[0] / pair[1];
    double fall = Math.min(questionVariance, beta * beta * Math.max(0, dv));
    return standardDeviation() - Math.sqrt(questionVariance - fall);
  }

  /** The fall of the standard deviation as a share of it. */
  @Override
  public double narrowing(int n, int measuredRepetitions, List<WaveGroup> groups) {
    double sd = standardDeviation();
    return sd > 0 ? reduction(n, measuredRepetitions, groups.size()) / sd : 0;
  }

  /** A scratch repetition does not enter this estimate: scratch keeps up with the sizes instead. */
  @Override
  public boolean scoresScratch() {
    return false;
  }

  /** The variance of one repetition's log error, pooled over the sizes measured twice or more. */
  static double pooledRepetitionVariance(LearningCurve curve) {
    double sum = 0;
    int degrees = 0;
    for (int j = 0; j < curve.sizeCount(); j++) {
      double[] logs = new double[curve.repetitionIds().length];
      int k = 0;
      for (int r = 0; r < curve.repetitionIds().length; r++) {
        double e = curve.error(j, r);
        if (e > 0 && Double.isFinite(e)) {
          logs[k++] = Math.log(e);
        }
      }
      if (k >= 2) {
        double mean = 0;
        for (int i = 0; i < k; i++) {
          mean += logs[i] / k;
        }
        for (int i = 0; i < k; i++) {
          sum += (logs[i] - mean) * (logs[i] - mean);
        }
        degrees += k - 1;
      }
    }
    return degrees == 0 ? DEFAULT_REPETITION_VARIANCE : sum / degrees;
  }

  /** Values clipped to their central 90% range; NaN stays NaN. */
  static double[] clip(double[] values) {
    double[] finite = Arrays.stream(values).filter(Double::isFinite).toArray();
    if (finite.length == 0) {
      return values.clone();
    }
    double tail = (1 - Percentiles.LEVEL) / 2;
    double low = Percentiles.quantile(finite, tail);
    double high = Percentiles.quantile(finite, 1 - tail);
    double[] out = new double[values.length];
    for (int i = 0; i < values.length; i++) {
      out[i] = Double.isNaN(values[i]) ? Double.NaN : Math.max(low, Math.min(high, values[i]));
    }
    return out;
  }

  static double variance(double[] values) {
    double[] finite = Arrays.stream(values).filter(Double::isFinite).toArray();
    if (finite.length < 2) {
      return 0;
    }
    double mean = Arrays.stream(finite).average().orElse(0);
    return Arrays.stream(finite).map(v -> (v - mean) * (v - mean)).sum() / (finite.length - 1);
  }

  /** cov(a, b) and var(b) over the draws where both are finite; {0, 0} without b. */
  static double[] covarianceAndVariance(double[] a, double @Nullable [] b) {
    if (b == null) {
      return new double[] {0, 0};
    }
    int count = 0;
    double ma = 0;
    double mb = 0;
    for (int i = 0; i < a.length; i++) {
      if (Double.isFinite(a[i]) && Double.isFinite(b[i])) {
        count++;
        ma += a[i];
        mb += b[i];
      }
    }
    if (count < 2) {
      return new double[] {0, 0};
    }
    ma /= count;
    mb /= count;
    double cov = 0;
    double var = 0;
    for (int i = 0; i < a.length; i++) {
      if (Double.isFinite(a[i]) && Double.isFinite(b[i])) {
        cov += (a[i] - ma) * (b[i] - mb);
        var += (b[i] - mb) * (b[i] - mb);
      }
    }
    return new double[] {cov / (count - 1), var / (count - 1)};
  }
}
