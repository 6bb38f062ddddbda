package org.sim2real.core.report;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.sim2real.core.scaling.curve.Estimate;
import org.sim2real.core.scaling.curve.Format;
import org.sim2real.core.scaling.curve.Observation;
import org.sim2real.core.scaling.fit.CurveAnalysis;
import org.sim2real.core.scaling.fit.ScalingAnalysis;
import org.sim2real.core.scaling.fit.TrustLevel;
import org.sim2real.core.scaling.forecast.BudgetAdvice;
import org.sim2real.core.scaling.forecast.CurveForecast;
import org.sim2real.core.scaling.forecast.DataNeedForecast;
import org.sim2real.core.scaling.forecast.DataNeedVerdict;
import org.sim2real.core.scaling.forecast.Forecaster;
import org.sim2real.core.scaling.forecast.SimulationSpending;

/**
 * The budget card of {@link ForecastCards}: with the two-dimensional law E(n, m), whether the
 * budget buys the larger drop as simulation or as experiments; without it, still what the budget
 * buys as simulation on the curve's own law (the rows and the forecast error there), what the
 * target's rows cost, and what a second m would unlock. Each number under the same rules as the
 * other cards: its own grade, words instead of a number beyond what can be forecast.
 */
final class BudgetCard {
  static final String TITLE = "Budget: simulation or experiments?";
  private static final String SIMULATION_TITLE = "Budget spent on simulation";

  private BudgetCard() {}

  static ForecastCard of(ScalingAnalysis analysis, CurveAnalysis curve, CurveForecast f,
      ErrorMeasure error) {
    BudgetAdvice advice = f.budget();
    SimulationSpending spending = f.spending();
    if (advice.available()) {
      return compared(curve, f, error, advice, spending);
    }
    if (spending == null) {
      return new ForecastCard(ForecastCard.Kind.BUDGET, TITLE, "No advice", "",
          advice.sentence(), f.fitTrust());
    }
    return simulationOnly(analysis, curve, f, error, spending);
  }

  private static ForecastCard compared(CurveAnalysis curve, CurveForecast f, ErrorMeasure error,
      BudgetAdvice advice, @Nullable SimulationSpending spending) {
    boolean simulation = advice.dropFromSimulation().value() < advice.dropFromExperiments().value();
    String sentence = "Spending the budget on " + PlainNumbers.size(advice.extraSimulations())
        + " more " + ForecastCards.ROWS + " changes the " + error.name() + " by "
        + change(advice.dropFromSimulation(), error) + "; on "
        + PlainNumbers.size(advice.extraExperiments()) + " more experiments by "
        + change(advice.dropFromExperiments(), error) + ". Simulation gives the larger drop in "
        + PlainNumbers.percent(advice.probabilitySimulationWins()) + " of the bootstrap refits.";
    List<String> beyond = advice.trust().concerns().stream()
        .filter(c -> c.contains("lies outside")).toList();
    if (advice.trust().reason().contains("lies outside")) {
      beyond = new ArrayList<>(beyond);
      beyond.add(0, advice.trust().reason());
    }
    if (!beyond.isEmpty()) {
      sentence += " Beyond what was measured: " + String.join(" ", beyond);
    }
    sentence += spending == null ? "" : targetCost(f, spending, error);
    double share = simulation ? advice.probabilitySimulationWins()
        : 1 - advice.probabilitySimulationWins();
    String band = Double.isNaN(share) ? ""
        : "in " + PlainNumbers.percent(share) + " of the bootstrap refits";
    String reach = beyond.isEmpty() ? "Within the measured n and m"
        : "Extrapolated: beyond the measured n or m";
    ForecastCard card = new ForecastCard(ForecastCard.Kind.BUDGET, TITLE,
        simulation ? "Simulation" : "Experiments", "buy the larger drop", band, reach, sentence,
        advice.trust());
    if (advice.trust().level() == TrustLevel.DO_NOT_EXTRAPOLATE) {
      return ForecastCards.cannotTell(card, "whether simulation or experiments buy the larger drop",
          "the transfer curve at about " + PlainNumbers.size(
              curve.largestMeasuredN() + advice.extraSimulations()) + " simulation rows and at"
              + " about " + PlainNumbers.size(curve.m() + advice.extraExperiments())
              + " experiments, where the budget would take it", advice.trust());
    }
    return ForecastCards.withOwnGrade(card, f.fitTrust());
  }

  /** "-0.0120 eV (90%: -0.0200 to -0.00400)". */
  private static String change(Estimate drop, ErrorMeasure error) {
    return PlainNumbers.change(drop.value()) + (error.unit() == null ? "" : " " + error.unit())
        + " " + PlainNumbers.valueInterval(drop);
  }

