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
import org.sim2real.core.scaling.curve.LearningCurveTable;
import org.sim2real.core.scaling.fit.CurveAnalysis;
import org.sim2real.core.scaling.fit.FitOptions;
import org.sim2real.core.scaling.fit.ScalingAnalysis;
import org.sim2real.core.scaling.fit.ScalingAnalyzer;
import org.sim2real.core.study.AdaptiveSettings;

/**
 * The {@link WavePlanner} of the ranking of the simulation sources at a budget ("which source to
 * grow"; README, "Adaptive studies"). The first wave is every source's coarse start ({@link
 * AdaptiveGrid#rankingFirstWave}); after it, all sources are analysed from one table (one set of
 * draws, so their errors pair draw by draw), ranked at the rows the budget buys in each
 * ({@link RankingDraws}), and the study stops when no source's transfer beats scratch even at its
 * largest size (no forecast can be given: checked first, as a ranking of sources none of which
 * helps would name one not worth growing), the ranking is decided or the two leaders are
 * equivalent within P, the budget is spent, or it cannot get better (no cell left is worth it). Otherwise every source's candidates (a new size of its own at the
 * log-midpoint of a gap, below its smallest or beyond its largest measured size; one more
 * repetition at a measured size) are scored by {@link RankingGain} per cost, and the best two
 * taken, with scratch repetitions to match. While fewer than two sources have a law, or a leader's
 * rows lie beyond its measured sizes with a law of a thin window, new sizes go first, nearest the
 * rows the budget buys (in log) and splitting the widest gaps.
 *
 * <p>Like the other questions', its decisions depend only on the table, the measured groups and
 * the fit options' seed.
 */
final class RankingPlanner {
  private final AdaptiveSettings settings;
  private final AdaptiveGrid grid;
  private final FitOptions options;

  RankingPlanner(AdaptiveSettings settings, AdaptiveGrid grid, FitOptions options) {
    this.settings = settings;
    this.grid = grid;
    this.options = options;
  }

