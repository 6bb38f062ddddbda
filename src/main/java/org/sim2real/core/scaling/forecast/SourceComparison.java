package org.sim2real.core.scaling.forecast;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.DoubleFunction;
import org.jspecify.annotations.Nullable;
import org.sim2real.core.scaling.curve.Estimate;
import org.sim2real.core.scaling.curve.Format;
import org.sim2real.core.scaling.curve.Interval;
import org.sim2real.core.scaling.curve.Percentiles;
import org.sim2real.core.scaling.fit.CurveAnalysis;
import org.sim2real.core.scaling.fit.ForecastDraws;
import org.sim2real.core.scaling.fit.TrustAssessment;

/**
 * Which simulation source to grow: two or more sources' learning curves for one experimental
 * target, analysed from ONE {@code StudyDraws} (one combined table, see {@code
 * core.scaling.curve.SourceTables}), compared draw by draw. Draw b of every source comes from the
 * same resample of repetitions and test rows, so the difference of two sources' errors in draw b
 * is a paired difference: what the sources share (a hard test set, a lucky experimental draw)
 * cancels, and only what tells them apart is left.
 *
 * <p>Per source: alpha and C with intervals and the trust grade of its curve, the error at a
 * common n, the data need n* for a target, and the error after spending a budget on its rows. Per
 * pair: the share of draws in which A's error is below B's, the 90% interval of the paired
 * difference A - B, and a verdict that names a better source only when that interval excludes 0.
 *
 * <p>Beyond the measured sizes the errors are forecast draws (law draw times the extrapolation
 * spread, {@link ForecastDraws}). Each source gets its own extrapolation deviates here, not the
 * ones the analysis shares between curves: whether one source's law changes its form beyond the
 * data says nothing about another's, and independent deviates can only widen the interval of a
 * difference, never invent a winner. A budget that buys more than {@link Forecaster#STOP_FACTOR}x
 * a source's largest measured n is beyond any sensible extrapolation: its error is shown, flagged,
 * and no verdict is drawn from it (the headline rule of the Forecast cards); neither is one drawn
 * from a forecast beyond the measured sizes of a curve graded do not extrapolate.
 */
public final class SourceComparison {
  /** Outcome of a pair (A, B). */
  public enum Verdict {
    A_BETTER,
    B_BETTER,
    CANNOT_TELL
  }

  /**
   * One source's analysed curve.
   *
   * @param name the source's short name ("mp")
   * @param curve its curve, analysed together with the other sources' (one table, one draw set)
   * @param costPerRow cost of one simulation row in the user's unit of money or time, or null
   */
  public record Input(String name, CurveAnalysis curve, @Nullable Double costPerRow) {
    public Input {
      if (costPerRow != null && !(costPerRow > 0 && Double.isFinite(costPerRow))) {
        throw new IllegalArgumentException("the cost per row of " + name
            + " must be a positive number, got " + costPerRow);
      }
    }
  }

  /**
   * What to compare at.
   *
   * @param atN the common n, or null for the largest n every source measured
   * @param target the target error for n*, or null
   * @param budget the budget spent on one source's rows, or null (needs every source's cost)
   */
  public record Question(@Nullable Double atN, @Nullable Double target, @Nullable Double budget) {
    public Question {
      for (Double v : new Double[] {atN, target, budget}) {
        if (v != null && !(v > 0 && Double.isFinite(v))) {
          throw new IllegalArgumentException("n, target and budget must be positive numbers");
        }
      }
    }
  }

  /**
   * The error a budget buys in one source.
   *
   * @param rows simulation rows bought, budget / cost per row
   * @param beyondSensibleExtrapolation rows more than {@link Forecaster#STOP_FACTOR}x the largest
   *     measured n
   */
  public record BudgetOutcome(double rows, Estimate error, boolean beyondSensibleExtrapolation) {}

  /**
   * One source's numbers; NaN estimates when its curve has no law.
   *
   * @param requiredN n* for the target (NaN value when unreachable), null without a target
   * @param costToTarget n* times the cost per row, null without target or cost
   * @param budget null without a budget
   */
  public record SourceResult(String name, String strategy, TrustAssessment trust,
      boolean fitted, Estimate alpha, Estimate floor, long largestMeasuredN, Estimate errorAtN,
      @Nullable Estimate requiredN, @Nullable Estimate costToTarget,
      @Nullable BudgetOutcome budget) {}

