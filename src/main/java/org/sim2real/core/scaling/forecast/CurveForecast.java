package org.sim2real.core.scaling.forecast;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.sim2real.core.scaling.curve.Estimate;
import org.sim2real.core.scaling.curve.Observation;
import org.sim2real.core.scaling.fit.TransferGain;
import org.sim2real.core.scaling.fit.TrustAssessment;

/**
 * Everything forecast from one fitted curve, each number with its 90% interval and each block with
 * a plain-language sentence; always shown together with {@link #fitTrust()}.
 *
 * @param dataNeed n*(T) for the requested target, or null when no target was given or no law fitted
 * @param transferGap the floor C, or null without a fit
 * @param gains gain over scratch at every measured n (empty without a baseline)
 * @param marginalValue error change for 10x more simulation, or null without a fit
 * @param budget the budget's comparison of simulation with experiments (from E(n, m))
 * @param spending what the budget buys as simulation on this curve's law and what the data need's
 *     rows cost, or null without a fit or without costs and a budget
 * @param band prediction band up to the requested n_max, or null without a fit
 */
public record CurveForecast(
    String strategy,
    int m,
    TrustAssessment fitTrust,
    @Nullable DataNeedForecast dataNeed,
    @Nullable Estimate transferGap,
    String gapSentence,
    List<TransferGain> gains,
    EquivalentExperiments equivalentExperiments,
    @Nullable MarginalValue marginalValue,
    BudgetAdvice budget,
    @Nullable SimulationSpending spending,
    @Nullable PredictionBand band) {

  public CurveForecast {
    gains = List.copyOf(gains);
  }

  public String label() {
    return strategy + ", " + Observation.describeM(m);
  }
}
