package org.sim2real.core.report;

/**
 * One row of the data behind a chart, as exported to CSV: a measured point, a point of the fitted
 * law or its extrapolation with the 90% band, the scratch baseline, the floor C, the target. Not
 * applicable numbers are NaN (written as empty cells).
 *
 * @param series the legend name of what the row belongs to ("finetune, m = 3683")
 * @param kind measured, fit, extrapolation, scratch baseline, floor C, target or n* for target
 * @param n simulation size (NaN for lines that do not depend on n)
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
    double bandLow,
    double bandHigh,
    String inFitWindow,
    String note) {

  public static final String MEASURED = "measured";
  public static final String FIT = "fit";
  public static final String EXTRAPOLATION = "extrapolation";
  public static final String BASELINE = "scratch baseline";
  public static final String FLOOR = "floor C";
  public static final String TARGET = "target";
  public static final String REQUIRED_N = "n* for target";
}