  /**
   * A paired comparison of sources a and b at one point.
   *
   * @param probabilityABeatsB share of draws in which a's error is below b's (NaN when unknown)
   * @param difference a's error minus b's, point and 90% interval of the paired draws
   * @param reason why no better source is named, or empty
   */
  public record Pair(String a, String b, double probabilityABeatsB, Estimate difference,
      Verdict verdict, String reason) {

    /** "mp is better than oqmd (in 97.0% of draws; difference -0.0210 (90%: ...))". */
    public String sentence(DoubleFunction<String> error) {
      String numbers = Double.isNaN(probabilityABeatsB)
          ? "no draws to compare them with"
          : "P(" + a + " better) = " + Format.percent(probabilityABeatsB)
              + ", difference " + a + " - " + b + " = " + error.apply(difference.value())
              + (difference.interval().isKnown() ? " (90%: " + error.apply(difference.lower())
                  + " to " + error.apply(difference.upper()) + ")" : " (no interval)");
      return switch (verdict) {
        case A_BETTER -> a + " is better than " + b + ": " + numbers + ".";
        case B_BETTER -> b + " is better than " + a + ": " + numbers + ".";
        case CANNOT_TELL -> "Cannot tell " + a + " and " + b + " apart"
            + (reason.isEmpty() ? " (the interval of the difference includes 0)" : " (" + reason
                + ")") + ": " + numbers + ".";
      };
    }
  }

  /**
   * The whole comparison.
   *
   * @param atN pairs at the common n, in input order (a before b)
   * @param atBudget pairs at the budget (empty without one)
   */
  public record Result(double commonN, @Nullable Double target, @Nullable Double budget,
      List<SourceResult> sources, List<Pair> atN, List<Pair> atBudget) {
    public Result {
      sources = List.copyOf(sources);
      atN = List.copyOf(atN);
      atBudget = List.copyOf(atBudget);
    }

    /** The ranking in words at the budget when there is one, else at the common n. */
    public String ranking(DoubleFunction<String> error) {
      boolean byBudget = budget != null && !atBudget.isEmpty();
      List<SourceResult> ordered = new ArrayList<>(sources.stream()
          .filter(SourceResult::fitted).toList());
      ordered.sort(Comparator.comparingDouble(s -> byBudget && s.budget() != null
          ? s.budget().error().value() : s.errorAtN().value()));
      if (ordered.isEmpty()) {
        return "No source has a fitted law: nothing to rank.";
      }
      String where = byBudget ? "With a budget of " + Format.value(budget) : "At n = "
          + Format.size(commonN);
      StringBuilder text = new StringBuilder(where + ", lowest error first: ");
      for (int i = 0; i < ordered.size(); i++) {
        SourceResult s = ordered.get(i);
        double e = byBudget && s.budget() != null ? s.budget().error().value()
            : s.errorAtN().value();
        text.append(i == 0 ? "" : ", then ").append(s.name()).append(" (")
            .append(error.apply(e)).append(')');
      }
      text.append('.');
      List<Pair> pairs = byBudget ? atBudget : atN;
      for (int i = 0; i + 1 < ordered.size(); i++) {
        String first = ordered.get(i).name();
        String second = ordered.get(i + 1).name();
        Pair pair = pairs.stream().filter(p -> p.a().equals(first) && p.b().equals(second)
            || p.a().equals(second) && p.b().equals(first)).findFirst().orElse(null);
        if (pair == null) {
          continue;
        }
        boolean clear = pair.verdict() != Verdict.CANNOT_TELL;
        text.append(clear ? " " + first + " is clearly ahead of " + second + "."
            : " Whether " + first + " is ahead of " + second + " cannot be told from these"
                + " studies.");
      }
      return text.toString();
    }
  }

  private SourceComparison() {}

