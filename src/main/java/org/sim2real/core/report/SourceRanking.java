package org.sim2real.core.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.sim2real.core.scaling.curve.Estimate;
import org.sim2real.core.scaling.curve.Format;
import org.sim2real.core.scaling.curve.Interval;
import org.sim2real.core.scaling.curve.SourceTables;
import org.sim2real.core.scaling.fit.CurveAnalysis;
import org.sim2real.core.scaling.fit.ScalingAnalysis;
import org.sim2real.core.scaling.fit.TrustAssessment;
import org.sim2real.core.scaling.fit.TrustLevel;
import org.sim2real.core.scaling.forecast.SourceComparison;
import org.sim2real.core.scaling.forecast.SourceComparison.Pair;
import org.sim2real.core.scaling.forecast.SourceComparison.SourceResult;
import org.sim2real.core.scaling.forecast.SourceComparison.Verdict;

/**
 * "Which source to grow", in plain words, for the Forecast card and the memo's section: the
 * simulation sources of one study ranked by their error at the user's budget (n = budget / cost per
 * row) when every source has a cost and a budget is given, else at the largest n every source
 * measured; the data need n* per source for the target; and the uncertainty of the ranking from
 * the paired draws of {@link SourceComparison} (the share of draws in which the first beats the
 * second, the 90% interval of their difference). A source is named only when that interval excludes
 * 0; otherwise the headline is {@link #CANNOT_TELL}. The grade is the lower of the two leading
 * sources' curves' grades.
 *
 * @param value "Grow aflow" or {@link #CANNOT_TELL}
 * @param band the leader's share of draws and the paired difference with its interval
 * @param reach "Extrapolated: ..." when the comparison lies beyond a leading source's measured n
 * @param where "at a budget of 2,000" or "at n = 4,000 simulation rows"
 * @param rows every source, ranked (sources without a law last)
 * @param pairs every pair's verdict in one sentence each
 */
