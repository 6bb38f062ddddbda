package org.sim2real.core.study.adaptive;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.sim2real.core.scaling.curve.Format;
import org.sim2real.core.scaling.curve.LearningCurve;
import org.sim2real.core.scaling.curve.LearningCurveTable;
import org.sim2real.core.scaling.fit.CurveAnalysis;
import org.sim2real.core.scaling.fit.FitOptions;
import org.sim2real.core.scaling.fit.ScalingAnalysis;
import org.sim2real.core.scaling.fit.ScalingAnalyzer;
import org.sim2real.core.scaling.fit.TrustLevel;
import org.sim2real.core.scaling.forecast.Forecaster;
import org.sim2real.core.study.AdaptiveSettings;

/**
 * Decides an adaptive study's next wave from what is measured (README, "Adaptive studies"). The
 * first wave is the grid's coarse start ({@link AdaptiveGrid#firstWave}); after it, the planner
 * refits, computes the question's calibrated 90% interval, and stops when the precision is reached,
 * the budget is spent, or the answer cannot get better (no regime within the data, a target beyond
 * reach); otherwise it scores every candidate (a new size of the grid at the log-midpoint of a gap,
 * below the smallest or beyond the largest measured size; one more repetition at a measured size;
 * one more scratch repetition) by its expected narrowing of the interval per cost ({@link
 * LookAhead}, a refit with the candidate's cells imputed, for the error at n and the floor; {@link
 * ExpectedGain}, a linear estimate, for n*) and takes the best two, plus scratch repetitions so
 * that the baseline keeps as many as the best-measured size. While the answer is graded "do not
 * extrapolate" or the law's fit window holds fewer than 5 sizes or less than a decade, new sizes go
 * first, its answer is not final and the study does not end for want of expected gain.
 *
 * <p>The ranking of the simulation sources has a planner of its own, {@link RankingPlanner}.
 *
 * <p>The decision depends only on the table (whose order does not matter: the analysis groups by
 * size and repetition), the measured groups and the fit options' seed, never on timings unless a
 * CPU budget is given: the seconds per unit of cost only convert the budget.
 */
public final class WavePlanner {
  /** Transfer candidates taken per wave. */
  static final int CHOICES_PER_WAVE = 2;
  /** Below this expected narrowing of the interval (share of its width) a cell is not worth it. */
  static final double NEGLIGIBLE = 0.02;
  /** ... nor when it narrows the interval by less than NEGLIGIBLE per this share of the grid. */
  static final double WORTH_SHARE = 0.10;

  private final AdaptiveSettings settings;
  private final AdaptiveGrid grid;
  private final FitOptions options;

  public WavePlanner(AdaptiveSettings settings, AdaptiveGrid grid, FitOptions options) {
    this.settings = settings;
    this.grid = grid;
    this.options = options;
  }

  public AdaptiveGrid grid() {
    return grid;
  }

