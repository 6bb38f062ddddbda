package org.sim2real.ui.teach;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.sim2real.core.scaling.curve.LearningCurveTable;
import org.sim2real.core.scaling.fit.CurveAnalysis;
import org.sim2real.core.scaling.fit.ScalingAnalysis;
import org.sim2real.core.scaling.forecast.CurveForecast;
import org.sim2real.core.scaling.forecast.DataNeedForecast;

/**
 * One fitted state of the teaching study: the setup it was simulated from, the observations
 * revealed so far, the analysis and the forecast for the target.
 *
 * @param curve the transfer curve's analysis (null only if the analyzer returned none)
 * @param forecast the forecast for {@code target}, or null without a fitted law
 * @param resamples bootstrap resamples of this fit (small while a slider is dragged)
 * @param revealed observations revealed so far (the animation fills the study in)
 * @param total observations of the whole study
 */
public record TeachResult(TeachingSetup setup, LearningCurveTable table,
    ScalingAnalysis analysis, @Nullable CurveAnalysis curve, @Nullable CurveForecast forecast,
    double target, int resamples, int revealed, int total) {

  /** Every observation of the study is in (the animation has finished). */
  public boolean complete() {
    return revealed >= total;
  }

  public @Nullable DataNeedForecast dataNeed() {
    return forecast == null ? null : forecast.dataNeed();
  }

  /** Truth against fit for D, alpha, C and n*(target). */
  public List<TruthCheck> checks() {
    return TruthCheck.of(setup, curve, dataNeed(), target);
  }

  public boolean fitted() {
    return curve != null && curve.fit() != null;
  }

  TeachResult withForecast(@Nullable CurveForecast newForecast, double newTarget) {
    return new TeachResult(setup, table, analysis, curve, newForecast, newTarget, resamples,
        revealed, total);
  }
}
