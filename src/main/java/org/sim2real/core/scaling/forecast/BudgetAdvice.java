package org.sim2real.core.scaling.forecast;

import org.sim2real.core.scaling.curve.Estimate;
import org.sim2real.core.scaling.curve.Interval;
import org.sim2real.core.scaling.fit.TrustAssessment;
import org.sim2real.core.scaling.fit.TrustLevel;

/**
 * Which buys the larger error drop for a budget: more simulation or more experiments (from the
 * two-dimensional law E(n, m)).
 *
 * @param available false when costs/budget were not given or the two-dimensional law is missing;
 *     the sentence says why and the numbers are NaN
 * @param dropFromSimulation E(n + budget/costSim, m) - E(n, m), negative = better
 * @param dropFromExperiments E(n, m + budget/costExp) - E(n, m)
 * @param probabilitySimulationWins share of refits in which simulation gives the larger drop
 * @param trust the 2-D law's grade, lowered when the budget reaches beyond the measured n or m
 */
public record BudgetAdvice(
    boolean available,
    double extraSimulations,
    double extraExperiments,
    Estimate dropFromSimulation,
    Estimate dropFromExperiments,
    double probabilitySimulationWins,
    TrustAssessment trust,
    String sentence) {

  static BudgetAdvice unavailable(String why) {
    Estimate none = new Estimate(Double.NaN, Interval.NONE);
    return new BudgetAdvice(false, Double.NaN, Double.NaN, none, none, Double.NaN,
        new TrustAssessment(TrustLevel.DO_NOT_EXTRAPOLATE, why, java.util.List.of()), why);
  }
}