public record SourceRanking(String value, String band, String reach, String where,
    String sentence, List<Row> rows, List<String> pairs, TrustAssessment trust,
    boolean byBudget, boolean withTarget) {

  public static final String TITLE = "Which source to grow";

  /** The headline when the paired interval includes 0 or the leaders cannot be compared. */
  public static final String CANNOT_TELL = "Cannot tell";

  /**
   * One source's line of the memo's table.
   *
   * @param rank 1 for the lowest error; 0 for a source without a law
   * @param error the error at the comparison point with its 90% interval
   * @param rows the rows the budget buys ("-" without a budget)
   * @param requiredN n* for the target with its interval ("-" without a target)
   */
  public record Row(int rank, String source, String error, String rows, String requiredN,
      String trust) {}

  public SourceRanking {
    rows = List.copyOf(rows);
    pairs = List.copyOf(pairs);
  }

  /** This ranking with a sentence added (e.g. where the costs came from); itself for "". */
  public SourceRanking withNote(String note) {
    return note.isEmpty() ? this : new SourceRanking(value, band, reach, where,
        sentence + " " + note, rows, pairs, trust, byBudget, withTarget);
  }

  /** This answer as a Forecast card. */
  public ForecastCard card() {
    return new ForecastCard(ForecastCard.Kind.SOURCES, TITLE, value, "", band, reach, sentence,
        trust);
  }

  /**
   * The curves of every simulation source at the chosen curve's transfer strategy and m, keyed by
   * source name in the analysis's order: the primary simulation's ("finetune") under {@code
   * primaryName}, a named source's ("finetune@aflow") under its name. Fewer than two entries when
   * the study measured one source.
   */
  public static Map<String, CurveAnalysis> sourceCurves(ScalingAnalysis analysis,
      CurveAnalysis chosen, String primaryName) {
    String strategy = baseStrategy(chosen.strategy());
    Map<String, CurveAnalysis> curves = new LinkedHashMap<>();
    for (CurveAnalysis c : analysis.curves()) {
      if (c.m() != chosen.m() || !baseStrategy(c.strategy()).equals(strategy)) {
        continue;
      }
      int at = c.strategy().indexOf(SourceTables.SEPARATOR);
      String name = at < 0 ? primaryName : c.strategy().substring(at + 1);
      curves.putIfAbsent(name, c);
    }
    return curves;
  }

  /** "finetune@aflow" -> "finetune". */
  static String baseStrategy(String strategy) {
    int at = strategy.indexOf(SourceTables.SEPARATOR);
    return at < 0 ? strategy : strategy.substring(0, at);
  }

  /**
   * The ranking of the sources of {@code chosen}'s strategy and m, or null when the analysis holds
   * fewer than two sources for it.
   *
   * @param costs cost per row by source name; a budget counts only when every source has one
   * @param seed seed of the sources' extrapolation deviates
   */
  public static @Nullable SourceRanking of(ScalingAnalysis analysis, CurveAnalysis chosen,
      String primaryName, Map<String, Double> costs, @Nullable Double target,
      @Nullable Double budget, ErrorMeasure error, long seed) {
    Map<String, CurveAnalysis> curves = sourceCurves(analysis, chosen, primaryName);
    if (curves.size() < 2) {
      return null;
    }
    boolean allCosts = curves.keySet().stream().allMatch(costs::containsKey);
    List<SourceComparison.Input> inputs = new ArrayList<>();
    curves.forEach((name, curve) -> inputs.add(new SourceComparison.Input(name, curve,
        costs.get(name))));
    SourceComparison.Question question = new SourceComparison.Question(null, target,
        allCosts ? budget : null);
    return of(SourceComparison.compare(inputs, question, seed), error);
  }

  /** The ranking in words of a comparison already made. */
  public static SourceRanking of(SourceComparison.Result result, ErrorMeasure error) {
    boolean byBudget = result.budget() != null && !result.atBudget().isEmpty();
    boolean withTarget = result.target() != null;
    String where = byBudget ? "at a budget of " + amount(result.budget())
        : "at n = " + PlainNumbers.size(result.commonN()) + " " + ForecastCards.ROWS;
    List<SourceResult> ranked = new ArrayList<>(result.sources().stream()
        .filter(SourceResult::fitted).toList());
    ranked.sort(Comparator.comparingDouble(s -> at(s, byBudget).value()));
    List<Row> rows = rows(result, ranked, byBudget, error);
    List<Pair> pairs = byBudget ? result.atBudget() : result.atN();
    List<String> pairSentences = pairs.stream().map(p -> p.sentence(error::value)).toList();
    if (ranked.size() < 2) {
      String missing = String.join(", ", result.sources().stream().filter(s -> !s.fitted())
          .map(SourceResult::name).toList());
      String why = "No law could be fitted for " + missing + ", so the sources cannot be ranked.";
      return new SourceRanking(CANNOT_TELL, "", "", where, why, rows, pairSentences,
          new TrustAssessment(TrustLevel.DO_NOT_EXTRAPOLATE, why, List.of()), byBudget,
          withTarget);
    }
    SourceResult best = ranked.get(0);
    SourceResult second = ranked.get(1);
    Pair pair = pairs.stream().filter(p -> p.a().equals(best.name()) && p.b().equals(second.name())
        || p.a().equals(second.name()) && p.b().equals(best.name())).findFirst().orElseThrow();
    boolean bestIsA = pair.a().equals(best.name());
    double share = bestIsA ? pair.probabilityABeatsB() : 1 - pair.probabilityABeatsB();
    Estimate difference = bestIsA ? pair.difference() : negated(pair.difference());
    boolean clear = pair.verdict() == (bestIsA ? Verdict.A_BETTER : Verdict.B_BETTER);
    String errors = errorsList(ranked, byBudget, error);
    String range = PlainNumbers.valueRange(difference.interval());
    String differenceText = error.value(difference.value())
        + (range.isEmpty() ? ", no interval" : "; 90%: " + range);
    StringBuilder sentence = new StringBuilder();
    if (clear) {
      sentence.append("Grow ").append(best.name()).append(": ").append(where).append(", ")
          .append(errors).append("; ").append(best.name()).append(" is better in ")
          .append(PlainNumbers.percent(share)).append(" of the paired draws (difference ")
          .append(differenceText).append(").");
    } else {
      sentence.append("Cannot tell which source to grow: ").append(where).append(", ")
          .append(errors).append("; ").append(best.name()).append(" is better in only ")
          .append(PlainNumbers.percent(share)).append(" of the paired draws");
      sentence.append(!pair.reason().isEmpty() ? ", and " + pair.reason() + "."
          : range.isEmpty() ? " and the difference has no interval."
          : " and the 90% interval of the difference (" + range + ") includes 0.");
    }
    if (byBudget) {
      sentence.append(" The budget buys ").append(String.join(", ", ranked.stream()
          .map(s -> "about " + PlainNumbers.size(s.budget().rows()) + " rows of " + s.name())
          .toList())).append(" (budget / cost per row).");
    }
    if (withTarget) {
      sentence.append(" For the target ").append(error.value(result.target())).append(": ")
          .append(String.join(", ", ranked.stream().map(SourceRanking::needWords).toList()))
          .append('.');
    }
    String band = Double.isNaN(share) ? "" : best.name() + " better in "
        + PlainNumbers.percent(share) + " of the paired draws; difference " + best.name() + " - "
        + second.name() + ": " + error.value(difference.value())
        + (range.isEmpty() ? "" : " (90%: " + range + ")");
    String reach = reach(best, second, result, byBudget);
    return new SourceRanking(clear ? "Grow " + best.name() : CANNOT_TELL, band, reach, where,
        sentence.toString(), rows, pairSentences, grade(best, second, pair), byBudget,
        withTarget);
  }

  /** "it reaches 0.410 eV (0.380 to 0.440), aflow 0.450 eV (...)": the leader as "it". */
  private static String errorsList(List<SourceResult> ranked, boolean byBudget,
      ErrorMeasure error) {
    List<String> parts = new ArrayList<>();
    for (int i = 0; i < ranked.size(); i++) {
      SourceResult s = ranked.get(i);
      parts.add((i == 0 ? s.name() + " reaches " : s.name() + " ") + errorWithRange(
          at(s, byBudget), error));
    }
    return String.join(", ", parts);
  }

  private static String errorWithRange(Estimate e, ErrorMeasure error) {
    String range = PlainNumbers.valueRange(e.interval());
    return error.value(e.value()) + (range.isEmpty() ? "" : " (" + range + ")");
  }

  /** "aflow needs about 40,000 rows (90% forecast interval: ...)" or that it cannot reach it. */
  private static String needWords(SourceResult s) {
    Estimate n = s.requiredN();
    if (n == null || Double.isNaN(n.value())) {
      return s.name() + " cannot reach it";
    }
    return s.name() + " needs about " + PlainNumbers.size(n.value()) + " rows "
        + PlainNumbers.forecastSizeInterval(n);
  }

  /** 20000 -> "20,000"; 1234.5 -> "1234.5" (a budget as typed, with thousands grouped). */
  private static String amount(double value) {
    return value == Math.rint(value) && value < 1e15 ? Format.size((long) value)
        : Format.value(value);
  }

  private static Estimate at(SourceResult s, boolean byBudget) {
    return byBudget && s.budget() != null ? s.budget().error() : s.errorAtN();
  }

  private static Estimate negated(Estimate e) {
    Interval i = e.interval();
    return new Estimate(-e.value(), i.isKnown() ? new Interval(-i.upper(), -i.lower()) : i);
  }

  private static List<Row> rows(SourceComparison.Result result, List<SourceResult> ranked,
      boolean byBudget, ErrorMeasure error) {
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < ranked.size(); i++) {
      rows.add(row(i + 1, ranked.get(i), result, byBudget, error));
    }
    for (SourceResult s : result.sources()) {
      if (!s.fitted()) {
        rows.add(row(0, s, result, byBudget, error));
      }
    }
    return rows;
  }

  private static Row row(int rank, SourceResult s, SourceComparison.Result result,
      boolean byBudget, ErrorMeasure error) {
    Estimate e = at(s, byBudget);
    String errorText = Double.isNaN(e.value()) ? "no law" : error.value(e.value())
        + (e.interval().isKnown() ? " " + PlainNumbers.valueInterval(e) : "");
    if (byBudget && s.budget() != null && s.budget().beyondSensibleExtrapolation()) {
      errorText += " (beyond any sensible extrapolation)";
    }
    String bought = byBudget && s.budget() != null ? PlainNumbers.size(s.budget().rows()) : "-";
    Estimate n = s.requiredN();
    String need = result.target() == null || n == null ? "-"
        : Double.isNaN(n.value()) ? "unreachable"
        : "about " + PlainNumbers.size(n.value()) + " " + PlainNumbers.sizeInterval(n);
    return new Row(rank, s.name(), errorText, bought, need, s.trust().level().label());
  }

  /** Extrapolated when either leader's comparison point lies beyond its largest measured n. */
  private static String reach(SourceResult best, SourceResult second,
      SourceComparison.Result result, boolean byBudget) {
    List<String> beyond = new ArrayList<>();
    for (SourceResult s : List.of(best, second)) {
      double n = byBudget && s.budget() != null ? s.budget().rows() : result.commonN();
      if (n > s.largestMeasuredN()) {
        beyond.add(s.name() + " (" + Format.size(s.largestMeasuredN()) + ")");
      }
    }
    return beyond.isEmpty() ? "Within the measured sizes"
        : "Extrapolated: beyond the largest measured n of " + String.join(" and ", beyond);
  }

  /** The lower grade of the two leaders' curves; a pair refused for its reach is not to plan on. */
  private static TrustAssessment grade(SourceResult best, SourceResult second, Pair pair) {
    TrustAssessment worse = best.trust().level().compareTo(second.trust().level()) >= 0
        ? best.trust() : second.trust();
    if (!pair.reason().isEmpty() && pair.reason().contains("beyond")
        && worse.level() != TrustLevel.DO_NOT_EXTRAPOLATE) {
      return new TrustAssessment(TrustLevel.DO_NOT_EXTRAPOLATE, pair.reason(),
          List.of(worse.reason()));
    }
    return worse;
  }
}