  WaveDecision decide(@Nullable LearningCurveTable table, Set<WaveGroup> measured,
      double secondsPerUnit, double secondsSpent) {
    double spent = grid.cost(measured);
    int cells = grid.cellCount(measured);
    if (measured.isEmpty() || table == null) {
      List<WaveGroup> first = grid.rankingFirstWave();
      String reason = "wave 1: each source's coarse start, up to 4 log-spaced sizes of its own"
          + " up to its largest, " + Math.min(2, grid.maxRepetitions()) + " repetitions each, and"
          + " the scratch baseline";
      List<WaveDecision.Choice> choices = first.stream()
          .map(g -> new WaveDecision.Choice(g, reason, grid.cost(g), Double.NaN)).toList();
      return new WaveDecision(null, choices, WaveDecision.Verdict.CONTINUE,
          "Wave 1: the coarse start of every source.", spent, grid.fullCost(), cells, Double.NaN);
    }
    ScalingAnalysis analysis = ScalingAnalyzer.analyze(table, options);
    RankingDraws ranking = RankingDraws.of(analysis, grid, settings, options.seed());
    QuestionAnswer answer = ranking.answer;
    double projected = Double.isFinite(answer.widthRatio()) && answer.widthRatio() > 1
        ? spent * (answer.widthRatio() * answer.widthRatio() - 1) : Double.NaN;
    // a ranking among sources of which none beats scratch would name a source not worth growing:
    // the missing regime is the answer, before any precision
    String noRegime = noRegime(ranking, measured);
    if (noRegime != null) {
      return new WaveDecision(answer, List.of(), WaveDecision.Verdict.NO_REGIME, noRegime, spent,
          grid.fullCost(), cells, Double.NaN);
    }
    if (answer.precise()) {
      String sentence = ranking.decided ? "Ranking decided: " + answer.sentence() + "."
          : "Equivalent within ±" + precisionWords() + ": " + answer.sentence()
              + "; it does not matter which of the two is grown.";
      return new WaveDecision(answer, List.of(), WaveDecision.Verdict.PRECISION_REACHED,
          sentence, spent, grid.fullCost(), cells, 0);
    }
    RankingGain gain = ranking.ranked.size() >= 2 ? new RankingGain(ranking, table, grid) : null;
    List<Candidate> candidates = candidates(measured, gain, ranking);
    WaveBudget budget = new WaveBudget(settings, grid, cells, secondsSpent, secondsPerUnit);
    List<Candidate> affordable = candidates.stream().filter(c -> budget.allows(c.groups)).toList();
    boolean sizesFirst = (gain == null || ranking.thinExtrapolation || ranking.thinEquivalence)
        && affordable.stream().anyMatch(c -> c.measuredRepetitions == 0);
    if (sizesFirst) {
      affordable = affordable.stream().filter(c -> c.measuredRepetitions == 0).toList();
    }
    if (affordable.isEmpty()) {
      boolean budgetLimits = !candidates.isEmpty();
      return new WaveDecision(answer, List.of(), budgetLimits ? WaveDecision.Verdict.BUDGET_SPENT
          : WaveDecision.Verdict.CANNOT_IMPROVE, budgetLimits
          ? "Budget spent: " + budget.describe() + "; no further cell fits in it. The ranking"
              + " stands as it is, undecided: " + answer.sentence() + "."
          : "Every cell of the grid is measured: the ranking cannot get better with these sizes"
              + " and repetitions, and stands undecided: " + answer.sentence() + ".", spent,
          grid.fullCost(), cells, projected);
    }
    if (gain != null && !sizesFirst && affordable.stream().noneMatch(this::worthwhile)) {
      return new WaveDecision(answer, List.of(), WaveDecision.Verdict.CANNOT_IMPROVE,
          "The ranking cannot get better: no cell left in the grid is expected to narrow the"
              + " interval of the difference by " + Format.percent(WavePlanner.NEGLIGIBLE)
              + " or more, at least " + Format.percent(WavePlanner.NEGLIGIBLE) + " for every "
              + Format.percent(WavePlanner.WORTH_SHARE) + " of the full grid's compute; it stands"
              + " undecided: " + answer.sentence() + ".", spent, grid.fullCost(), cells,
          projected);
    }
    if (!sizesFirst && projected > grid.fullCost() - spent) {
      return new WaveDecision(answer, List.of(), WaveDecision.Verdict.OUT_OF_REACH,
          "The requested precision is out of reach with this grid: if the interval of the"
              + " difference narrows as 1/sqrt(compute), deciding the ranking or showing the two"
              + " equivalent within ±" + precisionWords() + " needs about "
              + Format.value((spent + projected) / grid.fullCost()) + "x the full grid's compute."
              + " The ranking stands undecided: " + answer.sentence() + ".", spent,
          grid.fullCost(), cells, projected);
    }
    List<WaveDecision.Choice> choices = new ArrayList<>();
    Set<WaveGroup> taken = new TreeSet<>(measured);
    int picked = 0;
    for (Candidate c : affordable) {
      if (picked == WavePlanner.CHOICES_PER_WAVE) {
        break;
      }
      if (!budget.allows(c.groups, grid.cellCount(WavePlanner.choiceGroups(choices)),
          grid.cost(WavePlanner.choiceGroups(choices)))) {
        continue;
      }
      String reason = reason(c, picked == 0, secondsPerUnit, gain != null,
          !sizesFirst ? "" : ranking.thinExtrapolation ? " among new sizes: a leader's rows lie"
              + " beyond its measured sizes and its law needs 5 sizes over a decade"
              : " among new sizes: the difference lies within the band, and calling the two"
              + " equivalent needs both leaders' laws from 5 sizes over a decade");
      for (WaveGroup g : c.groups) {
        choices.add(new WaveDecision.Choice(g, reason, grid.cost(g), c.narrowing));
      }
      taken.addAll(c.groups);
      picked++;
    }
    WavePlanner.addScratch(grid, taken, choices, budget);
    return new WaveDecision(answer, choices, WaveDecision.Verdict.CONTINUE,
        "Wave chosen: " + choices.size() + " groups.", spent, grid.fullCost(), cells, projected);
  }

  private String precisionWords() {
    double p = settings.relative() ? settings.precision() * 100 : settings.precision();
    return java.math.BigDecimal.valueOf(p).stripTrailingZeros().toPlainString()
        + (settings.relative() ? "%" : "");
  }

  /** "No forecast can be given" when no source's transfer beats scratch, even at its largest n. */
  private @Nullable String noRegime(RankingDraws ranking, Set<WaveGroup> measured) {
    for (AdaptiveGrid.Source source : grid.sources()) {
      CurveAnalysis curve = ranking.curves.get(source.key());
      int largest = source.sizes().get(source.sizes().size() - 1);
      boolean largestMeasured = measured.contains(new WaveGroup(largest, 0, source.key()));
      if (curve == null || !largestMeasured || curve.regime().baseline() == null
          || curve.regime().onset() != null) {
        return null;
      }
    }
    return "No forecast can be given: in no simulation source does transfer beat the scratch"
        + " baseline beyond its interval, even at the largest size of each; no curve has started"
        + " to fall (no regime within the data), so no law can be fitted to a regime and no"
        + " source can be ranked at the budget.";
  }

  private boolean worthwhile(Candidate c) {
    return WavePlanner.worthwhile(c.narrowing, c.cost, grid);
  }

