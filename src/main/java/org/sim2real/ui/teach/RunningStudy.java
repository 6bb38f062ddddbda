package org.sim2real.ui.teach;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.sim2real.core.scaling.curve.LearningCurve;
import org.sim2real.core.scaling.curve.LearningCurveTable;
import org.sim2real.core.scaling.curve.PointSummary;
import org.sim2real.core.scaling.curve.StudyDraws;
import org.sim2real.core.scaling.fit.RollingBackTest;
import org.sim2real.core.scaling.fit.CurveAnalysis;
import org.sim2real.core.scaling.fit.FitOptions;
import org.sim2real.core.scaling.fit.RegimeAssessment;
import org.sim2real.core.scaling.fit.ScalingAnalysis;
import org.sim2real.core.scaling.fit.TrustAssessment;
import org.sim2real.core.scaling.fit.TrustLevel;
import org.sim2real.core.scaling.teaching.TeachingCurveGenerator;

/**
 * What the chart shows while the simulated study fills in: the points measured so far with their
 * intervals and the scratch baseline, and no law yet (the study is fitted when every result is
 * in, as on the Scaling step after a run). Cheap (no fitting), so the animation keeps its pace.
 */
final class RunningStudy {
  /** Resamples of the points' intervals while the study runs. */
  static final int RESAMPLES = 200;

  private RunningStudy() {}

  /** A points-only analysis of the results revealed so far; the table has transfer rows. */
  static ScalingAnalysis pointsSoFar(LearningCurveTable table, int m, int revealed, int total) {
    StudyDraws resampler = new StudyDraws(table, RESAMPLES, FitOptions.DEFAULT_SEED);
    LearningCurve curve = table.curve(TeachingCurveGenerator.STRATEGY, m).orElseThrow();
    List<PointSummary> points = PointSummary.of(curve, resampler);
    LearningCurve scratch = table.baseline(m).orElse(null);
    @Nullable PointSummary baseline = scratch == null ? null
        : PointSummary.of(scratch, resampler).get(0);
    RegimeAssessment regime = new RegimeAssessment(baseline, null, false, 0, List.of(), 0, "");
    TrustAssessment running = new TrustAssessment(TrustLevel.CAUTION, "The study is running ("
        + revealed + " of " + total + " results in); the law is fitted when every result is in.",
        List.of());
    CurveAnalysis analysis = new CurveAnalysis(curve.strategy(), curve.m(), points, regime, null,
        null, List.of(), null, null, RollingBackTest.NONE, RollingBackTest.NONE, null, null, running, false,
        false, List.of(), null);
    return new ScalingAnalysis(table.source(), FitOptions.defaults().withBootstrap(RESAMPLES,
        FitOptions.DEFAULT_SEED), List.of(analysis), null, List.of(), List.of());
  }
}
