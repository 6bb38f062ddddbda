package org.sim2real.core.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sim2real.core.scaling.curve.Format;
import org.sim2real.core.scaling.curve.Observation;
import org.sim2real.core.scaling.curve.PointSummary;
import org.sim2real.core.scaling.fit.BackTest;
import org.sim2real.core.scaling.fit.CurveAnalysis;
import org.sim2real.core.scaling.fit.LawFit;
import org.sim2real.core.scaling.fit.ScalingAnalysis;
import org.sim2real.core.scaling.fit.ScratchCurveFit;
import org.sim2real.core.scaling.fit.TransferGain;
import org.sim2real.core.scaling.fit.TrustAssessment;
import org.sim2real.core.scaling.forecast.BudgetAdvice;
import org.sim2real.core.scaling.forecast.CurveForecast;
import org.sim2real.core.scaling.forecast.DataNeedForecast;
import org.sim2real.core.scaling.forecast.EquivalentExperimentPoint;
import org.sim2real.core.scaling.forecast.EquivalentExperiments;
import org.sim2real.core.scaling.forecast.MarginalValue;

/**
 * Turns a {@link CurveForecast} into the plain-language answers of the Forecast screen and the
 * memo ({@link ForecastCard}), so both say exactly the same thing. Every number keeps its 90%
 * interval and every card carries the trust of its own number: the data need's trust is lowered
 * for far extrapolation (see {@code Forecaster}); the others carry the fit's.
 */
public final class ForecastCards {
  private ForecastCards() {}

  /** All five cards, in {@link ForecastCard.Kind} order. */
  public static List<ForecastCard> of(ScalingAnalysis analysis, CurveAnalysis curve,
      CurveForecast forecast, ErrorMeasure error) {
    List<ForecastCard> cards = new ArrayList<>();
    cards.add(dataNeed(curve, forecast, error));
    cards.add(experimentWorth(analysis, curve, forecast, error));
    cards.add(tenTimesMore(curve, forecast, error));
    cards.add(trust(curve, forecast));
    cards.add(budget(forecast, error));
    return cards;
  }

  static ForecastCard dataNeed(CurveAnalysis curve, CurveForecast f, ErrorMeasure error) {
    ForecastCard.Kind kind = ForecastCard.Kind.DATA_NEED;
    TrustAssessment fitTrust = f.fitTrust();
    DataNeedForecast need = f.dataNeed();
    if (curve.fit() == null) {
      return new ForecastCard(kind, "Simulation needed", "No forecast", "",
          "No law could be fitted, so there is no data need to forecast. " + fitTrust.reason(),
          fitTrust);
    }
    if (need == null) {
      return new ForecastCard(kind, "Simulation needed", "Set a target", "",
          "Give a target " + error.name() + " to see how many simulation rows reach it.",
          fitTrust);
    }
    String target = error.value(need.target());
    String title = "Simulation needed for " + error.label() + " " + target;
    ForecastCard card = switch (need.verdict()) {
      case ALREADY_REACHED -> new ForecastCard(kind, title, "Reached", "",
          "A " + error.name() + " of " + target + " is already reached: measured "
              + error.value(measuredAt(curve, need)) + " at n = " + Format.size(reachedAt(need))
              + " simulation rows.", need.trust());
      case UNREACHABLE -> new ForecastCard(kind, title, "Unreachable", "",
          target + " is unreachable with this kind of simulation alone: the floor C is "
              + Format.value(need.floor().value()) + " " + PlainNumbers.valueInterval(need.floor())
              + "; probability of that verdict " + PlainNumbers.percent(need.probabilityUnreachable())
              + ". A lower floor needs more experiments, a better model or simulation closer to"
              + " the experiment.", need.trust());
      case REACHABLE -> new ForecastCard(kind, title,
          "about " + PlainNumbers.size(need.requiredN().value()), "simulation rows",
          reachableSentence(curve, need, error, target), need.trust());
    };
    if (need.trust().level() == fitTrust.level()) {
      return card;
    }
    // this number is trusted less than the fit: say why right under it
    return new ForecastCard(kind, card.title(), card.value(), card.unit(), card.sentence() + " "
        + capitalized(need.trust().level().label()) + ": " + need.trust().reason(), need.trust());
  }