  /**
   * Without E(n, m): the budget as simulation on the curve's law, the target's cost, and the m
   * that would allow the comparison with experiments.
   */
  private static ForecastCard simulationOnly(ScalingAnalysis analysis, CurveAnalysis curve,
      CurveForecast f, ErrorMeasure error, SimulationSpending s) {
    Estimate at = s.errorTo();
    double factor = s.toN() / s.fromN();
    String sentence = "Spent on simulation at " + Format.value(s.costPerSimulation())
        + " per row, the budget buys about " + PlainNumbers.size(s.extraRows()) + " more "
        + ForecastCards.ROWS + ", from n = " + Format.size(Math.round(s.fromN())) + " to about "
        + PlainNumbers.size(s.toN()) + ". There the law forecasts a mean " + error.name() + " of "
        + error.value(at.value()) + " " + PlainNumbers.forecastValueInterval(at) + " instead of "
        + error.value(s.errorFrom()) + "." + targetCost(f, s, error) + " " + secondM(analysis, curve);
    String range = PlainNumbers.valueRange(at.interval());
    String band = "forecast " + error.name() + " there: " + error.value(at.value())
        + (range.isEmpty() ? "" : " (90% forecast band: " + range + ")");
    ForecastCard card = new ForecastCard(ForecastCard.Kind.BUDGET, SIMULATION_TITLE,
        "about " + PlainNumbers.size(s.extraRows()), "more " + ForecastCards.ROWS, band,
        "Extrapolated: " + Format.value(factor) + "x the largest measured n ("
            + Format.size(Math.round(s.fromN())) + ")", sentence, s.trust());
    if (factor > Forecaster.STOP_FACTOR || s.trust().level() == TrustLevel.DO_NOT_EXTRAPOLATE) {
      return ForecastCards.cannotTell(card, "what the budget buys as simulation",
          ForecastCards.measureLarger(curve, s.trust()), s.trust());
    }
    return ForecastCards.withOwnGrade(card, f.fitTrust());
  }

  /**
   * " The about 130,000 simulation rows that reach 0.300 eV cost about 130,000 (90% forecast
   * interval: ...), about 30,000 of it for the rows beyond the largest measured n.", under the
   * data need's own rule: no cost where the rows cannot be told.
   */
  private static String targetCost(CurveForecast f, SimulationSpending s, ErrorMeasure error) {
    DataNeedForecast need = f.dataNeed();
    if (need == null) {
      return "";
    }
    String target = error.value(need.target());
    if (need.verdict() == DataNeedVerdict.ALREADY_REACHED) {
      return " The target " + target + " is already reached: it costs no more simulation.";
    }
    Estimate cost = s.targetCost();
    if (cost == null) {
      return " The target " + target + " is out of reach of this simulation, at any cost.";
    }
    if (ForecastCards.beyondAnyForecast(need)
        || need.trust().level() == TrustLevel.DO_NOT_EXTRAPOLATE) {
      return " What the target " + target + " costs cannot be told yet: these data cannot tell"
          + " how many rows it needs.";
    }
    String range = PlainNumbers.sizeRange(cost.interval());
    return " The about " + PlainNumbers.size(need.requiredN().value()) + " "
        + ForecastCards.ROWS + " that reach the target " + target + " cost about "
        + PlainNumbers.size(cost.value())
        + (range.isEmpty() ? "" : " (90% forecast interval: " + range + ")")
        + (s.targetCostBeyondMeasured() > 0 ? ", about "
            + PlainNumbers.size(s.targetCostBeyondMeasured()) + " of it for the rows beyond the"
            + " largest measured n" : "") + ".";
  }

  /** What the comparison with experiments needs: a second m, or the two-dimensional fit. */
  private static String secondM(ScalingAnalysis analysis, CurveAnalysis curve) {
    int m = curve.m();
    String cannot = "Whether the same budget would buy more as experiments cannot be said yet: ";
    if (m == Observation.M_NOT_GIVEN) {
      return cannot + "that needs the two-dimensional law E(n, m), i.e. the study run at two or"
          + " more numbers of experiments m with 3 or more simulation sizes each.";
    }
    long measuredM = analysis.curves().stream()
        .filter(c -> c.strategy().equals(curve.strategy()) && c.m() != Observation.M_NOT_GIVEN)
        .mapToInt(CurveAnalysis::m).distinct().count();
    if (measuredM >= 2) {
      return cannot + "the two-dimensional law E(n, m) could not be fitted to the m values"
          + " measured (it needs 3 or more simulation sizes at each).";
    }
    return cannot + "a second m would unlock it. Run this strategy also at m = "
        + Format.size(Math.max(1, m / 2)) + " (half of the " + Format.size(m)
        + " experiments, no new measurements) with 3 or more simulation sizes: with the"
        + " two-dimensional law E(n, m) this card then compares the budget spent on simulation"
        + " with the same budget spent on experiments.";
  }
}
