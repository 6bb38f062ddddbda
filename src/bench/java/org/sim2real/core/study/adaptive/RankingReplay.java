package org.sim2real.core.study.adaptive;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sim2real.core.scaling.curve.LearningCurveTable;
import org.sim2real.core.scaling.fit.FitOptions;
import org.sim2real.core.study.AdaptiveSettings;

/**
 * Benchmark, the sibling of {@link AdaptiveReplay} for the ranking of the simulation sources: the
 * question "which source to grow at a budget" replayed on a finished grid of several sources (every
 * cell the adaptive study would run is in its ledger, with the CPU time it took), with the costs
 * per row its design records. It prints the waves, the CPU share, and whether the adaptive verdict
 * (the leader; decided, equivalent, undecided or no forecast, as the planner itself judges) agrees
 * with the full grid's.
 *
 * <p>{@code RankingReplay RESULTS_FOLDER BUDGET PRECISION}, e.g. {@code sample-data/sources/results
 * 500 0.01} (relative to the leader's error: {@code 2%}).
 */
public final class RankingReplay {
  private RankingReplay() {}

  public static void main(String[] args) {
    Path folder = Path.of(args[0]);
    boolean relative = args[2].endsWith("%");
    AdaptiveSettings settings = AdaptiveSettings.ranking(Double.parseDouble(args[1]),
        Double.parseDouble(args[2].replace("%", "")) / (relative ? 100 : 1), relative);
    AdaptiveReplay.FinishedGrid finished =
        AdaptiveReplay.FinishedGrid.read(folder, AdaptiveGrid::withSources);
    AdaptiveGrid grid = finished.grid();
    LearningCurveTable table = finished.table();
    Map<WaveGroup, Double> seconds = finished.seconds();
    Set<WaveGroup> held = finished.held();
    AdaptiveRunner.Measurer replay = finished.measurer();
    WavePlanner planner = new WavePlanner(settings, grid, FitOptions.defaults());
    System.out.printf(Locale.ROOT, "%s, %s on %s (%d groups of %d sources, m = %d)%n",
        settings.describeQuestion(), settings.describePrecision(), folder, held.size(),
        grid.sources().size(), grid.m());
    AdaptiveOutcome outcome = new AdaptiveRunner(planner, AdaptiveReplay::print).run(replay);
    WaveDecision full = planner.decide(table, new TreeSet<>(held), Double.NaN, Double.NaN);
    System.out.println("full grid: " + (full.answer() == null ? "-" : full.answer().sentence()));
    double spentSeconds = outcome.measured().stream()
        .mapToDouble(g -> seconds.getOrDefault(g, 0.0)).sum();
    double allSeconds = held.stream().mapToDouble(g -> seconds.getOrDefault(g, 0.0)).sum();
    System.out.printf(Locale.ROOT, "CPU: adaptive %.1f min of the grid's %.1f min = %.1f%%;"
        + " grid units %.1f%%; cells %d of %d%n", spentSeconds / 60, allSeconds / 60,
        100 * spentSeconds / allSeconds, 100 * grid.cost(outcome.measured()) / grid.cost(held),
        grid.cellCount(outcome.measured()), grid.cellCount(held));
    String adaptive = verdict(outcome.last().decision());
    String grid2 = verdict(full);
    boolean contradicted = decided(adaptive) && decided(grid2) && !adaptive.equals(grid2);
    System.out.printf(Locale.ROOT, "ranking verdict: adaptive %s; full grid %s; agree: %s%n",
        adaptive, grid2, adaptive.equals(grid2) ? "yes"
            : contradicted ? "no (both decided, differently)"
            : "no, but not contradicted (one of them has no decision)");
  }

  private static boolean decided(String verdict) {
    return verdict.endsWith(", decided");
  }

  /**
   * "aflow first, decided", "mp first, equivalent", "mp first, undecided" or "mp first, no
   * forecast (no regime)": the planner's own verdict on what the decision was made from.
   */
  private static String verdict(WaveDecision decision) {
    QuestionAnswer answer = decision.answer();
    if (answer == null) {
      return "no ranking";
    }
    Matcher leader = Pattern.compile(": ([A-Za-z][A-Za-z0-9_-]*) first").matcher(answer.sentence());
    String name = leader.find() ? leader.group(1) + " first" : "no leader";
    String verdict = decision.verdict() == WaveDecision.Verdict.NO_REGIME
        ? "no forecast (no regime)"
        : decision.sentence().startsWith("Ranking decided") ? "decided"
        : decision.sentence().startsWith("Equivalent") ? "equivalent" : "undecided";
    return name + ", " + verdict;
  }
}