  /**
   * @param table what is measured (every group of {@code measured}); null before the first wave
   * @param measured the groups measured so far
   * @param secondsPerUnit measured CPU-seconds per unit of cost, or NaN when not known yet
   * @param secondsSpent measured CPU-seconds of the measured groups (NaN when not known)
   */
  public WaveDecision decide(@Nullable LearningCurveTable table, Set<WaveGroup> measured,
      double secondsPerUnit, double secondsSpent) {
    if (settings.question() == AdaptiveSettings.Question.RANKING) {
      return new RankingPlanner(settings, grid, options).decide(table, measured, secondsPerUnit,
          secondsSpent);
    }
    double spent = grid.cost(measured);
    int cells = grid.cellCount(measured);
    if (measured.isEmpty() || table == null) {
      List<WaveGroup> first = grid.firstWave();
      String reason = "wave 1: a coarse start, " + first.stream().filter(x -> !x.isScratch())
          .map(WaveGroup::n).distinct().count() + " log-spaced sizes up to the largest, "
          + first.stream().filter(WaveGroup::isScratch).count() + " repetitions each, and the"
          + " scratch baseline";
      List<WaveDecision.Choice> choices = first.stream()
          .map(g -> new WaveDecision.Choice(g, reason, grid.cost(g), Double.NaN)).toList();
      return new WaveDecision(null, choices, WaveDecision.Verdict.CONTINUE,
          "Wave 1: the coarse start.", spent, grid.fullCost(), cells, Double.NaN);
    }
    ScalingAnalysis analysis = ScalingAnalyzer.analyze(table, options, grid.strategy());
    CurveAnalysis curve = curve(analysis);
    QuestionDraws question = QuestionDraws.of(analysis, curve, settings);
    QuestionAnswer answer = question.answer;
    double projected = Double.isFinite(answer.widthRatio()) && answer.widthRatio() > 1
        ? spent * (answer.widthRatio() * answer.widthRatio() - 1) : Double.NaN;
    String stop = stopReason(curve, question, measured);
    if (stop != null) {
      WaveDecision.Verdict verdict = answer.precise() ? WaveDecision.Verdict.PRECISION_REACHED
          : stop.startsWith("No forecast") ? WaveDecision.Verdict.NO_REGIME
          : WaveDecision.Verdict.CANNOT_IMPROVE;
      return new WaveDecision(answer, List.of(), verdict, stop, spent, grid.fullCost(), cells,
          answer.precise() ? 0 : Double.NaN);
    }
    LearningCurve measuredCurve = table.curve(grid.strategy(), curve.m()).orElseThrow();
    Gain gain = gain(table, question, measuredCurve);
    List<Candidate> candidates = candidates(measured, gain);
    WaveBudget budget = new WaveBudget(settings, grid, cells, secondsSpent, secondsPerUnit);
    List<Candidate> affordable = candidates.stream().filter(c -> budget.allows(c.groups)).toList();
    // a law from a window of fewer than 5 sizes or less than a decade is checked too little for
    // a final answer, whatever its interval: new sizes first
    boolean distrusted = (answer.trust() == TrustLevel.DO_NOT_EXTRAPOLATE
        || QuestionDraws.thinWindow(curve))
        && affordable.stream().anyMatch(Candidate::isNewSize);
    if (distrusted) {
      affordable = affordable.stream().filter(Candidate::isNewSize).toList();
    }
    if (affordable.isEmpty()) {
      boolean budgetLimits = !candidates.isEmpty();
      return new WaveDecision(answer, List.of(), budgetLimits ? WaveDecision.Verdict.BUDGET_SPENT
          : WaveDecision.Verdict.CANNOT_IMPROVE, budgetLimits
          ? "Budget spent: " + budget.describe() + "; no further cell fits in it."
          : "Every cell of the grid is measured: the answer cannot get better with these sizes"
              + " and repetitions.", spent, grid.fullCost(), cells, projected);
    }
    if (gain != null && !distrusted && affordable.stream().noneMatch(this::worthwhile)) {
      return new WaveDecision(answer, List.of(), WaveDecision.Verdict.CANNOT_IMPROVE,
          "The answer cannot get better: no cell left in the grid is expected to narrow its"
              + " interval by " + Format.percent(NEGLIGIBLE) + " or more, at least "
              + Format.percent(NEGLIGIBLE) + " for every " + Format.percent(WORTH_SHARE)
              + " of the full grid's compute.", spent, grid.fullCost(), cells, projected);
    }
    if (!distrusted && projected > grid.fullCost() - spent) {
      return new WaveDecision(answer, List.of(), WaveDecision.Verdict.OUT_OF_REACH,
          "The requested precision is out of reach with this grid: if the interval narrows as"
              + " 1/sqrt(compute), " + settings.describePrecision() + " needs about "
              + Format.value((spent + projected) / grid.fullCost()) + "x the full grid's compute."
              + " The answer stands with its interval.", spent, grid.fullCost(), cells, projected);
    }
    List<WaveDecision.Choice> choices = new ArrayList<>();
    Set<WaveGroup> taken = new TreeSet<>(measured);
    int picked = 0;
    for (Candidate c : affordable) {
      if (picked == CHOICES_PER_WAVE) {
        break;
      }
      if (!budget.allows(c.groups, grid.cellCount(choiceGroups(choices)),
          grid.cost(choiceGroups(choices)))) {
        continue;
      }
      String reason = reason(c, picked == 0, secondsPerUnit, gain != null, distrusted);
      for (WaveGroup g : c.groups) {
        choices.add(new WaveDecision.Choice(g, reason, grid.cost(g), c.narrowing));
      }
      taken.addAll(c.groups);
      picked++;
    }
    addScratch(grid, taken, choices, budget);
    return new WaveDecision(answer, choices, WaveDecision.Verdict.CONTINUE,
        "Wave chosen: " + choices.size() + " groups.", spent, grid.fullCost(), cells, projected);
  }

