package org.sim2real.core.study.adaptive;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import org.sim2real.core.io.UserFacingException;
import org.sim2real.core.scaling.fit.FitOptions;
import org.sim2real.core.study.AdaptiveSettings;
import org.sim2real.core.study.Progress;
import org.sim2real.core.study.ProgressListener;
import org.sim2real.core.study.RunControl;
import org.sim2real.core.study.ShardSpec;
import org.sim2real.core.study.SimulationSource;
import org.sim2real.core.study.StudyDesign;
import org.sim2real.core.study.StudyOutcome;
import org.sim2real.core.study.StudyPlan;

/**
 * Runs a planned adaptive study into its results folder, wave by wave, for the terminal and the
 * Run step alike: the same checks, the same planner, the waves told to {@code waves} and a few
 * sentences (the question at the start, a stop before the verdict) to {@code notes}.
 */
public final class AdaptiveStudy {
  private AdaptiveStudy() {}

  /** Refuses what an adaptive study cannot do with this design, in one sentence; null if fine. */
  public static @org.jspecify.annotations.Nullable String problem(StudyDesign design) {
    AdaptiveSettings settings = design.adaptive();
    if (settings == null) {
      return null;
    }
    if (settings.question() == AdaptiveSettings.Question.RANKING) {
      return rankingProblem(design.sources().isEmpty(), design.primary() == null ? null
          : design.primary().costPerRow(), design.sources().stream()
          .filter(s -> s.costPerRow() == null).map(SimulationSource::name).toList());
    }
    if (!design.sources().isEmpty()) {
      return "an adaptive study asks about the primary simulation only; remove the further"
          + " simulation sources or run the fixed grid";
    }
    return null;
  }

  /**
   * Why the ranking of the sources cannot be asked, in one sentence that says what to add; null
   * when it can: it needs a named source besides the primary simulation and the cost per row of
   * every source, the primary included (the budget buys budget / cost rows of each).
   *
   * @param noNamedSource the design has no simulation source besides the primary
   * @param primaryCost the primary simulation's cost per row, or null
   * @param withoutCost the named sources without a cost per row
   */
  public static @org.jspecify.annotations.Nullable String rankingProblem(boolean noNamedSource,
      @org.jspecify.annotations.Nullable Double primaryCost, List<String> withoutCost) {
    if (noNamedSource) {
      return "the ranking of the sources needs a second simulation source: add one besides the"
          + " primary simulation, with its cost per row";
    }
    List<String> missing = new java.util.ArrayList<>();
    if (primaryCost == null) {
      missing.add("the primary simulation");
    }
    missing.addAll(withoutCost);
    if (!missing.isEmpty()) {
      return "the ranking of the sources at a budget needs the cost per row of every source: add"
          + " it for " + String.join(", ", missing);
    }
    return null;
  }

  /**
   * Runs the waves until the verdict or until {@code control} stops them; blocks.
   *
   * @throws UserFacingException when the budget of cells is smaller than the first wave
   */
  public static StudyOutcome run(StudyPlan plan, Path folder, int threads, RunControl control,
      ProgressListener progress, WaveListener waves, Consumer<String> notes) {
    return run(plan, List.of(folder), ShardSpec.ALL, threads, control, progress, waves, notes);
  }

  /**
   * As {@link #run(StudyPlan, Path, int, RunControl, ProgressListener, WaveListener, Consumer)},
   * as shard i of N ({@link ShardedFolderStudy}) when {@code shard} has more than one.
   *
   * @param folders the results folders of shards 1 to N (this shard's is number i); one folder
   *     for a study that is not split
   */
  public static StudyOutcome run(StudyPlan plan, List<Path> folders, ShardSpec shard, int threads,
      RunControl control, ProgressListener progress, WaveListener waves, Consumer<String> notes) {
    AdaptiveSettings settings = plan.design().adaptive();
    if (settings == null) {
      throw new IllegalArgumentException("not an adaptive design");
    }
    WavePlanner planner = planner(plan.design());
    AdaptiveGrid grid = planner.grid();
    boolean ranking = settings.question() == AdaptiveSettings.Question.RANKING;
    int firstCells = grid.cellCount(ranking ? grid.rankingFirstWave() : grid.firstWave());
    if (settings.budgetCells() != null && settings.budgetCells() < firstCells) {
      throw new UserFacingException("budget of cells: " + settings.budgetCells() + " cells are"
          + " fewer than the first wave's " + firstCells + " (the coarse start); give at least "
          + firstCells);
    }
    notes.accept(String.format(java.util.Locale.ROOT, "Adaptive study: %s, %s; budget %s."
        + " Candidates: n = %s, up to %d repetitions (the full grid: %d cells).",
        settings.describeQuestion(), settings.describePrecision(), settings.describeBudget(),
        ranking ? sourceSizes(grid) : grid.sizes(), grid.maxRepetitions(),
        grid.cellCount(grid.all())));
    ResultsFolderStudy study;
    if (shard.count() > 1) {
      notes.accept("Shard " + shard + ": every shard plans each wave from all " + shard.count()
          + " shards' ledgers, runs its own share of it into " + folders.get(shard.index() - 1)
          + " and waits for the others' before the next.");
      study = new ShardedFolderStudy(plan, folders, shard, grid, threads, control, progress, notes,
          ShardedFolderStudy.POLL);
    } else {
      study = new ResultsFolderStudy(plan, folders.get(0), threads, control, progress);
    }
    AdaptiveOutcome outcome = new AdaptiveRunner(planner, waves).run(study);
    StudyOutcome last = study.lastOutcome();
    if (!outcome.ended()) {
      notes.accept("Stopped before the verdict; run the study again to go on (the waves so far"
          + " are replayed from the ledger).");
    }
    if (last == null) {
      return new StudyOutcome(outcome.ended() ? StudyOutcome.Status.COMPLETED
          : StudyOutcome.Status.CANCELLED, new Progress(0, 0, 0, Duration.ZERO, null, List.of()),
          List.of());
    }
    StudyOutcome.Status status = outcome.ended() ? StudyOutcome.Status.COMPLETED
        : last.status() == StudyOutcome.Status.COMPLETED ? StudyOutcome.Status.CANCELLED
        : last.status();
    return new StudyOutcome(status, last.progress(), last.failures(), last.memory());
  }

  /**
   * The planner of an adaptive design, the same for a run, a resumed run, every shard and the
   * check of the shards' ledgers ({@link AdaptiveShardCheck}): its choices depend only on the
   * ledger and the fit's seed.
   */
  static WavePlanner planner(StudyDesign resolved) {
    AdaptiveSettings settings = resolved.adaptive();
    if (settings == null) {
      throw new IllegalArgumentException("not an adaptive design");
    }
    return new WavePlanner(settings, AdaptiveGrid.forQuestion(resolved, settings.question()),
        FitOptions.defaults());
  }

  /** "[100, 1000] of mp (cost 0.2 per row), [100, 500] of aflow (cost 1 per row)". */
  private static String sourceSizes(AdaptiveGrid grid) {
    return String.join(", ", grid.sources().stream().map(s -> s.sizes() + " of " + s.name()
        + (s.costPerRow() == null ? "" : " (cost " + java.math.BigDecimal.valueOf(s.costPerRow())
            .stripTrailingZeros().toPlainString() + " per row)")).toList());
  }
}
