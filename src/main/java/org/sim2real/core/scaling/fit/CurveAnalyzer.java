package org.sim2real.core.scaling.fit;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.sim2real.core.scaling.curve.Interval;
import org.sim2real.core.scaling.curve.LearningCurve;
import org.sim2real.core.scaling.curve.PointSummary;
import org.sim2real.core.scaling.curve.StudyDraws;

/** Runs the whole analysis of one transfer curve (see {@link CurveAnalysis}). */
final class CurveAnalyzer {
  private CurveAnalyzer() {}

  static CurveAnalysis analyze(
      LearningCurve curve,
      @Nullable LearningCurve baseline,
      StudyDraws studyDraws,
      FitOptions options,
      ExtrapolationCalibration calibration,
      @Nullable String convergenceConcern,
      boolean sharedTestSet) {
    List<String> notes = new ArrayList<>();
    List<PointSummary> points = PointSummary.of(curve, studyDraws);
    RegimeAssessment regime = RegimeAnalyzer.assess(curve, points, baseline, studyDraws);
    double[] weights = null;
    if (options.weighted()) {
      weights = CurveSlice.inverseVarianceWeights(curve);
      if (weights == null) {
        notes.add("Weighted fit not possible (a size has fewer than 2 repetitions): fitted unweighted.");
      }
    }
    // true when no test-set sampling error is missing from the intervals
    boolean rows = studyDraws.includesTestRows() || !sharedTestSet;
    if (curve.minRepetitionCount() < 2) {
      notes.add("Some sizes have a single repetition: their points have no interval.");
    }
    if (!rows) {  // a study's table without per-row errors
      notes.add("The intervals resample repetitions only: these results have no per-test-row"
          + " errors, so the test set's own sampling error is missing and every interval is too"
          + " narrow. Results of this version of the workbench keep them (test-errors.jsonl).");
    }
    TrustAssessment unfitted = new TrustAssessment(TrustLevel.DO_NOT_EXTRAPOLATE,
        curve.sizeCount() < WindowRule.MIN_SIZES
            ? "Only " + curve.sizeCount() + " sizes were measured: a law needs at least 3."
            : "No law could be fitted to these points.", List.of());
    if (curve.sizeCount() < WindowRule.MIN_SIZES) {
      return new CurveAnalysis(curve.strategy(), curve.m(), points, regime, null, null, List.of(),
          null, null, RollingBackTest.NONE, RollingBackTest.NONE, null, null, unfitted, rows,
          weights != null, notes, null);
    }
    WindowRule.Window window =
        WindowRule.choose(curve, points, regime, options, curve.sizeCount() - 1);
    CurveSlice slice = new CurveSlice(curve, window.from(), window.to(), weights, studyDraws);
    FormTrackRecord record = FormTrackRecord.of(curve, points, regime, options, weights,
        studyDraws, calibration.alone());
    int last = window.to() - 1;
    String rejection = record.sentence(last, window.from());
    if (rejection != null && slice.size() >= WindowFit.SIZES_FOR_BROKEN) {
      notes.add(rejection);
    }
    WindowFit windowFit = WindowFit.of(slice, studyDraws.count(),
        record.candidates(last, window.from()));
    if (windowFit == null) {
      return new CurveAnalysis(curve.strategy(), curve.m(), points, regime,
          window.description().withPassedChecks(false), null, List.of(), null, null,
          RollingBackTest.NONE, RollingBackTest.NONE, null, null, unfitted, rows, weights != null,
          notes, null);
    }
    LawFit law = windowFit.law();
    LawDraws draws = windowFit.draws();
    ModelComparison comparison = ModelComparison.of(slice, windowFit.candidates());
    List<PointSummary> windowPoints = points.subList(window.from(), window.to());
    double[][] allDraws = studyDraws.means(curve);
    double[][] windowDraws = new double[window.to() - window.from()][];
    for (int j = window.from(); j < window.to(); j++) {
      windowDraws[j - window.from()] = allDraws[j];
    }
    GoodnessOfFit goodness =
        GoodnessOfFit.of(law, windowPoints, windowDraws, weightedRefit(slice, law, windowDraws));
    FitWindow fitWindow = window.description().withPassedChecks(
        goodness.passes(options.minR2Log()) && !goodness.residualsExceedNoise());
    RollingBackTest backTests = record.replay();
    RollingBackTest lawRecord =
        new RollingBackTest(record.recent(law.form(), last, window.from()));
    Extrapolation extrapolation = calibration.with(lawRecord.tests());
    ForecastDraws forecast = new ForecastDraws(law, draws, extrapolation,
        curve.size(curve.sizeCount() - 1), options.seed());
    boolean repeated = curve.minRepetitionCount() >= 2;
    List<ParameterEstimate> parameters = parameters(law, draws, repeated);
    if (draws.share(LawForm.BROKEN_POWER_LAW) > 0 && draws.share(LawForm.BROKEN_POWER_LAW) < 1) {
      notes.add("The bootstrap draws chose the broken power law in "
          + org.sim2real.core.scaling.curve.Format.percent(draws.share(LawForm.BROKEN_POWER_LAW))
          + " of cases and the power law with offset in the others (by AICc on each draw); the"
          + " intervals carry that uncertainty of the form.");
    }
    TrustAssessment trust = TrustGrader.grade(curve, new TrustGrader.Checks(fitWindow, regime,
        goodness, lawRecord, draws.summary(), comparison, options.minR2Log(), rows,
        convergenceConcern));
    return new CurveAnalysis(curve.strategy(), curve.m(), points, regime, fitWindow, law,
        parameters, comparison, goodness, backTests, lawRecord, extrapolation, draws.summary(),
        trust, rows, weights != null, notes, CurveDraws.of(forecast, curve, baseline, studyDraws));
  }

  /**
   * The law's form refitted with weights 1 / variance of each point's mean (for the chi-square),
   * or the law itself when the variances are not known or the refit fails.
   */
  private static LawFit weightedRefit(CurveSlice slice, LawFit law, double[][] windowDraws) {
    double[] variances = GoodnessOfFit.variances(windowDraws);
    if (variances == null) {
      return law;
    }
    double[] weights = new double[variances.length];
    for (int i = 0; i < weights.length; i++) {
      weights[i] = 1 / variances[i];
    }
    LawFit refit = LawFitter.fit(law.form(), slice.x(), slice.means(), weights, law.parameters());
    return refit == null ? law : refit;
  }

  /** D of the tail, alpha, C (and n_b for the broken power law) with intervals over the draws. */
  private static List<ParameterEstimate> parameters(LawFit law, LawDraws draws, boolean repeated) {
    List<ParameterEstimate> out = new ArrayList<>();
    double[] p = law.parameters();
    out.add(new ParameterEstimate("D", law.form().tailPrefactor(p),
        repeated ? draws.interval(f -> f.form().tailPrefactor(f.parameters())) : Interval.NONE));
    out.add(new ParameterEstimate("alpha", law.form().exponent(p),
        repeated ? draws.interval(f -> f.form().exponent(f.parameters())) : Interval.NONE));
    out.add(new ParameterEstimate("C", law.form().floor(p),
        repeated ? draws.interval(f -> f.form().floor(f.parameters())) : Interval.NONE));
    if (law.form() == LawForm.BROKEN_POWER_LAW) {
      out.add(new ParameterEstimate("n_b", p[3], repeated
          ? draws.interval(f -> f.form() == LawForm.BROKEN_POWER_LAW ? f.parameter(3) : Double.NaN)
          : Interval.NONE));
    }
    return out;
  }
}
