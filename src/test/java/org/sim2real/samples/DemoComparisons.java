package org.sim2real.samples;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sim2real.core.scaling.fit.CurveAnalysis;
import org.sim2real.core.scaling.fit.ParameterEstimate;
import org.sim2real.core.scaling.fit.ScalingAnalysis;
import org.sim2real.core.scaling.fit.ScratchCurveFit;
import org.sim2real.core.scaling.fit.TrustAssessment;
import org.sim2real.core.scaling.fit.TwoDimensionalFit;
import org.sim2real.core.scaling.forecast.BudgetAdvice;
import org.sim2real.core.scaling.forecast.EquivalentExperimentPoint;
import org.sim2real.core.scaling.forecast.EquivalentExperiments;
import org.sim2real.core.scaling.forecast.ForecastRequest;
import org.sim2real.core.scaling.forecast.Forecaster;
import org.sim2real.samples.DemoFit.Estimate;

/**
 * What a study run at several m adds, in the shape recorded in the band-gap demo's
 * PARAMETERS.json: the scratch learning curve E0(m), the equivalent experimental sample size m_eq
 * at the largest n of the main curve, the two-dimensional law E(n, m) and the budget advice for
 * {@link #BUDGET} at every m (ascending), each with its grade as the Forecast screen shows it.
 */
record DemoComparisons(
    Law scratchCurve,
    EquivalentExperimentsAt equivalentExperiments,
    Law twoDimensional,
    List<Budget> budgets) {

  /** A fitted law with its parameters' 90% intervals, R2 in log space and its own grade. */
  record Law(String law, Map<String, Estimate> parameters, double r2Log, String grade,
      String gradeReason) {}

  /** m_eq at n for the curve at m, with what pretraining is worth in experiments (m_eq - m). */
  record EquivalentExperimentsAt(long n, int m, Estimate equivalentM, Estimate worthExperiments,
      boolean extrapolated, String grade, String gradeReason) {}

  /** A what-if: costs per simulation and per experiment and a budget, the drops each buys. */
  record Request(double costPerSimulation, double costPerExperiment, double budget) {}

  record Budget(Request request, int m, double extraSimulations, double extraExperiments,
      Estimate dropFromSimulation, Estimate dropFromExperiments, double probabilitySimulationWins,
      String grade, String gradeReason) {}

  /**
   * The example budget: a DFT band gap costs 1 unit, a measured one 100; 100,000 units buy twice
   * the largest measured n in simulations or 1,000 more experiments.
   */
  static final Request BUDGET = new Request(1, 100, 100_000);

  static DemoComparisons of(ScalingAnalysis analysis, CurveAnalysis curve) {
    ScratchCurveFit scratch = analysis.scratchCurve();
    TwoDimensionalFit law = analysis.twoDimensional(curve.strategy()).orElse(null);
    if (scratch == null || law == null) {
      throw new IllegalStateException("E0(m) or E(n, m) not fitted: " + analysis.notes());
    }
    ForecastRequest request = ForecastRequest.forTarget(null).withCosts(
        BUDGET.costPerSimulation(), BUDGET.costPerExperiment(), BUDGET.budget());
    List<Budget> budgets = analysis.curves().stream()
        .filter(c -> c.strategy().equals(curve.strategy()))
        .sorted(Comparator.comparingInt(CurveAnalysis::m))
        .map(c -> budget(c, Forecaster.forecast(analysis, c, request).budget())).toList();
    return new DemoComparisons(
        law(scratch.lawSentence(), scratch.parameters(), scratch.r2Log(), scratch.trust()),
        equivalentExperiments(curve,
            Forecaster.forecast(analysis, curve, request).equivalentExperiments()),
        law(law.lawSentence(), law.parameters(), law.r2Log(), law.trust()), budgets);
  }

  private static Law law(String sentence, List<ParameterEstimate> parameters, double r2Log,
      TrustAssessment trust) {
    Map<String, Estimate> values = new LinkedHashMap<>();
    for (ParameterEstimate p : parameters) {
      values.put(p.name(), Estimate.of(p.value(), p.interval()));
    }
    return new Law(sentence, values, r2Log, trust.level().name(), trust.reason());
  }

  private static EquivalentExperimentsAt equivalentExperiments(CurveAnalysis curve,
      EquivalentExperiments mEq) {
    if (!mEq.available()) {
      throw new IllegalStateException("m_eq not available: " + mEq.sentence());
    }
    EquivalentExperimentPoint last = mEq.points().get(mEq.points().size() - 1);
    return new EquivalentExperimentsAt(last.n(), curve.m(), Estimate.of(last.equivalentM()),
        Estimate.of(last.worthExperiments()), last.extrapolated(), mEq.trust().level().name(),
        mEq.trust().reason());
  }

  private static Budget budget(CurveAnalysis curve, BudgetAdvice advice) {
    if (!advice.available()) {
      throw new IllegalStateException("no budget advice: " + advice.sentence());
    }
    return new Budget(BUDGET, curve.m(), advice.extraSimulations(), advice.extraExperiments(),
        Estimate.of(advice.dropFromSimulation()), Estimate.of(advice.dropFromExperiments()),
        advice.probabilitySimulationWins(), advice.trust().level().name(),
        advice.trust().reason());
  }
}
