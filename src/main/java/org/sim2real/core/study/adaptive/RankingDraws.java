package org.sim2real.core.study.adaptive;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.sim2real.core.scaling.curve.Estimate;
import org.sim2real.core.scaling.curve.Format;
import org.sim2real.core.scaling.curve.Interval;
import org.sim2real.core.scaling.fit.CurveAnalysis;
import org.sim2real.core.scaling.fit.ForecastDraws;
import org.sim2real.core.scaling.fit.ScalingAnalysis;
import org.sim2real.core.scaling.fit.TrustLevel;
import org.sim2real.core.scaling.forecast.SourceComparison;
import org.sim2real.core.study.AdaptiveSettings;

/**
 * The answer to "which source to grow at a budget" from one analysis of every source's cells (one
 * table, one set of draws): {@link SourceComparison} at the budget, each source buying budget /
 * cost rows, the sources ranked by their error there, and the 90% interval of the paired
 * difference between the runner-up's error and the leader's. Precise when that interval excludes 0
 * (the ranking is decided) or lies inside ±P (equivalent within P), from no pair refused for its
 * reach, and, where a leader's rows lie beyond its measured sizes, from a law whose fit window
 * holds at least 5 sizes over a decade (as for the other questions).
 */
final class RankingDraws {
  /** The answer (value: the runner-up's error minus the leader's). */
  final QuestionAnswer answer;
  /** The analysed curve of every source, by key ({@link WaveGroup#source()}), in the grid's order. */
  final Map<String, CurveAnalysis> curves;
  /** The rows the budget buys in every source with a cost, by key. */
  final Map<String, Double> rows;
  /** Keys of the sources with a law, lowest error at the budget first. */
  final List<String> ranked;
  /** The ranking is decided (the paired interval excludes 0). */
  final boolean decided;
  /** The two leaders are equivalent within the precision. */
  final boolean equivalent;
  /** A leader's rows lie beyond its measured sizes, forecast from a law checked too little. */
  final boolean thinExtrapolation;
  /** The interval lies within ±P, but a leader's law has fewer than 5 sizes or under a decade. */
  final boolean thinEquivalence;

  private RankingDraws(QuestionAnswer answer, Map<String, CurveAnalysis> curves,
      Map<String, Double> rows, List<String> ranked, boolean decided, boolean equivalent,
      boolean thinExtrapolation, boolean thinEquivalence) {
    this.answer = answer;
    this.curves = curves;
    this.rows = rows;
    this.ranked = ranked;
    this.decided = decided;
    this.equivalent = equivalent;
    this.thinExtrapolation = thinExtrapolation;
    this.thinEquivalence = thinEquivalence;
  }

