package org.sim2real.core.report;

import org.sim2real.core.scaling.curve.Interval;
import org.sim2real.core.scaling.forecast.BandPoint;

/**
 * One row of the data behind a chart, as exported to CSV: a measured point, a point of the fitted
 * law or its extrapolation with its three 90% bands, the scratch baseline, the floor C, the break
 * of a broken power law, the target. Not applicable numbers are NaN (written as empty cells).
 *
 * @param series the legend name of what the row belongs to ("finetune, m = 3683")
 * @param kind measured, fit, extrapolation, scratch baseline, floor C, break n_b, target or n* for
 *     target
 * @param n simulation size (NaN for lines that do not depend on n)
 * @param lower lower end of the 90% interval of the mean (measured points, the baseline) or of the
 *     parameter (floor C, break n_b)
 * @param bands the law's bands at n (fit and extrapolation rows, and measured points of a fitted
 *     curve), {@link Bands#NONE} otherwise
 * @param inFitWindow "yes" / "no" for measured points of a fitted curve, empty otherwise
 * @param note why a point was left out, negative transfer, or similar
 */
public record PlottedRow(
    String series,
    String kind,
    double n,
    double mean,
    double lower,
    double upper,
    double fitted,
    Bands bands,
    String inFitWindow,
    String note) {

  public static final String MEASURED = "measured";
  public static final String FIT = "fit";
  public static final String EXTRAPOLATION = "extrapolation";
  public static final String BASELINE = "scratch baseline";
  public static final String FLOOR = "floor C";
  public static final String BREAK = "break n_b";
  public static final String TARGET = "target";
  public static final String REQUIRED_N = "n* for target";

  /**
   * The three 90% bands of the law at one n, named as on the chart (src/site/SCIENCE.md,
   * "Uncertainty"):
   *
   * @param forecast the band a decision needs: the mean curve, widened beyond the measured sizes
   * @param meanCurve the expected error (repetitions and test set), equal to the forecast band
   *     inside the measured sizes
   * @param rerun what a re-run of the study would measure at n
   */
  public record Bands(Interval forecast, Interval meanCurve, Interval rerun) {
    public static final Bands NONE = new Bands(Interval.NONE, Interval.NONE, Interval.NONE);

    public static Bands of(BandPoint point) {
      return new Bands(point.forecast(), point.meanCurve(), point.rerun());
    }
  }
}
