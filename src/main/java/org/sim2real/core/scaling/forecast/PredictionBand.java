package org.sim2real.core.scaling.forecast;

import java.util.ArrayList;
import java.util.List;
import org.sim2real.core.scaling.curve.Interval;
import org.sim2real.core.scaling.curve.Percentiles;
import org.sim2real.core.scaling.fit.CurveAnalysis;
import org.sim2real.core.scaling.fit.CurveDraws;
import org.sim2real.core.scaling.fit.FitWindow;
import org.sim2real.core.scaling.fit.LawFit;
import org.sim2real.core.scaling.fit.LawFitter;
import org.sim2real.core.scaling.fit.LawForm;

/**
 * The fitted law with its bootstrap percentile band on a log-spaced grid of n from the window's
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
    LawFit fit = analysis.fit();
    FitWindow window = analysis.window();
    CurveDraws draws = analysis.draws();
    if (fit == null || window == null || draws == null) {
      throw new IllegalArgumentException("no fitted law for " + analysis.label());
    }
    double top = Math.max(maxN, window.high());
    boolean withIntervals = analysis.parameters().get(0).interval().isKnown();
    List<BandPoint> points = new ArrayList<>(count);
    for (double n : LawFitter.logGrid(window.low(), top, count)) {
      double[] values = draws.fit().map(p -> LawForm.POWER_LAW_WITH_OFFSET.value(p, n));
      Interval band = withIntervals ? Percentiles.interval(values) : Interval.NONE;
      // the grid's ends carry rounding error: beyond the window means clearly beyond its last size
      points.add(new BandPoint(n, fit.value(n), band, n > window.high() * (1 + 1e-9)));
    }
    return new PredictionBand(points);
  }

  /**
   * The fitted law and its 90% band at a single n, which may lie outside the window (the chart's
   * crosshair readout and its exported data).
   *
   * @throws IllegalArgumentException when the analysis has no fit
   */
  public static BandPoint at(CurveAnalysis analysis, double n) {
    LawFit fit = analysis.fit();
    FitWindow window = analysis.window();
    CurveDraws draws = analysis.draws();
    if (fit == null || window == null || draws == null) {
      throw new IllegalArgumentException("no fitted law for " + analysis.label());
    }
    boolean withIntervals = analysis.parameters().get(0).interval().isKnown();
    Interval band = withIntervals
        ? Percentiles.interval(draws.fit().map(p -> LawForm.POWER_LAW_WITH_OFFSET.value(p, n)))
        : Interval.NONE;
    return new BandPoint(n, fit.value(n), band, n > window.high() * (1 + 1e-9));
  }
}
