package org.sim2real.core.scaling.forecast;

import org.jspecify.annotations.Nullable;
import org.sim2real.core.scaling.curve.Estimate;
import org.sim2real.core.scaling.curve.Interval;
import org.sim2real.core.scaling.fit.CurveAnalysis;
import org.sim2real.core.scaling.fit.ForecastDraws;
import org.sim2real.core.scaling.fit.TrustAssessment;

/**
 * What a budget buys when all of it goes to simulation, read off the curve's own law E(n) (no
 * two-dimensional law needed), and what the rows of the data need cost: so the budget question
 * gets an answer on any fitted curve, and {@link BudgetAdvice} adds the comparison with
 * experiments where E(n, m) exists.
 *
 * @param costPerSimulation the cost of one simulation row
 * @param extraRows budget / cost per simulation row
 * @param fromN the largest measured n, where the budget starts
 * @param toN fromN + extraRows
 * @param errorFrom the fitted law at fromN
 * @param errorTo the law at toN with its 90% forecast band (bootstrap and extrapolation spread)
 * @param trust errorTo's own grade: the fit's, lowered for reaching beyond the measured n
 * @param targetCost the cost of the data need's n* rows with its 90% forecast interval, or null
 *     without a reachable target
 * @param targetCostBeyondMeasured the cost of the rows of n* beyond fromN (0 when n* is inside),
 *     NaN without a reachable target
 */
public record SimulationSpending(
    double costPerSimulation,
    double extraRows,
    double fromN,
    double toN,
    double errorFrom,
    Estimate errorTo,
    TrustAssessment trust,
    @Nullable Estimate targetCost,
    double targetCostBeyondMeasured) {

  /** The spending of {@code request}'s budget, or null when no budget and costs were given. */
  static @Nullable SimulationSpending of(CurveAnalysis curve, ForecastDraws draws,
      ForecastRequest request, @Nullable DataNeedForecast need) {
    Double budget = request.budget();
    Double cost = request.costPerSimulation();
    if (budget == null || cost == null) {
      return null;
    }
    double from = curve.largestMeasuredN();
    double extra = budget / cost;
    double to = from + extra;
    boolean intervals = curve.parameter("C").interval().isKnown();
    Estimate errorTo = new Estimate(draws.point(to),
        intervals ? draws.forecastInterval(to) : Interval.NONE);
    double factor = to / from;
    TrustAssessment trust = Forecaster.forecastTrust(curve.trust(), factor, factor, Double.NaN);
    Estimate targetCost = null;
    double beyond = Double.NaN;
    if (need != null && need.verdict() == DataNeedVerdict.REACHABLE) {
      Estimate rows = need.requiredN();
      Interval i = rows.interval();
      targetCost = new Estimate(rows.value() * cost, Double.isFinite(i.lower()) && !Double.isNaN(i.upper())
          ? new Interval(i.lower() * cost, i.upper() * cost) : Interval.NONE);
      beyond = Math.max(0, rows.value() - from) * cost;
    }
    return new SimulationSpending(cost, extra, from, to, draws.point(from), errorTo, trust,
        targetCost, beyond);
  }
}
