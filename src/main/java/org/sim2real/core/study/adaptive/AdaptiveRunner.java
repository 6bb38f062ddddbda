package org.sim2real.core.study.adaptive;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.sim2real.core.scaling.curve.LearningCurveTable;

/**
 * Runs an adaptive study wave by wave: asks the {@link WavePlanner} for the next groups, has the
 * {@link Measurer} run those the ledger does not hold yet, and tells the {@link WaveListener}. The
 * planner sees only the groups the earlier waves chose (never the rest of the ledger), so a resumed
 * run replays the same waves from the ledger, one decision per wave, and goes on where it stopped.
 */
public final class AdaptiveRunner {
  /**
   * What a study holds now.
   *
   * @param table the ledger's cells as a learning-curve table, or null when it holds none
   * @param seconds measured CPU-seconds of each group (pretraining once, every cell's training)
   */
  public record Measurements(@Nullable LearningCurveTable table, Map<WaveGroup, Double> seconds) {
    public Measurements {
      seconds = Map.copyOf(seconds);
    }
  }

  /** Reads and extends a study: the ledger behind the planner. */
  public interface Measurer {
    Measurements current();

    /** Runs the groups into the study; false when stopped or failed before all were done. */
    boolean run(List<WaveGroup> groups);

    /**
     * Runs a wave: its groups not measured yet ({@code missing}) of all its groups ({@code wave});
     * false when stopped or failed before all were done. A study split over several computers
     * runs its own share and waits for the rest ({@link ShardedFolderStudy}).
     */
    default boolean runWave(List<WaveGroup> wave, List<WaveGroup> missing) {
      return run(missing);
    }
  }

  private final WavePlanner planner;
  private final WaveListener listener;

  public AdaptiveRunner(WavePlanner planner, WaveListener listener) {
    this.planner = planner;
    this.listener = listener;
  }

  public AdaptiveOutcome run(Measurer measurer) {
    AdaptiveGrid grid = planner.grid();
    Measurements now = measurer.current();
    Set<WaveGroup> chosen = new TreeSet<>();
    List<WaveReport> reports = new ArrayList<>();
    for (int wave = 1; ; wave++) {
      LearningCurveTable table = now.table() == null ? null
          : MeasuredGroups.restrict(now.table(), chosen);
      double seconds = seconds(now, chosen);
      double perUnit = seconds > 0 ? seconds / grid.cost(withSeconds(now, chosen)) : Double.NaN;
      WaveDecision decision = planner.decide(table, chosen, perUnit,
          seconds > 0 ? seconds : Double.NaN);
      Set<WaveGroup> held = now.table() == null ? Set.of() : MeasuredGroups.of(now.table(), grid);
      List<WaveGroup> missing = decision.groups().stream().filter(g -> !held.contains(g)).toList();
      WaveReport report = new WaveReport(wave, decision,
          !decision.groups().isEmpty() && missing.isEmpty(), perUnit,
          seconds > 0 ? seconds : Double.NaN);
      reports.add(report);
      listener.wave(report);
      if (decision.verdict().ends()) {
        return new AdaptiveOutcome(reports, true, chosen);
      }
      if (!missing.isEmpty()) {
        if (!measurer.runWave(decision.groups(), missing)) {
          return new AdaptiveOutcome(reports, false, chosen);
        }
        now = measurer.current();
      }
      chosen.addAll(decision.groups());
    }
  }

  private static double seconds(Measurements now, Set<WaveGroup> chosen) {
    return chosen.stream().mapToDouble(g -> now.seconds().getOrDefault(g, 0.0)).sum();
  }

  private static List<WaveGroup> withSeconds(Measurements now, Set<WaveGroup> chosen) {
    return chosen.stream().filter(g -> now.seconds().getOrDefault(g, 0.0) > 0).toList();
  }
}
