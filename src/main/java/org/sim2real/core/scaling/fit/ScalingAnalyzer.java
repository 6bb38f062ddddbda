package org.sim2real.core.scaling.fit;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.sim2real.core.io.UserFacingException;
import org.sim2real.core.scaling.curve.LearningCurve;
import org.sim2real.core.scaling.curve.LearningCurveTable;
import org.sim2real.core.scaling.curve.Observation;
import org.sim2real.core.scaling.curve.StudyDraws;

/**
 * Entry point of the scaling analysis: a {@link LearningCurveTable} and {@link FitOptions} in, a
 * {@link ScalingAnalysis} out. All bootstrap quantities share one {@link StudyDraws} (repetitions
 * and, when the table has per-row errors, test rows), so the same table and seed always give the
 * same numbers. Runs on the calling thread; a 10-size curve with 1,000 draws takes about a second
 * (the rolling-origin back-test replays the analysis at every earlier size).
 */
public final class ScalingAnalyzer {
  private ScalingAnalyzer() {}

  public static ScalingAnalysis analyze(LearningCurveTable table, FitOptions options) {
    return analyze(table, options, null);
  }

  /**
   * @param strategy analyze only this transfer strategy, or null for all
   * @throws UserFacingException when the table has no transfer rows or not the strategy asked for
   */
  public static ScalingAnalysis analyze(
      LearningCurveTable table, FitOptions options, @Nullable String strategy) {
    List<String> strategies = table.transferStrategies();
    if (strategies.isEmpty()) {
      throw new UserFacingException(table.source() + " has only scratch-baseline rows (n = 0):"
          + " there is no transfer curve to fit; add rows with n > 0");
    }
    if (strategy != null && !strategies.contains(strategy)) {
      throw new UserFacingException(table.source() + " has no strategy '" + strategy
          + "'; it has " + String.join(", ", strategies));
    }
    StudyDraws draws = new StudyDraws(table, options.bootstrapResamples(), options.seed());
    ExtrapolationCalibration calibration = ExtrapolationCalibration.bundled();
    List<String> notes = new ArrayList<>();
    List<CurveAnalysis> curves = new ArrayList<>();
    List<TwoDimensionalFit> twoDimensional = new ArrayList<>();
    for (String s : strategy == null ? strategies : List.of(strategy)) {
      List<LearningCurve> curvesOfStrategy = new ArrayList<>();
      List<@Nullable FitWindow> windows = new ArrayList<>();
      for (int m : table.mValues(s)) {
        LearningCurve curve = table.curve(s, m).orElseThrow();
        CurveAnalysis analysis =
            CurveAnalyzer.analyze(curve, table.baseline(m).orElse(null), draws, options,
                calibration, PretrainingConvergence.concern(table, s, m), table.sharesTestSet());
        curves.add(analysis);
        curvesOfStrategy.add(curve);
        windows.add(analysis.fit() == null ? null : analysis.window());
      }
      fitTwoDimensional(s, curvesOfStrategy, windows, draws, notes)
          .ifPresent(twoDimensional::add);
    }
    ScratchCurveFit scratch = ScratchCurveFitter.fit(table, draws, notes);
    return new ScalingAnalysis(table.source(), options, curves, scratch, twoDimensional, notes);
  }

  private static Optional<TwoDimensionalFit> fitTwoDimensional(String strategy,
      List<LearningCurve> curves, List<@Nullable FitWindow> windows, StudyDraws draws,
      List<String> notes) {
    long distinctM = curves.stream().filter(c -> c.m() != Observation.M_NOT_GIVEN).count();
    if (distinctM < 2) {
      notes.add("Two-dimensional law E(n, m) for " + strategy + " not fitted: it needs at least 2"
          + " m values, " + (distinctM == 0 ? "the table has no m column." : "the table has 1."));
      return Optional.empty();
    }
    TwoDimensionalFit fit = TwoDimensionalFitter.fit(strategy, curves, windows, draws);
    if (fit == null) {
      notes.add("Two-dimensional law E(n, m) for " + strategy + " not fitted: it needs at least 2"
          + " m values and 3 n values inside the fit windows of the curves, or the fit failed.");
    }
    return Optional.ofNullable(fit);
  }
}