  private CurveAnalysis curve(ScalingAnalysis analysis) {
    return analysis.curves().stream().filter(c -> c.m() == grid.m()).findFirst()
        .orElse(analysis.curves().stream().max(Comparator.comparingInt(CurveAnalysis::m))
            .orElseThrow());
  }

  /** Why the study ends now, or null to go on. */
  private @Nullable String stopReason(CurveAnalysis curve, QuestionDraws question,
      Set<WaveGroup> measured) {
    QuestionAnswer answer = question.answer;
    if (answer.precise()) {
      return "Precision reached: " + answer.sentence() + ".";
    }
    boolean largestMeasured = measured.contains(new WaveGroup(grid.largestSize(), 0));
    if (curve.regime().baseline() != null && curve.regime().onset() == null && largestMeasured) {
      return "No forecast can be given: transfer does not beat the scratch baseline beyond its"
          + " interval even at n = " + Format.size((long) grid.largestSize()) + ", the largest size"
          + " of the study; the curve has not started to fall (no regime within the data), so no"
          + " law can be fitted to a regime and no n*, error at n or floor can be forecast.";
    }
    if (settings.question() == AdaptiveSettings.Question.NSTAR) {
      if (question.neverShare >= 0.95) {
        return "The answer cannot get better: the target is unreachable by simulation alone ("
            + Format.percent(question.neverShare) + " of the draws never reach it; floor C at or"
            + " above it).";
      }
      if (answer.interval().lower() > Forecaster.STOP_FACTOR * grid.largestSize()) {
        return "The answer cannot get better: n* lies beyond " + (int) Forecaster.STOP_FACTOR
            + "x the largest size the study can measure (" + answer.sentence() + "), so no cell of"
            + " this grid can pin it down.";
      }
    }
    return null;
  }

  private boolean worthwhile(Candidate c) {
    return worthwhile(c.narrowing, c.cost, grid);
  }

  /**
   * Whether a cell is worth measuring: it is expected to narrow the interval by {@link #NEGLIGIBLE}
   * or more, and by at least that much for every {@link #WORTH_SHARE} of the grid's compute it
   * costs.
   */
  static boolean worthwhile(double narrowing, double cost, AdaptiveGrid grid) {
    return narrowing >= NEGLIGIBLE
        && narrowing >= NEGLIGIBLE * (cost / grid.fullCost()) / WORTH_SHARE;
  }

  /**
   * How candidates are scored: by a refit with their cells imputed ({@link LookAhead}) for the
   * error at n and the floor; by the linear estimate ({@link ExpectedGain}) for n*, whose answer
   * moves with the law's shape where it crosses the target more than with the noise a refit on
   * today's law sees (README, "Adaptive studies"), and where the refit has no interval to narrow.
   * Null before a law is fitted.
   */
  private @Nullable Gain gain(LearningCurveTable table, QuestionDraws question,
      LearningCurve measuredCurve) {
    if (question.draws == null) {
      return null;
    }
    if (settings.question() != AdaptiveSettings.Question.NSTAR) {
      LookAhead lookAhead = new LookAhead(table, grid, options, settings, question, measuredCurve);
      if (lookAhead.usable()) {
        return lookAhead;
      }
    }
    return new ExpectedGain(question, measuredCurve);
  }