  private static String reachableSentence(CurveAnalysis curve, DataNeedForecast need,
      ErrorMeasure error, String target) {
    long largest = curve.largestMeasuredN();
    StringBuilder s = new StringBuilder("To reach a " + error.name() + " of " + target
        + " you need about " + PlainNumbers.size(need.requiredN().value()) + " simulation rows "
        + PlainNumbers.sizeInterval(need.requiredN()));
    if (need.extrapolationFactor() >= 1) {
      s.append(", ").append(Format.value(need.extrapolationFactor()))
          .append("x the largest measured n (").append(Format.size(largest)).append(").");
    } else {
      PointSummary last = curve.points().get(curve.points().size() - 1);
      s.append(". That is fewer than the ").append(Format.size(largest))
          .append(" already measured, where the measured ").append(error.name()).append(" is ")
          .append(error.value(last.mean()))
          .append(": the law and the data disagree at the end of the curve.");
    }
    if (need.probabilityUnreachable() > 0) {
      s.append(' ').append(capitalized(PlainNumbers.percent(need.probabilityUnreachable())))
          .append(" of the bootstrap refits find the target unreachable.");
    }
    return s.toString();
  }

  private static double measuredAt(CurveAnalysis curve, DataNeedForecast need) {
    long n = reachedAt(need);
    return curve.points().stream().filter(p -> p.n() == n).mapToDouble(PointSummary::mean)
        .findFirst().orElse(Double.NaN);
  }

  private static long reachedAt(DataNeedForecast need) {
    Long n = need.reachedAtN();
    return n == null ? 0 : n;
  }

  static ForecastCard experimentWorth(ScalingAnalysis analysis, CurveAnalysis curve,
      CurveForecast f, ErrorMeasure error) {
    ForecastCard.Kind kind = ForecastCard.Kind.EXPERIMENT_WORTH;
    String title = "Worth of the simulation data in experiments";
    EquivalentExperiments mEq = f.equivalentExperiments();
    if (!mEq.available() || mEq.points().isEmpty()) {
      return new ForecastCard(kind, title, "Not estimable", "",
          mEq.sentence() + gainInstead(curve, f, error), f.fitTrust());
    }
    EquivalentExperimentPoint last = mEq.points().get(mEq.points().size() - 1);
    double equivalent = last.equivalentM().value();
    String at = "n = " + Format.size(last.n());
    if (Double.isInfinite(equivalent)) {
      ScratchCurveFit scratch = analysis.scratchCurve();
      String floor = scratch == null ? "" : " (c = " + Format.value(scratch.fit().parameter(2)) + ")";
      return new ForecastCard(kind, title, "More than any number", "of experiments",
          "At " + at + " the transfer model's " + error.name() + " lies below the floor that"
              + " experiments alone can reach" + floor + ": no number of experiments without"
              + " simulation matches it.", f.fitTrust());
    }
    if (Double.isNaN(equivalent)) {
      return new ForecastCard(kind, title, "Not estimable", "",
          mEq.sentence() + gainInstead(curve, f, error), f.fitTrust());
    }
    double worth = last.worthExperiments().value();
    String used = Format.size(curve.m());
    if (worth <= 0) {
      return new ForecastCard(kind, title, "None", "",
          "At " + at + " the transfer model is no better than about " + PlainNumbers.size(equivalent)
              + " experiments alone, fewer than the " + used + " it was fine-tuned on: the"
              + " simulation data add nothing at this size.", f.fitTrust());
    }
    return new ForecastCard(kind, title, "about " + PlainNumbers.size(worth), "experiments",
        "Pretraining on " + Format.size(last.n()) + " simulation rows is worth about "
            + PlainNumbers.size(worth) + " experiments " + PlainNumbers.sizeInterval(last.worthExperiments())
            + ": fine-tuned on " + used + " experiments, the model errs like one trained on about "
            + PlainNumbers.size(equivalent) + " experiments alone.", f.fitTrust());
  }

