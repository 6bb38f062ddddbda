package org.sim2real.core.scaling.fit;

import org.jspecify.annotations.Nullable;
import org.sim2real.core.scaling.curve.LearningCurve;
import org.sim2real.core.scaling.curve.StudyDraws;

/**
 * The bootstrap draws behind a {@link CurveAnalysis}, index b = draw b of the study's {@link
 * StudyDraws}: the forecast draws of the law, the drawn mean at every measured size, and the drawn
 * scratch mean (NaN without a baseline). Forecasts combine them per b.
 */
public final class CurveDraws {
  private final ForecastDraws forecast;
  private final double[][] pointMeans;
  private final double[] baselineMeans;

  CurveDraws(ForecastDraws forecast, double[][] pointMeans, double[] baselineMeans) {
    this.forecast = forecast;
    this.pointMeans = pointMeans;
    this.baselineMeans = baselineMeans;
  }

  static CurveDraws of(ForecastDraws forecast, LearningCurve curve,
      @Nullable LearningCurve baseline, StudyDraws studyDraws) {
    double[] base = new double[studyDraws.count()];
    if (baseline == null) {
      java.util.Arrays.fill(base, Double.NaN);
    } else {
      base = studyDraws.means(baseline, 0);
    }
    return new CurveDraws(forecast, studyDraws.means(curve), base);
  }

  public ForecastDraws forecast() {
    return forecast;
  }

  public int count() {
    return forecast.count();
  }

  /** Drawn mean error of size index j (order of {@link CurveAnalysis#points()}) in draw b. */
  public double pointMean(int j, int b) {
    return pointMeans[j][b];
  }

  /** Drawn scratch mean in draw b (NaN without a baseline). */
  public double baselineMean(int b) {
    return baselineMeans[b];
  }
}