  /** Every candidate, best first. */
  private List<Candidate> candidates(Set<WaveGroup> measured, @Nullable Gain gain) {
    TreeMap<Integer, Integer> repetitions = new TreeMap<>();
    for (WaveGroup g : measured) {
      if (!g.isScratch()) {
        repetitions.merge(g.n(), 1, Integer::sum);
      }
    }
    List<Candidate> out = new ArrayList<>();
    for (int n : newSizes(new ArrayList<>(repetitions.keySet()))) {
      List<WaveGroup> groups = new ArrayList<>();
      for (int r = 0; r < Math.min(2, grid.maxRepetitions()); r++) {
        groups.add(new WaveGroup(n, r));
      }
      out.add(score(new Candidate(n, 0, groups), gain, repetitions));
    }
    for (var e : repetitions.entrySet()) {
      int next = nextRepetition(measured, e.getKey());
      if (next >= 0) {
        out.add(score(new Candidate(e.getKey(), e.getValue(),
            List.of(new WaveGroup(e.getKey(), next))), gain, repetitions));
      }
    }
    int scratch = nextRepetition(grid, measured, 0, WaveGroup.PRIMARY);
    if (gain != null && gain.scoresScratch() && scratch >= 0) {
      // one more scratch repetition: a cheap new repetition column (the few-repetitions penalty)
      out.add(score(new Candidate(0, scratch, List.of(WaveGroup.scratch(scratch))), gain,
          repetitions));
    }
    out.sort(Comparator.comparingDouble((Candidate c) -> -c.score)
        .thenComparingDouble(c -> c.cost).thenComparingInt(c -> c.n));
    return out;
  }

  private Candidate score(Candidate c, @Nullable Gain gain,
      TreeMap<Integer, Integer> repetitions) {
    c.cost = grid.cost(c.groups);
    if (gain == null) {
      // no law yet: split the widest gap first; repetitions only when no gap is left
      c.narrowing = Double.NaN;
      c.score = (c.measuredRepetitions == 0 ? gapSplit(c.n, repetitions) : 1e-9) / c.cost;
      return c;
    }
    c.narrowing = gain.narrowing(c.n, c.measuredRepetitions, c.groups);
    c.score = c.narrowing / c.cost;
    return c;
  }

  /** The width in decades of the gap between measured sizes that n would split. */
  static double gapSplit(int n, TreeMap<Integer, Integer> repetitions) {
    Integer below = repetitions.lowerKey(n);
    Integer above = repetitions.higherKey(n);
    double lo = below == null ? n : below;
    double hi = above == null ? n : above;
    return Math.log10(hi / lo) + 1e-6;
  }

  /**
   * The grid's sizes nearest the log-midpoints of the gaps between measured sizes, below the
   * smallest and beyond the largest measured (and the grid's largest itself).
   */
  List<Integer> newSizes(List<Integer> measuredSizes) {
    return newSizes(grid.sizes(), measuredSizes);
  }

  /** The same rule on any list of candidate sizes (a simulation source's own, say). */
  static List<Integer> newSizes(List<Integer> sizes, List<Integer> measuredSizes) {
    TreeSet<Integer> out = new TreeSet<>();
    List<@Nullable Integer> bounds = new ArrayList<>();
    bounds.add(null);
    bounds.addAll(measuredSizes);
    bounds.add(null);
    for (int i = 0; i + 1 < bounds.size(); i++) {
      Integer lo = bounds.get(i);
      Integer hi = bounds.get(i + 1);
      List<Integer> inside = sizes.stream()
          .filter(n -> (lo == null || n > lo) && (hi == null || n < hi)).toList();
      if (inside.isEmpty()) {
        continue;
      }
      double a = Math.log(lo == null ? inside.get(0) : lo);
      double b = Math.log(hi == null ? inside.get(inside.size() - 1) : hi);
      double middle = (a + b) / 2;
      out.add(inside.stream().min(Comparator.comparingDouble((Integer n) ->
          Math.abs(Math.log(n) - middle)).thenComparing(Comparator.reverseOrder())).orElseThrow());
      if (hi == null) {
        out.add(inside.get(inside.size() - 1));
      }
    }
    return List.copyOf(out);
  }

