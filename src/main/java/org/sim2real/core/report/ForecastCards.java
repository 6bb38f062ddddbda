package org.sim2real.core.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import org.sim2real.core.scaling.curve.Estimate;
import org.sim2real.core.scaling.curve.Format;
import org.sim2real.core.scaling.curve.Interval;
import org.sim2real.core.scaling.curve.Observation;
import org.sim2real.core.scaling.curve.PointSummary;
import org.sim2real.core.scaling.fit.CurveAnalysis;
import org.sim2real.core.scaling.fit.LawFit;
import org.sim2real.core.scaling.fit.RollingBackTest;
import org.sim2real.core.scaling.fit.ScalingAnalysis;
import org.sim2real.core.scaling.fit.ScratchCurveFit;
import org.sim2real.core.scaling.fit.TransferGain;
import org.sim2real.core.scaling.fit.TrustAssessment;
import org.sim2real.core.scaling.fit.TrustLevel;
import org.sim2real.core.scaling.forecast.BandPoint;
import org.sim2real.core.scaling.forecast.CurveForecast;
import org.sim2real.core.scaling.forecast.DataNeedForecast;
import org.sim2real.core.scaling.forecast.DataNeedVerdict;
import org.sim2real.core.scaling.forecast.EquivalentExperimentPoint;
import org.sim2real.core.scaling.forecast.EquivalentExperiments;
import org.sim2real.core.scaling.forecast.Forecaster;
import org.sim2real.core.scaling.forecast.MarginalValue;
import org.sim2real.core.scaling.forecast.PredictionBand;

/**
 * Turns a {@link CurveForecast} into the plain-language answers of the Forecast screen and the
 * memo ({@link ForecastCard}), so both say exactly the same thing: plain words first, then every
 * number with the band that matches it (n* and the error at 10x with their forecast intervals,
 * which include the extrapolation spread; the floor C, m_eq and the budget's drops with their 90%
 * intervals), and every card with the grade of its own number (the data need's, the error at
 * 10x's, m_eq's and the budget's are lowered for reaching beyond what was measured, see {@code
 * Forecaster} and {@code ExperimentComparisons}). Where a card's grade is lower than the fit's,
 * its sentence says why.
 *
 * <p>The headline number carries its band on the line below it, named for what it is ("90%
 * forecast interval" for n*, "mean curve" and "a re-run of this study would measure" for the error
 * at 10x), and the word "Extrapolated" when it lies beyond the measured n or m. A card whose own
 * grade is "do not extrapolate" headlines in words ("Cannot tell yet"): what the data cannot tell
 * and what to measure; its number appears only at the end of the sentence, marked as not to plan
 * on.
 */
public final class ForecastCards {
  /** The headline of a card whose number is graded "do not extrapolate". */
  public static final String CANNOT_TELL = "Cannot tell yet";

  /** What n counts, in every sentence and headline: one word for n. */
  static final String ROWS = "simulation rows";

  private static final String DATA_NEED_TITLE = "Simulation needed";

  private ForecastCards() {}

  /** All five cards, in {@link ForecastCard.Kind} order. */
  public static List<ForecastCard> of(ScalingAnalysis analysis, CurveAnalysis curve,
      CurveForecast forecast, ErrorMeasure error) {
    List<ForecastCard> cards = new ArrayList<>();
    cards.add(dataNeed(curve, forecast, error));
    cards.add(experimentWorth(analysis, curve, forecast, error));
    cards.add(tenTimesMore(curve, forecast, error));
    cards.add(trust(curve, forecast));
    cards.add(BudgetCard.of(analysis, curve, forecast, error));
    return cards;
  }

