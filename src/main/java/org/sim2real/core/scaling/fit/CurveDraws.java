package org.sim2real.core.scaling.fit;

import org.jspecify.annotations.Nullable;
import org.sim2real.core.scaling.curve.LearningCurve;
import org.sim2real.core.scaling.curve.RepetitionResampler;

/**
 * The bootstrap draws behind a {@link CurveAnalysis}, index b = resample b of the study's {@link
 * RepetitionResampler}: the law's refits on the window, the resampled mean at every measured size,
 * and the resampled scratch mean (NaN without a baseline). Forecasts combine them per b.
 */
public final class CurveDraws {
  private final FitBootstrap fit;
  private final double[][] pointMeans;
  private final double[] baselineMeans;

  CurveDraws(FitBootstrap fit, double[][] pointMeans, double[] baselineMeans) {
    this.fit = fit;
    this.pointMeans = pointMeans;
    this.baselineMeans = baselineMeans;
  }

  static CurveDraws of(FitBootstrap fit, LearningCurve curve,
      @Nullable LearningCurve baseline, RepetitionResampler resampler) {
    double[][] means = new double[curve.sizeCount()][resampler.resamples()];
    double[] base = new double[resampler.resamples()];
    for (int b = 0; b < resampler.resamples(); b++) {
      int[] counts = resampler.counts(b);
      for (int j = 0; j < curve.sizeCount(); j++) {
        means[j][b] = curve.weightedMean(j, counts);
      }
      base[b] = baseline == null ? Double.NaN : baseline.weightedMean(0, counts);
    }
    return new CurveDraws(fit, means, base);
  }

  public FitBootstrap fit() {
    return fit;
  }

  public int resamples() {
    return fit.resamples();
  }

  /** Resampled mean error of size index j (order of {@link CurveAnalysis#points()}) in draw b. */
  public double pointMean(int j, int b) {
    return pointMeans[j][b];
  }

  /** Resampled scratch mean in draw b (NaN without a baseline). */
  public double baselineMean(int b) {
    return baselineMeans[b];
  }
}