  private int nextRepetition(Set<WaveGroup> measured, int n) {
    return nextRepetition(grid, measured, n, WaveGroup.PRIMARY);
  }

  /** The first repetition of a source's size n not measured yet, or -1 when all are. */
  static int nextRepetition(AdaptiveGrid grid, Set<WaveGroup> measured, int n, String source) {
    for (int r = 0; r < grid.maxRepetitions(); r++) {
      if (!measured.contains(new WaveGroup(n, r, source))) {
        return r;
      }
    }
    return -1;
  }

  /**
   * Scratch repetitions up to the most any measured size of any source has, so that every gain
   * over scratch is paired with a baseline of as many repetitions.
   */
  static void addScratch(AdaptiveGrid grid, Set<WaveGroup> taken,
      List<WaveDecision.Choice> choices, WaveBudget budget) {
    TreeMap<String, Integer> repetitions = new TreeMap<>();
    int scratch = 0;
    for (WaveGroup g : taken) {
      if (g.isScratch()) {
        scratch++;
      } else {
        repetitions.merge(g.source() + "/" + g.n(), 1, Integer::sum);
      }
    }
    int wanted = repetitions.values().stream().mapToInt(Integer::intValue).max().orElse(0);
    for (int r = 0; r < grid.maxRepetitions() && scratch < wanted; r++) {
      WaveGroup g = WaveGroup.scratch(r);
      if (!taken.contains(g) && budget.allows(List.of(g),
          grid.cellCount(choiceGroups(choices)), grid.cost(choiceGroups(choices)))) {
        choices.add(new WaveDecision.Choice(g, g.describe() + ": the baseline keeps as many"
            + " repetitions as the best-measured size (every gain over scratch is paired with it)",
            grid.cost(g), Double.NaN));
        taken.add(g);
        scratch++;
      }
    }
  }

  private String reason(Candidate c, boolean best, double secondsPerUnit, boolean scored,
      boolean distrusted) {
    String what = c.n == 0 ? c.groups.get(0).describe() + " (a new repetition column)"
        : c.measuredRepetitions == 0
        ? String.format(Locale.ROOT, "n = %,d (new size, %d repetitions)", c.n, c.groups.size())
        : String.format(Locale.ROOT, "n = %,d (repetition %d)", c.n, c.measuredRepetitions + 1);
    String per = Double.isFinite(secondsPerUnit) ? "per CPU-minute" : "per unit of compute";
    String price = Double.isFinite(secondsPerUnit)
        ? String.format(Locale.ROOT, "%.1f CPU-min", c.cost * secondsPerUnit / 60)
        : Format.value(100 * c.cost / grid.fullCost()) + "% of the full grid";
    if (!scored) {
      return what + ": no law fitted yet, so the widest gap between measured sizes is split first ("
          + price + ")";
    }
    String sizesFirst = distrusted
        ? " among new sizes: the law needs 5 sizes over a decade before its answer is final" : "";
    return what + ": " + (best ? "largest" : "next largest") + " expected gain in precision " + per
        + sizesFirst
        + " (interval expected to narrow by " + Format.percent(c.narrowing) + ", " + price + ")";
  }

  static List<WaveGroup> choiceGroups(List<WaveDecision.Choice> choices) {
    return choices.stream().map(WaveDecision.Choice::group).toList();
  }

  /** A candidate: one new size (its first repetitions) or one more repetition at a measured size. */
  private static final class Candidate {
    final int n;
    final int measuredRepetitions;
    final List<WaveGroup> groups;
    double cost;
    double score;
    double narrowing;

    Candidate(int n, int measuredRepetitions, List<WaveGroup> groups) {
      this.n = n;
      this.measuredRepetitions = measuredRepetitions;
      this.groups = List.copyOf(groups);
    }

    boolean isNewSize() {
      return n > 0 && measuredRepetitions == 0;
    }
  }
}
