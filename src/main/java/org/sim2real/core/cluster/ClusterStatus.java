package org.sim2real.core.cluster;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.sim2real.core.study.DesignJson;
import org.sim2real.core.study.RunLedger;
import org.sim2real.core.study.ShardCheck;

/**
 * How far a study in a cluster folder is: per shard the cells its ledger holds and what Slurm
 * says about its task, the merge job, and the merged results.
 *
 * @param merge the merge job as squeue shows it, or null
 * @param mergedCells cells in results/, or -1 when nothing is merged yet
 * @param submitted whether submit.sh recorded any job
 */
public record ClusterStatus(ClusterFolder.Info info, List<Shard> shards,
    SlurmQueue.@Nullable Task merge, int mergedCells, boolean submitted) {

  /** One shard: its cells, how many are done, and its array task if squeue knows it. */
  public record Shard(int index, int cells, int done, boolean started,
      SlurmQueue.@Nullable Task task) {
    public boolean complete() {
      return done == cells;
    }

    /** Lacks cells and will not run again by itself. */
    public boolean needsResubmission() {
      return !complete() && (task == null || !task.active());
    }
  }

  public ClusterStatus {
    shards = List.copyOf(shards);
  }

  public static ClusterStatus of(Path folder, SlurmQueue.CommandRunner runner) {
    ClusterFolder.Info info = ClusterFolder.read(folder);
    List<ShardCheck.Shard> checked = ShardCheck.check(
        DesignJson.read(folder.resolve(ClusterFolder.DESIGN_FILE)),
        ClusterFolder.shardFolders(folder, info.shards()));
    SlurmQueue.Jobs jobs = SlurmQueue.jobs(folder, info.shards());
    Map<Integer, SlurmQueue.Task> tasks = jobs.submitted() ? SlurmQueue.query(jobs, runner)
        : Map.of();
    List<Shard> shards = new ArrayList<>();
    for (ShardCheck.Shard s : checked) {
      shards.add(new Shard(s.spec().index(), s.cells(), s.done(), s.started(),
          tasks.get(s.spec().index())));
    }
    Path merged = ClusterFolder.results(folder).resolve(RunLedger.FILE_NAME);
    int mergedCells = Files.isRegularFile(merged) ? RunLedger.read(merged).results().size() : -1;
    return new ClusterStatus(info, shards, tasks.get(0), mergedCells, jobs.submitted());
  }

  public int cellsDone() {
    return shards.stream().mapToInt(Shard::done).sum();
  }

  /** Shards that lack cells and will not run again by themselves, e.g. "3,5". */
  public List<Shard> toResubmit() {
    return shards.stream().filter(Shard::needsResubmission).toList();
  }

  public boolean merged() {
    return mergedCells >= 0;
  }
}