  /**
   * The data-need card alone (the Scaling step shows it under its target field): "about 180,000
   * simulation rows", or words where the number cannot be planned on.
   */
  public static ForecastCard dataNeed(CurveAnalysis curve, CurveForecast f, ErrorMeasure error) {
    ForecastCard.Kind kind = ForecastCard.Kind.DATA_NEED;
    TrustAssessment fitTrust = f.fitTrust();
    DataNeedForecast need = f.dataNeed();
    if (curve.fit() == null) {
      return new ForecastCard(kind, DATA_NEED_TITLE, "No forecast", "",
          "No law could be fitted, so there is no data need to forecast. " + fitTrust.reason(),
          fitTrust);
    }
    if (need == null) {
      return new ForecastCard(kind, DATA_NEED_TITLE, "Set a target", "",
          "Give a target " + error.name() + " to see how many simulation rows reach it.",
          fitTrust);
    }
    String target = error.value(need.target());
    String title = DATA_NEED_TITLE + " for " + error.label() + " " + target;
    ForecastCard card = switch (need.verdict()) {
      case ALREADY_REACHED -> new ForecastCard(kind, title, "Reached", "",
          "A " + error.name() + " of " + target + " is already reached: measured "
              + error.value(measuredAt(curve, need)) + " at n = " + Format.size(reachedAt(need))
              + " simulation rows.", need.trust());
      case UNREACHABLE -> new ForecastCard(kind, title, "Unreachable", "",
          target + " is unreachable with this kind of simulation alone: the floor C is "
              + error.value(need.floor().value()) + " " + PlainNumbers.valueInterval(need.floor())
              + "; probability of that verdict " + PlainNumbers.percent(need.probabilityUnreachable())
              + ". A lower floor needs more experiments, a better model or simulation closer to"
              + " the experiment.", need.trust());
      case REACHABLE -> new ForecastCard(kind, title,
          "about " + PlainNumbers.size(need.requiredN().value()), ROWS,
          forecastBand(need.requiredN()), dataNeedReach(curve, need),
          reachableSentence(curve, need, error, target), need.trust());
    };
    String what = need.verdict() == DataNeedVerdict.UNREACHABLE
        ? "whether a " + error.name() + " of " + target + " can be reached"
        : "how many simulation rows reach a " + error.name() + " of " + target;
    // one decision for every place that answers the data need (cards, memo, report, forecast,
    // the Scaling step): beyond the stop factor never a number, whatever the grade
    if (beyondAnyForecast(need)) {
      return farBeyond(card, what, curve, need);
    }
    if (need.trust().level() == TrustLevel.DO_NOT_EXTRAPOLATE
        && need.verdict() != DataNeedVerdict.ALREADY_REACHED) {
      return cannotTell(card, what, measureLarger(curve, need.trust()), need.trust());
    }
    return withOwnGrade(card, fitTrust);
  }

  /** True when n* lies more than {@link Forecaster#STOP_FACTOR} x beyond the largest measured n. */
  static boolean beyondAnyForecast(DataNeedForecast need) {
    return need.verdict() == DataNeedVerdict.REACHABLE
        && need.extrapolationFactor() > Forecaster.STOP_FACTOR;
  }

  /**
   * A data need more than 100x beyond the data, in words: why ("needs about 3,200x the largest
   * measured n"), and what would tell: measuring up to a tenth of n* (the target then lies within a
   * decade of the data), unless even that is more than 100x the data, when the target lies beyond
   * any sensible extrapolation. The number only at the end, for the record.
   */
  private static ForecastCard farBeyond(ForecastCard card, String what, CurveAnalysis curve,
      DataNeedForecast need) {
    long largest = curve.largestMeasuredN();
    double measureTo = need.requiredN().value() / Forecaster.CAUTION_FACTOR;
    boolean sensible = measureTo <= Forecaster.STOP_FACTOR * largest;
    String needs = "about " + Format.value(need.extrapolationFactor())
        + "x the largest measured n (" + Format.size(largest) + ")";
    String why = "The target needs " + needs + ", and no forecast from these data reaches beyond "
        + PlainNumbers.size(Forecaster.STOP_FACTOR) + "x.";
    String next = sensible
        ? " To find out, measure simulation sizes up to about n = " + PlainNumbers.size(measureTo)
            + ", so that the target lies within 10x of the data, and forecast again."
        : " The target lies beyond any sensible extrapolation: even measuring "
            + PlainNumbers.size(Forecaster.STOP_FACTOR) + "x more (up to n = "
            + PlainNumbers.size(Forecaster.STOP_FACTOR * largest) + ") would leave it more than"
            + " 10x beyond the data. A lower error needs more experiments, a better model or"
            + " simulation closer to the experiment.";
    String band = sensible
        ? "What to measure: simulation sizes up to about n = " + PlainNumbers.size(measureTo)
        : "Beyond any sensible extrapolation: needs " + needs;
    String sentence = "These data cannot tell " + what + ". " + why + next
        + " For the record only, not to plan on: " + lowerFirst(card.sentence());
    // the grade says the same why, whatever the data need's own grade was
    List<String> concerns = new ArrayList<>();
    concerns.add(need.trust().reason());
    concerns.addAll(need.trust().concerns());
    TrustAssessment grade = new TrustAssessment(TrustLevel.DO_NOT_EXTRAPOLATE, why, concerns,
        need.trust().nearDataOnly());
    return new ForecastCard(card.kind(), card.title(), CANNOT_TELL, "", band, card.reach(),
        sentence, grade);
  }

