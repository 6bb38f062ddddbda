package org.sim2real.core.scaling.forecast;

import org.sim2real.core.scaling.curve.Interval;

/**
 * One point of the bands around the fitted law, each named for what it is (src/site/SCIENCE.md,
 * "Uncertainty"):
 *
 * @param fitted the fitted law at n
 * @param meanCurve 90% band of the expected error (the mean curve): repetitions and test set
 * @param forecast 90% band a decision needs: the mean curve, widened beyond the measured sizes for
 *     the chance that the law changes its form there (equal to meanCurve inside the data)
 * @param rerun 90% band of what a re-run of this study (new seeds, a new test set of the same size)
 *     would measure at n: the forecast band plus the noise of one measured mean
 * @param extrapolated n lies beyond the largest measured size
 */
public record BandPoint(
    double n, double fitted, Interval meanCurve, Interval forecast, Interval rerun,
    boolean extrapolated) {

  /** The band to draw and to quote: the forecast band. */
  public Interval interval() {
    return forecast;
  }
}
