package org.sim2real.core.scaling.fit;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.sim2real.core.scaling.curve.Interval;
import org.sim2real.core.scaling.curve.LearningCurve;
import org.sim2real.core.scaling.curve.PointSummary;
import org.sim2real.core.scaling.curve.RepetitionResampler;

/** Runs the whole analysis of one transfer curve (see {@link CurveAnalysis}). */
final class CurveAnalyzer {
  private static final LawForm FORM = LawForm.POWER_LAW_WITH_OFFSET;

  private CurveAnalyzer() {}

  static CurveAnalysis analyze(
      LearningCurve curve,
      @Nullable LearningCurve baseline,
      RepetitionResampler resampler,
      FitOptions options) {
    List<String> notes = new ArrayList<>();
    List<PointSummary> points = PointSummary.of(curve, resampler);
    RegimeAssessment regime = RegimeAnalyzer.assess(curve, points, baseline, resampler);
    double[] weights = null;
    if (options.weighted()) {
      weights = CurveSlice.inverseVarianceWeights(curve);
      if (weights == null) {
        notes.add("Weighted fit not possible (a size has fewer than 2 repetitions): fitted unweighted.");
      }
    }
    int reps = curve.minRepetitionCount();
    if (reps < 2) {
      notes.add("Some sizes have a single repetition: their points have no interval.");
    } else if (reps < 10) {
      // measured with TeachingCurveGenerator: 90% intervals covered the true alpha in about 76%
      // of curves with 5 repetitions and 83% with 10 (a percentile bootstrap of few samples is
      // too narrow)
      notes.add("With " + reps + " repetitions per size the 90% bootstrap intervals are somewhat"
          + " too narrow (they cover the truth less often than 90%); more repetitions help.");
    }
    WindowSelector.Choice choice =
        new WindowSelector(curve, points, regime, options, weights, resampler).choose();
    if (choice == null || choice.fit() == null) {
      TrustAssessment none = new TrustAssessment(TrustLevel.DO_NOT_EXTRAPOLATE,
          curve.sizeCount() < FORM.parameterCount()
              ? "Only " + curve.sizeCount() + " sizes were measured: a law needs at least 3."
              : "No law could be fitted to these points.", List.of());
      return new CurveAnalysis(curve.strategy(), curve.m(), points, regime,
          choice == null ? null : choice.window(), null, List.of(), null, null, null, null, none,
          weights != null, notes, null);
    }
    LawFit fit = choice.fit();
    CurveSlice slice = new CurveSlice(curve, choice.from(), choice.to(), weights);
    FitBootstrap draws = FitBootstrap.of(slice, FORM, resampler, fit.parameters());
    boolean repeated = curve.minRepetitionCount() >= 2;
    List<ParameterEstimate> parameters = new ArrayList<>();
    for (int i = 0; i < FORM.parameterCount(); i++) {
      parameters.add(new ParameterEstimate(FORM.parameterNames().get(i), fit.parameter(i),
          repeated ? draws.interval(i) : Interval.NONE));
    }
    ModelComparison comparison = ModelComparison.of(slice, fit);
    BootstrapSummary bootstrap = draws.summary();
    TrustAssessment trust = TrustGrader.grade(curve, choice.window(), regime, choice.goodness(),
        choice.backTest(), bootstrap, comparison, options.minR2Log());
    return new CurveAnalysis(curve.strategy(), curve.m(), points, regime, choice.window(), fit,
        parameters, comparison, choice.goodness(), choice.backTest(), bootstrap, trust,
        weights != null, notes, CurveDraws.of(draws, curve, baseline, resampler));
  }
}
