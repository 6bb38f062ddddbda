package org.sim2real.core.scaling.forecast;

import java.util.ArrayList;
import java.util.List;
import org.sim2real.core.scaling.curve.Interval;
import org.sim2real.core.scaling.curve.Percentiles;
import org.sim2real.core.scaling.fit.CurveAnalysis;
import org.sim2real.core.scaling.fit.CurveDraws;
import org.sim2real.core.scaling.fit.FitWindow;
import org.sim2real.core.scaling.fit.ForecastDraws;
import org.sim2real.core.scaling.fit.LawFit;
import org.sim2real.core.scaling.fit.LawFitter;

/**
 * The fitted law with its bands (see {@link BandPoint}) on a log-spaced grid of n from the window's
 * start up to a chosen n_max (for the chart and the memo).
 */
public record PredictionBand(List<BandPoint> points) {
  public PredictionBand {
    points = List.copyOf(points);
  }

  /**
   * @param maxN largest n of the grid (at least the window's largest n)
   * @param count number of grid points
   * @throws IllegalArgumentException when the analysis has no fit
   */
  public static PredictionBand of(CurveAnalysis analysis, double maxN, int count) {
    FitWindow window = requireFit(analysis);
    double top = Math.max(maxN, window.high());
    List<BandPoint> points = new ArrayList<>(count);
    for (double n : LawFitter.logGrid(window.low(), top, count)) {
      points.add(at(analysis, n));
    }
    return new PredictionBand(points);
  }

  /**
   * The fitted law and its bands at a single n, which may lie outside the window (the chart's
   * crosshair readout and its exported data).
   *
   * @throws IllegalArgumentException when the analysis has no fit
   */
  public static BandPoint at(CurveAnalysis analysis, double n) {
    requireFit(analysis);
    CurveDraws draws = analysis.draws();
    ForecastDraws forecast = draws.forecast();
    LawFit fit = analysis.fit();
    boolean withIntervals = analysis.parameters().get(0).interval().isKnown();
    boolean extrapolated = n > analysis.largestMeasuredN() * (1 + 1e-9);
    if (!withIntervals) {
      return new BandPoint(n, fit.value(n), Interval.NONE, Interval.NONE, Interval.NONE,
          extrapolated);
    }
    double[] forecastDraws = forecast.forecast(n);
    return new BandPoint(n, fit.value(n), Percentiles.interval(forecast.meanCurve(n)),
        Percentiles.interval(forecastDraws),
        Percentiles.interval(rerun(analysis, draws, forecastDraws)), extrapolated);
  }

  /**
   * Forecast draws times the relative noise of one measured mean (taken from the largest measured
   * size, from another draw so that the two parts are independent): what a re-run would measure.
   */
  private static double[] rerun(CurveAnalysis analysis, CurveDraws draws, double[] forecast) {
    int last = analysis.points().size() - 1;
    double mean = analysis.points().get(last).mean();
    double[] out = new double[forecast.length];
    for (int b = 0; b < out.length; b++) {
      double noise = draws.pointMean(last, (b + 1) % out.length) / mean;
      out[b] = forecast[b] * noise;
    }
    return out;
  }

  private static FitWindow requireFit(CurveAnalysis analysis) {
    if (analysis.fit() == null || analysis.window() == null || analysis.draws() == null) {
      throw new IllegalArgumentException("no fitted law for " + analysis.label());
    }
    return analysis.window();
  }
}
