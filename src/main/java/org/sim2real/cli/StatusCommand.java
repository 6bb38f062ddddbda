package org.sim2real.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.sim2real.core.cluster.ClusterFolder;
import org.sim2real.core.cluster.ClusterStatus;
import org.sim2real.core.cluster.SlurmQueue;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine;

/** {@code status}: the progress of a study in a cluster folder. */
@Command(name = "status", mixinStandardHelpOptions = true,
    description = "Shows the progress of a study written by 'slurm': the cells each shard's ledger"
        + " holds, the state of its array task and of the merge job as squeue reports them, the"
        + " merged results, and which shards to run again.")
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
    console.printf(Locale.ROOT, "Study %s (design %s) in %d shards: %,d of %,d cells done.%n",
        info.name(), info.designHash().substring(0, 12), info.shards(), status.cellsDone(),
        info.cells());
    console.printf(Locale.ROOT, "%-9s %-13s %-14s %-12s %-10s %s%n", "shard", "cells", "job",
        "state", "time", "node / reason");
    for (ClusterStatus.Shard shard : status.shards()) {
      SlurmQueue.Task task = shard.task();
      console.printf(Locale.ROOT, "%-9s %-13s %-14s %-12s %-10s %s%n",
          shard.index() + "/" + info.shards(), shard.done() + "/" + shard.cells(),
          task == null ? "-" : task.jobId(),
          task == null ? (shard.complete() ? "done" : shard.started() ? "stopped" : "-")
              : task.state(),
          task == null ? "" : task.elapsed(), task == null ? "" : task.where());
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
      if (!again.isEmpty() && squeue) {
        StringBuilder list = new StringBuilder();
        for (ClusterStatus.Shard s : again) {
          list.append(list.isEmpty() ? "" : ",").append(s.index());
        }
        console.println("Shards " + list + " lack cells and are not queued: run them again with "
            + submitScript + " " + list + " (they resume from their ledgers; the merge follows)");
      }
    }
    return ExitCodes.OK;
  }
}
