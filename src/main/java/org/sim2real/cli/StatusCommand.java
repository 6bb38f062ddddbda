package org.sim2real.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.sim2real.core.cluster.ClusterFolder;
import org.sim2real.core.cluster.ClusterStatus;
import org.sim2real.core.cluster.SlurmQueue;
import org.sim2real.core.study.adaptive.AdaptiveShardCheck;
import org.sim2real.core.study.adaptive.WaveGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine;

/** {@code status}: the progress of a study in a cluster folder. */
@Command(name = "status", mixinStandardHelpOptions = true,
    description = "Shows the progress of a study written by 'slurm': the cells each shard's ledger"
        + " holds, the state of its array task and of the merge job as squeue reports them, the"
        + " merged results, and which shards to run again. For an adaptive study, the wave its"
        + " shards are at and the cells each still owes of it, or the verdict (its planner"
        + " replayed over the shards' ledgers).")
public final class StatusCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", paramLabel = "DIR", description = "the cluster folder")
  Path folder;

  @Override
  public Integer call() {
    PrintWriter console = spec.commandLine().getOut();
    boolean squeue = SlurmQueue.onPath("squeue");
    ClusterStatus status = ClusterStatus.of(folder, SlurmQueue.CommandRunner.system());
    ClusterFolder.Info info = status.info();
    AdaptiveShardCheck.Result adaptive = status.adaptive();
    if (adaptive == null) {
      console.printf(Locale.ROOT, "Study %s (design %s) in %d shards: %,d of %,d cells done.%n",
          info.name(), info.designHash().substring(0, 12), info.shards(), status.cellsDone(),
          info.cells());
    } else {
      console.printf(Locale.ROOT, "Adaptive study %s (design %s; %s) in %d shards that run its"
          + " waves together: %,d cells done (the full grid has %,d).%n", info.name(),
          info.designHash().substring(0, 12), info.adaptive(), info.shards(),
          status.cellsDone(), info.cells());
      console.println(adaptive.ended()
          ? "Verdict reached after " + waves(adaptive.wave() - 1) + ": " + adaptive.verdict()
          : "Wave " + adaptive.wave() + " of the study is under way (the verdict is not reached"
          + " yet).");
    }
    console.printf(Locale.ROOT, "%-9s %-13s %-14s %-12s %-10s %s%n", "shard", "cells", "job",
        "state", "time", "node / reason");
    for (ClusterStatus.Shard shard : status.shards()) {
      SlurmQueue.Task task = shard.task();
      console.printf(Locale.ROOT, "%-9s %-13s %-14s %-12s %-10s %s%n",
          shard.index() + "/" + info.shards(), adaptive == null
              ? shard.done() + "/" + shard.cells()
              : shard.done() + (shard.cells() > shard.done() ? " (owes " + (shard.cells()
                  - shard.done()) + ")" : ""),
          task == null ? "-" : task.jobId(),
          task == null ? (shard.complete() ? "done" : shard.started() ? "stopped" : "-")
              : task.state(),
          task == null ? "" : task.elapsed(), task == null ? "" : task.where());
    }
    if (adaptive != null) {
      for (AdaptiveShardCheck.Shard shard : adaptive.lacking()) {
        console.println("Shard " + shard.spec() + " owes " + String.join("; ", shard.pending()
            .stream().map(WaveGroup::describe).toList()) + " (its share of "
            + (adaptive.waveOfMissing() == adaptive.wave() ? "wave " + adaptive.wave()
                : "the waves so far") + ")");
      }
    }
    SlurmQueue.Task merge = status.merge();
    if (merge != null) {
      console.println("Merge: job " + merge.jobId() + " " + merge.state()
          + (merge.where().isBlank() ? "" : " (" + merge.where() + ")"));
    }
    Path results = ClusterFolder.results(folder).toAbsolutePath().normalize();
    console.println(status.merged()
        ? "Merged results: " + status.mergedCells() + " cells in " + results
        : "Merged results: not yet (the merge job writes them into " + results + ")");
    Path submitScript = folder.toAbsolutePath().normalize().resolve(ClusterFolder.SUBMIT_SCRIPT);
    if (!status.submitted()) {
      console.println("Not submitted yet (no " + ClusterFolder.JOBS_FILE + "): run " + submitScript);
    } else {
      if (!squeue) {
        console.println("note: squeue is not on the PATH here; the cells come from the shards'"
            + " ledgers, the job states are unknown");
      }
      var again = status.toResubmit();
      if (adaptive != null && !again.isEmpty() && squeue) {
        console.println("The study has not reached its verdict and " + (again.size()
            == info.shards() ? "no shard is" : again.size() + " of " + info.shards()
            + " shards are not") + " queued or running: run " + (again.size() == info.shards()
            ? "them again with " + submitScript : "the others with " + submitScript + " "
            + ClusterStatus.indices(again)) + " (the shards resume from their ledgers and wait"
            + " for each other between waves; the merge follows)");
      } else if (!again.isEmpty() && squeue) {
        String list = ClusterStatus.indices(again);
        console.println("Shards " + list + " lack cells and are not queued: run them again with "
            + submitScript + " " + list + " (they resume from their ledgers; the merge follows)");
      }
    }
    return ExitCodes.OK;
  }

  private static String waves(int count) {
    return count + (count == 1 ? " wave" : " waves");
  }
}