  /**
   * What the Scaling step says while its target line is dragged, from the fitted law alone (the
   * interval and grade follow with the full forecast on release), under the same rule as the
   * card: far beyond the data, words instead of a number.
   *
   * @param nStar n* of the fitted law, empty when the target lies at or below the floor
   */
  public static String liveDataNeed(CurveAnalysis curve, double target, OptionalDouble nStar,
      ErrorMeasure error) {
    String t = "Target " + error.value(target);
    if (nStar.isEmpty()) {
      return t + " lies at or below the floor C: unreachable by simulation alone.";
    }
    double factor = nStar.getAsDouble() / curve.largestMeasuredN();
    if (factor > Forecaster.STOP_FACTOR) {
      return t + ": " + CANNOT_TELL.toLowerCase(Locale.ROOT) + ", it needs about "
          + Format.value(factor) + "x the largest measured n (the full answer follows on"
          + " release).";
    }
    return t + " needs about " + PlainNumbers.size(nStar.getAsDouble()) + " " + ROWS
        + " by the fitted law (interval and trust follow on release).";
  }

  /**
   * The card of a question whose what-if field holds no valid value: no answer for what was half
   * typed, the field's problem instead.
   */
  public static ForecastCard waitingForInput(ForecastCard.Kind kind, String problem,
      TrustAssessment fitTrust) {
    boolean budget = kind == ForecastCard.Kind.BUDGET || kind == ForecastCard.Kind.SOURCES;
    String why = problem.endsWith(".") ? problem : problem + ".";
    String title = switch (kind) {
      case BUDGET -> BudgetCard.TITLE;
      case SOURCES -> SourceRanking.TITLE;
      default -> DATA_NEED_TITLE;
    };
    return new ForecastCard(kind, title,
        budget ? "Fix the costs and the budget" : "Fix the target", "",
        why + " This card answers again once " + (budget ? "the costs and the budget hold valid"
            + " amounts." : "the target holds a valid number."), fitTrust);
  }

  /** "90% forecast interval: 120,000 to 310,000 rows (repetitions, test set, extrapolation)". */
  private static String forecastBand(Estimate requiredN) {
    String range = PlainNumbers.sizeRange(requiredN.interval());
    return range.isEmpty() ? "no interval: too few repetitions"
        : "90% forecast interval: " + range;
  }

  private static String dataNeedReach(CurveAnalysis curve, DataNeedForecast need) {
    long largest = curve.largestMeasuredN();
    if (!(need.extrapolationFactor() >= 1)) {
      return "Inside the measured sizes (up to " + Format.size(largest) + ")";
    }
    return "Extrapolated: " + Format.value(need.extrapolationFactor())
        + "x the largest measured n (" + Format.size(largest) + ")";
  }

