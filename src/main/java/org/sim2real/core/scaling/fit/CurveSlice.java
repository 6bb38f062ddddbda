package org.sim2real.core.scaling.fit;

import java.util.Arrays;
import org.jspecify.annotations.Nullable;
import org.sim2real.core.scaling.curve.LearningCurve;
import org.sim2real.core.scaling.curve.Percentiles;

/**
 * The sizes [from, to) of one learning curve as fit input: x = n, y = mean error over (resampled)
 * repetitions, optional inverse-variance weights fixed from the full data (a resample with
 * duplicated repetitions would understate its own variance).
 */
final class CurveSlice {
  private final LearningCurve curve;
  private final int from;
  private final int to;
  private final double[] x;
  private final double @Nullable [] weights;

  CurveSlice(LearningCurve curve, int from, int to, double @Nullable [] curveWeights) {
    if (from < 0 || to > curve.sizeCount() || to - from < 1) {
      throw new IllegalArgumentException("bad slice " + from + ".." + to + " of " + curve);
    }
    this.curve = curve;
    this.from = from;
    this.to = to;
    this.x = new double[to - from];
    for (int j = from; j < to; j++) {
      x[j - from] = curve.size(j);
    }
    this.weights = curveWeights == null ? null : Arrays.copyOfRange(curveWeights, from, to);
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

  /** Mean error per size over the resample (null = the data as measured); NaN if not drawn. */
  double[] means(int @Nullable [] counts) {
    double[] y = new double[to - from];
    for (int j = from; j < to; j++) {
      y[j - from] = curve.weightedMean(j, counts);
    }
    return y;
  }

  /** Fits a form to the (resampled) means, dropping sizes the resample did not reach. */
  @Nullable LawFit fit(LawForm form, int @Nullable [] counts, double @Nullable [] start) {
    double[] y = means(counts);
    int valid = 0;
    for (double v : y) {
      if (!Double.isNaN(v)) {
        valid++;
      }
    }
    if (valid < form.parameterCount()) {
      return null;
    }
    if (valid == y.length) {
      return LawFitter.fit(form, x, y, weights, start);
    }
    double[] xs = new double[valid];
    double[] ys = new double[valid];
    double[] ws = weights == null ? null : new double[valid];
    int k = 0;
    for (int i = 0; i < y.length; i++) {
      if (!Double.isNaN(y[i])) {
        xs[k] = x[i];
        ys[k] = y[i];
        if (ws != null && weights != null) {
          ws[k] = weights[i];
        }
        k++;
      }
    }
    return LawFitter.fit(form, xs, ys, ws, start);
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