  static RankingDraws of(ScalingAnalysis analysis, AdaptiveGrid grid, AdaptiveSettings settings,
      long seed) {
    double budget = settings.value() == null ? Double.NaN : settings.value();
    Map<String, CurveAnalysis> curves = new LinkedHashMap<>();
    Map<String, Double> rows = new LinkedHashMap<>();
    List<SourceComparison.Input> inputs = new ArrayList<>();
    Map<String, String> keyOfName = new LinkedHashMap<>();
    for (AdaptiveGrid.Source source : grid.sources()) {
      CurveAnalysis curve = curve(analysis, grid, source.key());
      if (source.costPerRow() != null) {
        rows.put(source.key(), budget / source.costPerRow());
      }
      if (curve != null) {
        curves.put(source.key(), curve);
        inputs.add(new SourceComparison.Input(source.name(), curve, source.costPerRow()));
        keyOfName.put(source.name(), source.key());
      }
    }
    String question = settings.describeQuestion();
    if (inputs.size() < 2) {
      return none(question + ": fewer than two sources measured yet", curves, rows);
    }
    SourceComparison.Result result = SourceComparison.compare(inputs,
        new SourceComparison.Question(null, null, budget), seed);
    List<SourceComparison.SourceResult> fitted = new ArrayList<>(result.sources().stream()
        .filter(SourceComparison.SourceResult::fitted).toList());
    fitted.sort(Comparator.comparingDouble(s -> error(s).value()));
    List<String> ranked = fitted.stream().map(s -> keyOfName.get(s.name())).toList();
    if (fitted.size() < 2) {
      return new RankingDraws(noAnswer(question + ": no law fitted yet for "
          + String.join(", ", result.sources().stream().filter(s -> !s.fitted())
              .map(SourceComparison.SourceResult::name).toList()), TrustLevel.DO_NOT_EXTRAPOLATE),
          curves, rows, ranked, false, false, false, false);
    }
    SourceComparison.SourceResult first = fitted.get(0);
    SourceComparison.SourceResult second = fitted.get(1);
    SourceComparison.Pair pair = result.atBudget().stream()
        .filter(p -> p.a().equals(first.name()) && p.b().equals(second.name())
            || p.a().equals(second.name()) && p.b().equals(first.name())).findFirst()
        .orElseThrow();
    boolean firstIsA = pair.a().equals(first.name());
    // the runner-up's error minus the leader's: positive when the leader is ahead
    Estimate difference = firstIsA ? negated(pair.difference()) : pair.difference();
    double share = firstIsA ? pair.probabilityABeatsB() : 1 - pair.probabilityABeatsB();
    Interval interval = difference.interval();
    double wanted = settings.relative() ? settings.precision() * error(first).value()
        : settings.precision();
    boolean thin = false;
    boolean thinLeader = false;
    for (SourceComparison.SourceResult s : List.of(first, second)) {
      CurveAnalysis curve = curves.get(keyOfName.get(s.name()));
      thinLeader |= QuestionDraws.thinWindow(curve);
      if (s.budget() != null && s.budget().rows() > s.largestMeasuredN()
          && QuestionDraws.thinWindow(curve)) {
        thin = true;
      }
    }
    boolean usable = interval.isKnown() && pair.reason().isEmpty() && !thin;
    boolean decided = usable && (interval.lower() > 0 || interval.upper() < 0);
    boolean withinBand = usable && !decided && interval.lower() >= -wanted
        && interval.upper() <= wanted;
    // "it does not matter which" claims more than "this one is better": like every final answer
    // of the other questions, it needs both leaders' laws from 5 sizes over a decade
    boolean thinEquivalence = withinBand && thinLeader;
    boolean equivalent = withinBand && !thinLeader;
    double ratio = Double.POSITIVE_INFINITY;
    if (interval.isKnown()) {
      double middle = (interval.lower() + interval.upper()) / 2;
      double half = (interval.upper() - interval.lower()) / 2;
      double toDecide = Math.abs(middle) > 0 ? half / Math.abs(middle) : Double.POSITIVE_INFINITY;
      double toEquivalence = Math.max(Math.abs(interval.lower()), Math.abs(interval.upper()))
          / wanted;
      ratio = Math.min(toDecide, toEquivalence);
    }
    TrustLevel trust = first.trust().level().worse(second.trust().level());
    String reason = !pair.reason().isEmpty() ? pair.reason()
        : first.trust().level() == trust ? first.trust().reason() : second.trust().reason();
    StringBuilder sentence = new StringBuilder(question).append(": ");
    for (int i = 0; i < fitted.size(); i++) {
      SourceComparison.SourceResult s = fitted.get(i);
      double n = s.budget() == null ? Double.NaN : s.budget().rows();
      sentence.append(i == 0 ? "" : ", ").append(s.name()).append(' ').append(ordinal(i + 1))
          .append(i == 0 ? " (error " : " (").append(Format.error(error(s).value()))
          .append(" at ").append(Format.size(n)).append(i == 0 ? " rows)" : ")");
    }
    sentence.append("; difference ").append(Format.value(difference.value()))
        .append(interval.isKnown() ? " (90%: " + Format.value(interval.lower()) + " to "
            + Format.value(interval.upper()) + ")" : " (no interval)");
    if (!Double.isNaN(share)) {
      sentence.append(", ").append(first.name()).append(" better in ")
          .append(Format.percent(share)).append(" of draws");
    }
    sentence.append("; wanted: ").append(settings.describePrecision())
        .append(settings.relative() ? " (±" + Format.value(wanted) + ")" : "");
    if (!pair.reason().isEmpty()) {
      sentence.append(" (no verdict: ").append(pair.reason()).append(')');
    } else if (thinEquivalence) {
      sentence.append(" (within the band, but equivalence needs both leaders' laws from 5 sizes"
          + " over a decade)");
    } else if (thin) {
      sentence.append(" (a leader's rows lie beyond its measured sizes, forecast from a law of"
          + " fewer than 5 sizes or less than a decade)");
    }
    return new RankingDraws(new QuestionAnswer(difference.value(), interval, trust, reason,
        decided || equivalent, ratio, new Interval(-wanted, wanted), sentence.toString()), curves,
        rows, ranked, decided, equivalent, thin, thinEquivalence);
  }

  /** The curve of a source at the grid's m (else the largest m measured), or null. */
  static @Nullable CurveAnalysis curve(ScalingAnalysis analysis, AdaptiveGrid grid, String key) {
    String strategy = grid.strategyOf(key);
    List<CurveAnalysis> of = analysis.curves().stream()
        .filter(c -> c.strategy().equals(strategy)).toList();
    return of.stream().filter(c -> c.m() == grid.m()).findFirst()
        .orElse(of.stream().max(Comparator.comparingInt(CurveAnalysis::m)).orElse(null));
  }

  /** The forecast draws of a source's law, or null without one. */
  @Nullable ForecastDraws forecast(String key) {
    CurveAnalysis curve = curves.get(key);
    return curve == null || curve.fit() == null || curve.draws() == null ? null
        : curve.draws().forecast();
  }

  private static RankingDraws none(String sentence, Map<String, CurveAnalysis> curves,
      Map<String, Double> rows) {
    return new RankingDraws(noAnswer(sentence, TrustLevel.DO_NOT_EXTRAPOLATE), curves, rows,
        List.of(), false, false, false, false);
  }

  private static QuestionAnswer noAnswer(String sentence, TrustLevel trust) {
    return new QuestionAnswer(Double.NaN, Interval.NONE, trust, sentence, false,
        Double.POSITIVE_INFINITY, Interval.NONE, sentence);
  }

  private static Estimate error(SourceComparison.SourceResult s) {
    return s.budget() == null ? s.errorAtN() : s.budget().error();
  }

  private static Estimate negated(Estimate e) {
    Interval i = e.interval();
    return new Estimate(-e.value(), i.isKnown() ? new Interval(-i.upper(), -i.lower()) : i);
  }

  /** 1 -> "first", 2 -> "second", ..., 11 -> "11th". */
  static String ordinal(int rank) {
    String[] words = {"first", "second", "third", "fourth", "fifth", "sixth", "seventh",
        "eighth", "ninth", "tenth"};
    return rank >= 1 && rank <= words.length ? words[rank - 1]
        : String.format(Locale.ROOT, "%dth", rank);
  }
}