  /**
   * What to measure before a forecast beyond the data can be planned on: "larger simulation sizes,
   * about 20,000 to 100,000 rows" (the next decade), and enough sizes when the window is short.
   */
  static String measureLarger(CurveAnalysis curve, TrustAssessment own) {
    long largest = curve.largestMeasuredN();
    return "larger simulation sizes, about " + PlainNumbers.size(2.0 * largest) + " to "
        + PlainNumbers.size(10.0 * largest) + " rows"
        + (own.nearDataOnly() ? ", so that the law rests on at least 5 sizes over a decade where"
            + " transfer works" : "");
  }

  /**
   * The card of a number graded "do not extrapolate": words in the headline (what the data cannot
   * tell), what to measure under it, and the number itself only at the end of the sentence.
   *
   * @param what what the data cannot tell, e.g. "what 10x more simulation buys"
   * @param measure what to measure, as the object of "measure", e.g. "larger simulation sizes"
   */
  static ForecastCard cannotTell(ForecastCard card, String what, String measure,
      TrustAssessment own) {
    String reason = own.reason().endsWith(".") ? own.reason() : own.reason() + ".";
    String sentence = "These data cannot tell " + what + ". " + reason + " To find out, measure "
        + measure + ". For the record only, not to plan on: " + lowerFirst(card.sentence());
    return new ForecastCard(card.kind(), card.title(), CANNOT_TELL, "",
        "What to measure: " + measure, card.reach(), sentence, own);
  }

  /** A card whose grade is below the fit's says why in its last sentence. */
  static ForecastCard withOwnGrade(ForecastCard card, TrustAssessment fitTrust) {
    TrustAssessment own = card.trust();
    if (own.level().compareTo(fitTrust.level()) <= 0 || card.sentence().contains(own.reason())) {
      return card;
    }
    return new ForecastCard(card.kind(), card.title(), card.value(), card.unit(), card.band(),
        card.reach(),
        card.sentence() + " " + capitalized(own.level().label()) + ": " + own.reason(), own);
  }

  private static String reachableSentence(CurveAnalysis curve, DataNeedForecast need,
      ErrorMeasure error, String target) {
    long largest = curve.largestMeasuredN();
    StringBuilder s = new StringBuilder("To reach a " + error.name() + " of " + target
        + " you need about " + PlainNumbers.size(need.requiredN().value()) + " simulation rows "
        + PlainNumbers.forecastSizeInterval(need.requiredN()));
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
    s.append(" Below the floor C = ").append(error.value(need.floor().value())).append(' ')
        .append(PlainNumbers.valueInterval(need.floor()))
        .append(" no amount of this simulation reaches.");
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
    return inPlainWords(worthCard(analysis, curve, f, error));
  }

  /**
   * The card in words a bench scientist reads without the analysis's symbols: its sentences come
   * partly from the analysis, which writes m_eq and E0(m) (as the command line's report does).
   */
  private static ForecastCard inPlainWords(ForecastCard card) {
    // the grade stays the analysis's own (the card shows its level; its reason is in the sentence)
    return new ForecastCard(card.kind(), card.title(), card.value(), card.unit(),
        plainWords(card.band()), plainWords(card.reach()), plainWords(card.sentence()),
        card.trust());
  }

  static String plainWords(String text) {
    return text.replace("the scratch learning curve E0(m)", "the scratch curve (how the error of"
            + " experiments alone falls with m)")
        .replace("E0(m)", "the scratch curve")
        .replace("m_eq = ", "")
        .replace("m_eq's", "the equivalent number's")
        .replace("m_eq", "the equivalent number of experiments")
        .replace(". the equivalent", ". The equivalent")
        .transform(s -> s.startsWith("the equivalent") ? "T" + s.substring(1) : s);
  }

