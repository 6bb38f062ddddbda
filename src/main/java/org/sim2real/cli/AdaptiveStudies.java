package org.sim2real.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.sim2real.core.io.UserFacingException;
import org.sim2real.core.scaling.fit.FitOptions;
import org.sim2real.core.study.AdaptiveSettings;
import org.sim2real.core.study.Progress;
import org.sim2real.core.study.ProgressListener;
import org.sim2real.core.study.RunControl;
import org.sim2real.core.study.ShardSpec;
import org.sim2real.core.study.StudyDesign;
import org.sim2real.core.study.StudyOutcome;
import org.sim2real.core.study.StudyPlan;
import org.sim2real.core.study.adaptive.AdaptiveGrid;
import org.sim2real.core.study.adaptive.AdaptiveOutcome;
import org.sim2real.core.study.adaptive.AdaptiveRunner;
import org.sim2real.core.study.adaptive.ResultsFolderStudy;
import org.sim2real.core.study.adaptive.WavePlanner;

/** {@code run --question}: an adaptive study on the terminal. */
final class AdaptiveStudies {
  private AdaptiveStudies() {}

  /** Refuses what an adaptive study cannot do, before any data is read. */
  static void check(StudyDesign design, ShardSpec shard) {
    if (design.adaptive() == null) {
      return;
    }
    if (shard.count() > 1) {
      throw new UserFacingException("--shard: an adaptive study (--question) runs in waves that"
          + " each need the results of the one before, so it cannot be split into shards; run it"
          + " whole, or run the fixed grid with --shard");
    }
    if (!design.sources().isEmpty()) {
      throw new UserFacingException("--question: an adaptive study asks about the primary"
          + " simulation only; drop the named sources (--sim NAME=FILE) or run the fixed grid");
    }
  }

  static StudyOutcome run(StudyPlan plan, Path out, int threads, RunControl control,
      ProgressListener progress, PrintWriter console) {
    AdaptiveSettings settings = plan.design().adaptive();
    if (settings == null) {
      throw new IllegalArgumentException("not an adaptive design");
    }
    AdaptiveGrid grid = AdaptiveGrid.of(plan.design());
    int firstCells = grid.cellCount(grid.firstWave());
    if (settings.budgetCells() != null && settings.budgetCells() < firstCells) {
      throw new UserFacingException("--budget-cells: " + settings.budgetCells() + " cells are fewer"
          + " than the first wave's " + firstCells + " (the coarse start); give at least "
          + firstCells);
    }
    console.printf("Adaptive study: %s, %s; budget %s. Candidates: n = %s, up to %d repetitions"
        + " (the full grid: %d cells).%n", settings.describeQuestion(),
        settings.describePrecision(), budget(settings), grid.sizes(), grid.maxRepetitions(),
        grid.cellCount(grid.all()));
    ResultsFolderStudy study = new ResultsFolderStudy(plan, out, threads, control, progress);
    AdaptiveOutcome outcome = new AdaptiveRunner(new WavePlanner(settings, grid,
        FitOptions.defaults()), new WavePrinter(console)).run(study);
    StudyOutcome last = study.lastOutcome();
    if (!outcome.ended()) {
      console.println("Stopped before the verdict; run the same command again to go on (the waves"
          + " so far are replayed from the ledger).");
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

  private static String budget(AdaptiveSettings settings) {
    if (settings.budgetCells() == null && settings.budgetCpuMinutes() == null) {
      return "the full grid";
    }
    String cells = settings.budgetCells() == null ? "" : settings.budgetCells() + " cells";
    String minutes = settings.budgetCpuMinutes() == null ? ""
        : settings.budgetCpuMinutes() + " CPU-minutes";
    return cells.isEmpty() ? minutes : minutes.isEmpty() ? cells : cells + " and " + minutes;
  }
}