  /**
   * Compares the sources.
   *
   * @param inputs two or more sources, analysed from one table (the same draws)
   * @param seed seed of the sources' extrapolation deviates
   * @throws IllegalArgumentException for fewer than two sources, draws of different counts, or a
   *     budget without every source's cost
   */
  public static Result compare(List<Input> inputs, Question question, long seed) {
    if (inputs.size() < 2) {
      throw new IllegalArgumentException("a comparison needs at least two sources");
    }
    if (question.budget() != null) {
      for (Input in : inputs) {
        if (in.costPerRow() == null) {
          throw new IllegalArgumentException("a budget needs the cost per row of every source;"
              + " " + in.name() + " has none");
        }
      }
    }
    int count = -1;
    for (Input in : inputs) {
      if (in.curve().draws() != null) {
        int c = in.curve().draws().count();
        if (count >= 0 && c != count) {
          throw new IllegalArgumentException("the sources' draws differ in number: they must"
              + " come from one analysis of one table");
        }
        count = c;
      }
    }
    double commonN = question.atN() != null ? question.atN()
        : inputs.stream().mapToLong(in -> in.curve().largestMeasuredN()).min().orElseThrow();
    List<SourceDraws> drawn = new ArrayList<>();
    for (int k = 0; k < inputs.size(); k++) {
      drawn.add(new SourceDraws(inputs.get(k), seed ^ (0x632BE59BD9B4E019L * (k + 1L))));
    }
    List<SourceResult> results = new ArrayList<>();
    for (SourceDraws d : drawn) {
      results.add(d.result(commonN, question));
    }
    List<Pair> atN = new ArrayList<>();
    List<Pair> atBudget = new ArrayList<>();
    for (int i = 0; i < drawn.size(); i++) {
      for (int j = i + 1; j < drawn.size(); j++) {
        SourceDraws a = drawn.get(i);
        SourceDraws b = drawn.get(j);
        atN.add(pair(a, b, commonN, commonN, ""));
        if (question.budget() != null) {
          double nA = a.rows(question.budget());
          double nB = b.rows(question.budget());
          String reason = a.beyond(nA) || b.beyond(nB)
              ? "the budget buys more than " + Format.size(Forecaster.STOP_FACTOR)
                  + "x the largest measured n of " + (a.beyond(nA) ? a.name() : b.name())
                  + ": beyond any sensible extrapolation"
              : "";
          atBudget.add(pair(a, b, nA, nB, reason));
        }
      }
    }
    return new Result(commonN, question.target(), question.budget(), results, atN, atBudget);
  }

  private static Pair pair(SourceDraws a, SourceDraws b, double nA, double nB, String reason) {
    double @Nullable [] errorsA = a.errors(nA);
    double @Nullable [] errorsB = b.errors(nB);
    String name = a.name();
    String other = b.name();
    if (errorsA == null || errorsB == null) {
      return new Pair(name, other, Double.NaN, new Estimate(Double.NaN, Interval.NONE),
          Verdict.CANNOT_TELL, "no law fitted for " + (errorsA == null ? name : other));
    }
    double[] difference = new double[errorsA.length];
    int wins = 0;
    int valid = 0;
    for (int b2 = 0; b2 < difference.length; b2++) {
      difference[b2] = errorsA[b2] - errorsB[b2];
      if (Double.isFinite(difference[b2])) {
        valid++;
        if (difference[b2] < 0) {
          wins++;
        }
      }
    }
    Interval interval = Percentiles.interval(difference);
    double point = a.point(nA) - b.point(nB);
    String why = reason;
    if (why.isEmpty() && a.extrapolatesBadly(nA)) {
      why = "the curve of " + name + " is graded do not extrapolate, and n = " + Format.size(nA)
          + " lies beyond its measured sizes";
    } else if (why.isEmpty() && b.extrapolatesBadly(nB)) {
      why = "the curve of " + other + " is graded do not extrapolate, and n = " + Format.size(nB)
          + " lies beyond its measured sizes";
    }
    Verdict verdict = !why.isEmpty() || !interval.isKnown() ? Verdict.CANNOT_TELL
        : interval.upper() < 0 ? Verdict.A_BETTER
        : interval.lower() > 0 ? Verdict.B_BETTER : Verdict.CANNOT_TELL;
    return new Pair(name, other, valid == 0 ? Double.NaN : (double) wins / valid,
        new Estimate(point, interval), verdict, why);
  }
}