  /** Every source's candidates, best first. */
  private List<Candidate> candidates(Set<WaveGroup> measured, @Nullable RankingGain gain,
      RankingDraws ranking) {
    List<Candidate> out = new ArrayList<>();
    for (AdaptiveGrid.Source source : grid.sources()) {
      TreeMap<Integer, Integer> repetitions = new TreeMap<>();
      for (WaveGroup g : measured) {
        if (!g.isScratch() && g.source().equals(source.key())) {
          repetitions.merge(g.n(), 1, Integer::sum);
        }
      }
      for (int n : WavePlanner.newSizes(source.sizes(), new ArrayList<>(repetitions.keySet()))) {
        List<WaveGroup> groups = new ArrayList<>();
        for (int r = 0; r < Math.min(2, grid.maxRepetitions()); r++) {
          groups.add(new WaveGroup(n, r, source.key()));
        }
        out.add(score(new Candidate(source, n, 0, groups), gain, ranking, repetitions));
      }
      for (var e : repetitions.entrySet()) {
        int next = WavePlanner.nextRepetition(grid, measured, e.getKey(), source.key());
        if (next >= 0) {
          out.add(score(new Candidate(source, e.getKey(), e.getValue(),
              List.of(new WaveGroup(e.getKey(), next, source.key()))), gain, ranking,
              repetitions));
        }
      }
    }
    out.sort(Comparator.comparingDouble((Candidate c) -> -c.score)
        .thenComparingDouble(c -> c.cost).thenComparing(c -> c.source.key())
        .thenComparingInt(c -> c.n));
    return out;
  }

  private Candidate score(Candidate c, @Nullable RankingGain gain, RankingDraws ranking,
      TreeMap<Integer, Integer> repetitions) {
    c.cost = grid.cost(c.groups);
    boolean hasLaw = ranking.forecast(c.source.key()) != null;
    if (gain == null || !hasLaw) {
      // no pair to narrow yet, or no law for this source: split its widest gaps first, nearest
      // the rows the budget buys in it; repetitions only when no gap is left
      Double rows = ranking.rows.get(c.source.key());
      double near = rows == null ? 1
          : 1 / (1 + Math.abs(Math.log10(c.n / Math.max(1, Math.min(rows, largest(c.source))))));
      c.narrowing = Double.NaN;
      c.score = (c.measuredRepetitions == 0 ? WavePlanner.gapSplit(c.n, repetitions) * near : 1e-9) / c.cost;
      if (gain != null) {
        c.score *= 1e-6; // sources with a law are scored by their gain first
      }
      return c;
    }
    c.narrowing = gain.narrowing(c.source.key(), c.n, c.measuredRepetitions, c.groups.size());
    c.score = c.narrowing / c.cost;
    return c;
  }

  private static int largest(AdaptiveGrid.Source source) {
    return source.sizes().get(source.sizes().size() - 1);
  }

  private String reason(Candidate c, boolean best, double secondsPerUnit, boolean scored,
      String sizesFirst) {
    String what = c.measuredRepetitions == 0
        ? String.format(Locale.ROOT, "%s n = %,d (new size, %d repetitions)", c.source.name(),
            c.n, c.groups.size())
        : String.format(Locale.ROOT, "%s n = %,d (repetition %d)", c.source.name(), c.n,
            c.measuredRepetitions + 1);
    String per = Double.isFinite(secondsPerUnit) ? "per CPU-minute" : "per unit of compute";
    String price = Double.isFinite(secondsPerUnit)
        ? String.format(Locale.ROOT, "%.1f CPU-min", c.cost * secondsPerUnit / 60)
        : Format.value(100 * c.cost / grid.fullCost()) + "% of the full grid";
    if (!scored || Double.isNaN(c.narrowing)) {
      return what + ": no law fitted yet for two sources (or for this one), so its widest gap"
          + " between measured sizes is split first, nearest the rows the budget buys (" + price
          + ")";
    }
    String first = sizesFirst;
    return what + ": " + (best ? "largest" : "next largest") + " expected gain in the precision"
        + " of the ranking " + per + first + " (interval of the difference expected to narrow by "
        + Format.percent(c.narrowing) + ", " + price + ")";
  }

  /** A candidate of one source: a new size (its first repetitions) or one more repetition. */
  private static final class Candidate {
    final AdaptiveGrid.Source source;
    final int n;
    final int measuredRepetitions;
    final List<WaveGroup> groups;
    double cost;
    double score;
    double narrowing;

    Candidate(AdaptiveGrid.Source source, int n, int measuredRepetitions, List<WaveGroup> groups) {
      this.source = source;
      this.n = n;
      this.measuredRepetitions = measuredRepetitions;
      this.groups = List.copyOf(groups);
    }
  }
}