  /** What can be said without m_eq: the measured gain over scratch at the largest n. */
  private static String gainInstead(CurveAnalysis curve, CurveForecast f, ErrorMeasure error) {
    PointSummary baseline = curve.regime().baseline();
    if (f.gains().isEmpty() || baseline == null) {
      return " There is no scratch baseline for this curve either, so the gain over training on"
          + " the experiments alone is unknown.";
    }
    TransferGain gain = f.gains().get(f.gains().size() - 1);
    double g = gain.gain().value();
    String experiments = curve.m() == Observation.M_NOT_GIVEN ? "the experiments"
        : "the " + Format.size(curve.m()) + " experiments";
    String direction = g >= 0 ? "lowers the " + error.name() + " by " + Format.value(g)
        : "raises the " + error.name() + " by " + Format.value(-g) + " (negative transfer)";
    return " What the data do show: at n = " + Format.size(gain.n()) + " transfer "
        + direction + " " + PlainNumbers.valueInterval(gain.gain()).replace("no interval:",
            "no interval,") + " compared with training on " + experiments + " alone (scratch "
        + error.value(baseline.mean()) + ").";
  }

  static ForecastCard tenTimesMore(CurveAnalysis curve, CurveForecast f, ErrorMeasure error) {
    ForecastCard.Kind kind = ForecastCard.Kind.TEN_TIMES_MORE;
    MarginalValue value = f.marginalValue();
    LawFit law = curve.fit();
    if (value == null || law == null) {
      return new ForecastCard(kind, "10x more simulation", "No forecast", "",
          "No law fitted, so no forecast: " + f.fitTrust().reason(), f.fitTrust());
    }
    double from = value.fromN();
    double before = law.value(from);
    double after = law.value(value.toN());
    String title = "10x more simulation (" + PlainNumbers.size(from) + " to "
        + PlainNumbers.size(value.toN()) + " rows)";
    String sentence = "Growing the simulation data 10x, from " + Format.size(value.fromN())
        + " to " + Format.size(value.toN()) + " rows, changes the predicted " + error.name()
        + " by " + PlainNumbers.change(value.errorChange().value()) + " "
        + PlainNumbers.valueInterval(value.errorChange()) + ", from " + error.value(before)
        + " to " + error.value(after) + ".";
    if (value.errorChange().interval().contains(0)) {
      sentence += " The interval includes no change at all.";
    }
    return new ForecastCard(kind, title, PlainNumbers.change(value.errorChange().value()),
        error.unit() != null ? error.unit() : "in " + error.label(), sentence, f.fitTrust());
  }

  static ForecastCard trust(CurveAnalysis curve, CurveForecast f) {
    TrustAssessment trust = f.fitTrust();
    StringBuilder s = new StringBuilder(trust.reason());
    BackTest backTest = curve.backTest();
    List<String> concerns = new ArrayList<>(trust.concerns());
    // the back-test is the honest check of any extrapolation: always say how it went
    if (backTest != null && !trust.reason().equals(backTest.sentence())
        && !trust.reason().contains("back-test hit")) {
      concerns.remove(backTest.sentence());
      concerns.add(0, backTest.sentence());
    }
    concerns.stream().limit(2).forEach(c -> s.append(' ').append(c));
    String level = trust.level().label();
    return new ForecastCard(ForecastCard.Kind.TRUST, "Trust in the forecasts (back-test)",
        Character.toUpperCase(level.charAt(0)) + level.substring(1), "", s.toString(), trust);
  }

  static ForecastCard budget(CurveForecast f, ErrorMeasure error) {
    BudgetAdvice advice = f.budget();
    String title = "Budget: simulation or experiments?";
    if (!advice.available()) {
      return new ForecastCard(ForecastCard.Kind.BUDGET, title, "No advice", "",
          advice.sentence(), f.fitTrust());
    }
    boolean simulation = advice.dropFromSimulation().value() < advice.dropFromExperiments().value();
    String sentence = "Spending the budget on " + PlainNumbers.size(advice.extraSimulations())
        + " more simulation rows changes the " + error.name() + " by "
        + PlainNumbers.change(advice.dropFromSimulation().value()) + " "
        + PlainNumbers.valueInterval(advice.dropFromSimulation()) + "; on "
        + PlainNumbers.size(advice.extraExperiments()) + " more experiments by "
        + PlainNumbers.change(advice.dropFromExperiments().value()) + " "
        + PlainNumbers.valueInterval(advice.dropFromExperiments()) + ". Simulation gives the"
        + " larger drop in " + PlainNumbers.percent(advice.probabilitySimulationWins())
        + " of the bootstrap refits.";
    return new ForecastCard(ForecastCard.Kind.BUDGET, title,
        simulation ? "Simulation" : "Experiments", "buy the larger drop", sentence, f.fitTrust());
  }

  private static String capitalized(String s) {
    return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
  }
}