  private static ForecastCard worthCard(ScalingAnalysis analysis, CurveAnalysis curve,
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
    TrustAssessment grade = mEq.trust();
    if (Double.isInfinite(equivalent)) {
      ScratchCurveFit scratch = analysis.scratchCurve();
      String floor = scratch == null ? "" : " (c = " + Format.value(scratch.fit().parameter(2)) + ")";
      return withOwnGrade(new ForecastCard(kind, title, "More than any number", "of experiments",
          "", "Extrapolated: read off the floor of the scratch curve, beyond the measured m"
              + measuredM(analysis),
          "At " + at + " the transfer model's " + error.name() + " lies below the floor that"
              + " experiments alone can reach" + floor + ": no number of experiments without"
              + " simulation matches it.", grade), f.fitTrust());
    }
    if (Double.isNaN(equivalent)) {
      return new ForecastCard(kind, title, "Not estimable", "",
          mEq.sentence() + gainInstead(curve, f, error), f.fitTrust());
    }
    double worth = last.worthExperiments().value();
    String used = Format.size(curve.m());
    String readOff = last.extrapolated() ? " Read off the scratch curve (the error of models"
        + " trained on experiments alone) beyond the m it was measured at" + measuredM(analysis)
        + ": an extrapolation of that curve, not a measurement."
        : "";
    String reach = last.extrapolated()
        ? "Extrapolated: the equivalent number of experiments lies beyond the measured m"
            + measuredM(analysis)
        : "Within the measured m" + measuredM(analysis);
    ForecastCard card;
    if (worth <= 0) {
      card = new ForecastCard(kind, title, "None", "", mEqBand(last.equivalentM()), reach,
          "At " + at + " the transfer model is no better than about " + PlainNumbers.size(equivalent)
              + " experiments alone" + mEqRange(last.equivalentM())
              + ", fewer than the " + used + " it was fine-tuned on: the simulation data add"
              + " nothing at this size." + readOff, grade);
    } else {
      String range = PlainNumbers.sizeRange(last.worthExperiments().interval());
      card = new ForecastCard(kind, title, "about " + PlainNumbers.size(worth), "experiments",
          range.isEmpty() ? "no interval: too few repetitions" : "90% interval: " + range
              + " experiments",
          reach,
          "Pretraining on " + Format.size(last.n()) + " simulation rows is worth about "
              + PlainNumbers.size(worth) + " experiments "
              + PlainNumbers.sizeInterval(last.worthExperiments()) + ": fine-tuned on " + used
              + " experiments, the model errs like one trained on about "
              + PlainNumbers.size(equivalent) + " experiments alone"
              + mEqRange(last.equivalentM()) + "." + readOff, grade);
    }
    if (grade.level() == TrustLevel.DO_NOT_EXTRAPOLATE) {
      return cannotTell(card, "what the simulation data are worth in experiments",
          "the baseline without simulation (scratch) at more m values, up to about "
              + PlainNumbers.size(Math.max(equivalent, curve.m())) + " experiments if you can,"
              + " so that the scratch curve is measured where the equivalent number falls",
          grade);
    }
    return withOwnGrade(card, f.fitTrust());
  }

  /** " (90%: 800 to 1,600)", or empty without an interval. */
  private static String mEqRange(Estimate equivalentM) {
    String range = PlainNumbers.sizeRange(equivalentM.interval());
    return range.isEmpty() ? "" : " (90%: " + range + ")";
  }

  /** "as good as 800 to 1,600 experiments alone (90% interval)". */
  private static String mEqBand(Estimate equivalentM) {
    String range = PlainNumbers.sizeRange(equivalentM.interval());
    return range.isEmpty() ? "" : "as good as " + range + " experiments alone (90% interval)";
  }

