package org.sim2real.core.report;

import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What the scaling chart shows.
 *
 * @param hiddenCurves curves not to draw (empty: every curve of the analysis)
 * @param extrapolateTo largest n of the extrapolated law and its band, or null for 10x the
 *     largest measured n
 * @param targetError a target error line with its crossing n*, or null for none
 * @param logAxes log-log axes (the normal case); false draws both axes linear
 * @param showBaseline the scratch baseline line with its 90% band
 * @param showFloor the floor C as a dotted asymptote
 * @param showBand the shaded 90% prediction band of the law
 * @param showResiduals residuals in the point tooltips and R2 in log space in the legend
 * @param errorLabel the error's name for the axis, e.g. "MAE"
 * @param errorUnit its unit, e.g. "eV", or null when unknown
 * @param title chart title, or null for none (the GUI has its own heading)
 */
public record ScalingChartOptions(
    Set<CurveKey> hiddenCurves,
    @Nullable Double extrapolateTo,
    @Nullable Double targetError,
    boolean logAxes,
    boolean showBaseline,
    boolean showFloor,
    boolean showBand,
    boolean showResiduals,
    ChartTheme theme,
    String errorLabel,
    @Nullable String errorUnit,
    @Nullable String title) {

  /** The band and the extrapolated law stop this far beyond the largest measured n. */
  public static final double MAX_EXTRAPOLATION_FACTOR = 10_000;

  public ScalingChartOptions {
    hiddenCurves = Set.copyOf(hiddenCurves);
    if (extrapolateTo != null && !(extrapolateTo >= 1 && Double.isFinite(extrapolateTo))) {
      throw new IllegalArgumentException(
          "extrapolation must reach a finite n of at least 1, got " + extrapolateTo);
    }
    if (targetError != null && !(targetError > 0 && Double.isFinite(targetError))) {
      throw new IllegalArgumentException("target error must be a positive number, got " + targetError);
    }
    if (errorLabel.isBlank()) {
      throw new IllegalArgumentException("the error needs a name for the axis, e.g. MAE");
    }
  }

  /** Everything on, light theme, MAE without unit, no target, no title. */
  public static ScalingChartOptions defaults() {
    return new ScalingChartOptions(
        Set.of(), null, null, true, true, true, true, true, ChartTheme.LIGHT, "MAE", null, null);
  }

  /** "test MAE (experimental)" or "test MAE in eV (experimental)". */
  public String errorAxisLabel() {
    return "test " + errorLabel + (errorUnit == null || errorUnit.isBlank() ? "" : " in " + errorUnit)
        + " (experimental)";
  }

  public boolean shows(CurveKey key) {
    return !hiddenCurves.contains(key);
  }

  public ScalingChartOptions withHiddenCurves(Set<CurveKey> hidden) {
    return new ScalingChartOptions(hidden, extrapolateTo, targetError, logAxes, showBaseline,
        showFloor, showBand, showResiduals, theme, errorLabel, errorUnit, title);
  }

  public ScalingChartOptions withExtrapolateTo(@Nullable Double n) {
    return new ScalingChartOptions(hiddenCurves, n, targetError, logAxes, showBaseline,
        showFloor, showBand, showResiduals, theme, errorLabel, errorUnit, title);
  }

  public ScalingChartOptions withTargetError(@Nullable Double target) {
    return new ScalingChartOptions(hiddenCurves, extrapolateTo, target, logAxes, showBaseline,
        showFloor, showBand, showResiduals, theme, errorLabel, errorUnit, title);
  }

  public ScalingChartOptions withLogAxes(boolean log) {
    return new ScalingChartOptions(hiddenCurves, extrapolateTo, targetError, log, showBaseline,
        showFloor, showBand, showResiduals, theme, errorLabel, errorUnit, title);
  }

  public ScalingChartOptions withTheme(ChartTheme newTheme) {
    return new ScalingChartOptions(hiddenCurves, extrapolateTo, targetError, logAxes, showBaseline,
        showFloor, showBand, showResiduals, newTheme, errorLabel, errorUnit, title);
  }

  public ScalingChartOptions withError(String label, @Nullable String unit) {
    return new ScalingChartOptions(hiddenCurves, extrapolateTo, targetError, logAxes, showBaseline,
        showFloor, showBand, showResiduals, theme, label, unit, title);
  }

  public ScalingChartOptions withTitle(@Nullable String newTitle) {
    return new ScalingChartOptions(hiddenCurves, extrapolateTo, targetError, logAxes, showBaseline,
        showFloor, showBand, showResiduals, theme, errorLabel, errorUnit, newTitle);
  }

  /** Switches the optional layers: baseline, floor, band, residual details. */
  public ScalingChartOptions withLayers(
      boolean baseline, boolean floor, boolean band, boolean residuals) {
    return new ScalingChartOptions(hiddenCurves, extrapolateTo, targetError, logAxes, baseline,
        floor, band, residuals, theme, errorLabel, errorUnit, title);
  }
}
