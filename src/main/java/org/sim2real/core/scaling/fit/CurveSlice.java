package org.sim2real.core.scaling.fit;

import java.util.Arrays;
import org.jspecify.annotations.Nullable;
import org.sim2real.core.scaling.curve.LearningCurve;
import org.sim2real.core.scaling.curve.Percentiles;
import org.sim2real.core.scaling.curve.StudyDraws;

/**
 * The sizes [from, to) of one learning curve as fit input: x = n, y = the mean error over
 * repetitions, or its value in one bootstrap draw of the study ({@link StudyDraws}); optional
 * inverse-variance weights fixed from the full data.
 */
final class CurveSlice {
  private final LearningCurve curve;
  private final int from;
  private final int to;
  private final double[] x;
  private final double @Nullable [] curveWeights;
  private final double @Nullable [] weights;
  private final StudyDraws draws;

  CurveSlice(LearningCurve curve, int from, int to, double @Nullable [] curveWeights,
      StudyDraws draws) {
    if (from < 0 || to > curve.sizeCount() || to - from < 1) {
      throw new IllegalArgumentException("bad slice " + from + ".." + to + " of " + curve);
    }
    this.curve = curve;
    this.from = from;
    this.to = to;
    this.draws = draws;
    this.x = new double[to - from];
    for (int j = from; j < to; j++) {
      x[j - from] = curve.size(j);
    }
    this.curveWeights = curveWeights;
    this.weights = curveWeights == null ? null : Arrays.copyOfRange(curveWeights, from, to);
  }

  LearningCurve curve() {
    return curve;
  }

  StudyDraws draws() {
    return draws;
  }

  int from() {
    return from;
  }

  int to() {
    return to;
  }

  int size() {
    return to - from;
  }

  double[] x() {
    return x.clone();
  }

  double @Nullable [] weights() {
    return weights == null ? null : weights.clone();
  }

  /** The slice's sizes [from, newTo): the curve as it was when it ended at size newTo - 1. */
  CurveSlice upTo(int newTo) {
    return new CurveSlice(curve, from, newTo, curveWeights, draws);
  }

  /** Measured mean error per size. */
  double[] means() {
    double[] y = new double[to - from];
    for (int j = from; j < to; j++) {
      y[j - from] = curve.mean(j);
    }
    return y;
  }

  /** Mean error per size in bootstrap draw b. */
  double[] means(int b) {
    double[][] all = draws.means(curve);
    double[] y = new double[to - from];
    for (int j = from; j < to; j++) {
      y[j - from] = all[j][b];
    }
    return y;
  }

  /** Fits a form to the measured means. */
  @Nullable LawFit fit(LawForm form, double @Nullable [] start) {
    return fitValues(form, means(), start);
  }

  /** Fits a form to the means of draw b. */
  @Nullable LawFit fit(LawForm form, int b, double @Nullable [] start) {
    return fitValues(form, means(b), start);
  }

  private @Nullable LawFit fitValues(LawForm form, double[] y, double @Nullable [] start) {
    for (double v : y) {
      if (!(v > 0) || Double.isInfinite(v)) {
        return null;
      }
    }
    if (y.length < form.parameterCount()) {
      return null;
    }
    return LawFitter.fit(form, x, y, weights, start);
  }

  /**
   * Inverse-variance weights of every size of a curve (variance of the mean over repetitions,
   * floored at 10% of the median variance), or null when a size has fewer than 2 repetitions.
   */
  static double @Nullable [] inverseVarianceWeights(LearningCurve curve) {
    double[] variance = new double[curve.sizeCount()];
    for (int j = 0; j < variance.length; j++) {
      variance[j] = curve.varianceOfMean(j);
      if (Double.isNaN(variance[j])) {
        return null;
      }
    }
    double[] sorted = variance.clone();
    Arrays.sort(sorted);
    double floor = Math.max(0.1 * Percentiles.quantileOfSorted(sorted, 0.5), 1e-12);
    double[] w = new double[variance.length];
    for (int j = 0; j < w.length; j++) {
      w[j] = 1.0 / Math.max(variance[j], floor);
    }
    // scale to mean 1 so that sums of squares stay comparable in size to unweighted ones
    double mean = Arrays.stream(w).average().orElse(1);
    for (int j = 0; j < w.length; j++) {
      w[j] /= mean;
    }
    return w;
  }
}