  /** " (100 to 1,000)": the range of m the scratch baseline was run at, or empty. */
  private static String measuredM(ScalingAnalysis analysis) {
    ScratchCurveFit scratch = analysis.scratchCurve();
    return scratch == null ? "" : " (" + Format.size(scratch.smallestM()) + " to "
        + Format.size(scratch.largestM()) + ")";
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
    String title = "10x more simulation (" + PlainNumbers.size(from) + " to "
        + PlainNumbers.size(value.toN()) + " rows)";
    Estimate at = value.errorAtTarget();
    String sentence = "Growing the simulation data 10x, from " + Format.size(value.fromN())
        + " to " + Format.size(value.toN()) + " rows, the law forecasts a mean " + error.name()
        + " of " + error.value(at.value()) + " " + PlainNumbers.forecastValueInterval(at)
        + " instead of " + error.value(before) + ": a change of "
        + PlainNumbers.change(value.errorChange().value()) + " "
        + PlainNumbers.forecastValueInterval(value.errorChange()) + ".";
    Interval rerun = rerunBand(curve, value.toN());
    if (rerun.isKnown()) {
      sentence += " A re-run of this study (new seeds, a new test set of the same size) would"
          + " measure " + PlainNumbers.valueRange(rerun) + " at " + Format.size(value.toN())
          + " rows (90%).";
    }
    if (value.errorChange().interval().contains(0)) {
      sentence += " The band includes no change at all.";
    }
    Estimate floor = f.transferGap();
    if (floor != null) {
      sentence += " No amount of this simulation goes below the floor C = "
          + Format.value(floor.value()) + " " + PlainNumbers.valueInterval(floor) + ".";
    }
    String unit = (error.unit() != null ? error.unit() + " " : "") + "at "
        + PlainNumbers.size(value.toN()) + " rows";
    ForecastCard card = new ForecastCard(kind, title, Format.error(at.value()), unit,
        tenTimesBand(at.interval(), rerun),
        "Extrapolated: 10x the largest measured n (" + Format.size(value.fromN()) + ")",
        sentence, value.trust());
    if (value.trust().level() == TrustLevel.DO_NOT_EXTRAPOLATE) {
      return cannotTell(card, "what 10x more simulation buys",
          measureLarger(curve, value.trust()), value.trust());
    }
    return withOwnGrade(card, f.fitTrust());
  }

  /**
   * "mean curve 0.38 to 0.44; a re-run of this study would measure 0.37 to 0.45 (90%)": the two
   * bands of a forecast error, each named.
   */
  private static String tenTimesBand(Interval meanCurve, Interval rerun) {
    if (!meanCurve.isKnown()) {
      return "no interval: too few repetitions";
    }
    String s = "90% forecast band of the mean curve: " + PlainNumbers.valueRange(meanCurve);
    return rerun.isKnown() ? s + "; a re-run of this study would measure "
        + PlainNumbers.valueRange(rerun) : s;
  }

  /** The re-run band at n, or no interval when the curve has none. */
  private static Interval rerunBand(CurveAnalysis curve, double n) {
    if (curve.fit() == null || curve.window() == null || curve.draws() == null) {
      return Interval.NONE;
    }
    BandPoint point = PredictionBand.at(curve, n);
    return point.rerun();
  }

  static ForecastCard trust(CurveAnalysis curve, CurveForecast f) {
    TrustAssessment trust = f.fitTrust();
    StringBuilder s = new StringBuilder(trust.reason());
    RollingBackTest replay = curve.backTests();
    // the back-test is the honest check of any extrapolation: always say how it went
    if (!replay.isEmpty()) {
      s.append(" Replayed as if the study had stopped earlier, ").append(replay.hits())
          .append(" of ").append(replay.tests().size()).append(" forecasts held what was"
              + " measured later (").append(PlainNumbers.percent(replay.coverage()))
          .append(" inside their 90% band).");
    } else {
      s.append(' ').append(replay.sentence());
    }
    List<String> concerns = new ArrayList<>(trust.concerns());
    concerns.stream().limit(2).forEach(c -> s.append(' ').append(c));
    if (concerns.size() > 2) {
      s.append(" (").append(concerns.size() - 2).append(" more on the Scaling step.)");
    }
    String level = trust.level().label();
    return new ForecastCard(ForecastCard.Kind.TRUST, "Trust in the forecasts (back-test)",
        Character.toUpperCase(level.charAt(0)) + level.substring(1), "", s.toString(), trust);
  }

  static String lowerFirst(String s) {
    return s.isEmpty() || (s.length() > 1 && Character.isUpperCase(s.charAt(1))) ? s
        : s.substring(0, 1).toLowerCase(Locale.ROOT) + s.substring(1);
  }

  static String capitalized(String s) {
    return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
  }
}
