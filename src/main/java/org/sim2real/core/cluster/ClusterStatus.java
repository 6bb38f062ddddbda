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
import org.sim2real.core.study.StudyDesign;
import org.sim2real.core.study.adaptive.AdaptiveShardCheck;

/**
 * How far a study in a cluster folder is: per shard the cells its ledger holds and what Slurm
 * says about its task, the merge job, and the merged results. For an adaptive study, whose
 * shards' cells are chosen wave by wave, the study's planner is replayed over all the shards'
 * ledgers ({@link AdaptiveShardCheck}): the wave the shards are at and the groups each still owes
 * of it, or the verdict.
 *
 * @param merge the merge job as squeue shows it, or null
 * @param mergedCells cells in results/, or -1 when nothing is merged yet
 * @param submitted whether submit.sh recorded any job
 * @param adaptive the replay of an adaptive study's planner over its shards' ledgers; null for a
 *     fixed grid
 */
public record ClusterStatus(ClusterFolder.Info info, List<Shard> shards,
    SlurmQueue.@Nullable Task merge, int mergedCells, boolean submitted,
    AdaptiveShardCheck.@Nullable Result adaptive) {

  /**
   * One shard: its cells, how many are done, and its array task if squeue knows it.
   *
   * @param cells the cells it must hold; for an adaptive study, those done plus those it owes of
   *     the waves so far (the study's later waves are not known yet)
   * @param complete it holds all its cells; for an adaptive study, only once the study has
   *     reached its verdict
   */
  public record Shard(int index, int cells, int done, boolean started, boolean complete,
      SlurmQueue.@Nullable Task task) {
    /** Lacks cells and will not run again by itself. */
    public boolean needsResubmission() {
      return !complete && (task == null || !task.active());
    }
  }

  public ClusterStatus {
    shards = List.copyOf(shards);
  }

  public static ClusterStatus of(Path folder, SlurmQueue.CommandRunner runner) {
    ClusterFolder.Info info = ClusterFolder.read(folder);
    StudyDesign design = DesignJson.read(folder.resolve(ClusterFolder.DESIGN_FILE));
    List<Path> shardFolders = ClusterFolder.shardFolders(folder, info.shards());
    SlurmQueue.Jobs jobs = SlurmQueue.jobs(folder, info.shards());
    Map<Integer, SlurmQueue.Task> tasks = jobs.submitted() ? SlurmQueue.query(jobs, runner)
        : Map.of();
    List<Shard> shards = new ArrayList<>();
    AdaptiveShardCheck.Result adaptive = null;
    if (design.adaptive() != null) {
      adaptive = AdaptiveShardCheck.check(design, shardFolders);
      for (AdaptiveShardCheck.Shard s : adaptive.shards()) {
        shards.add(new Shard(s.spec().index(), s.done() + s.owed(), s.done(), s.started(),
            adaptive.complete(), tasks.get(s.spec().index())));
      }
    } else {
      for (ShardCheck.Shard s : ShardCheck.check(design, shardFolders)) {
        shards.add(new Shard(s.spec().index(), s.cells(), s.done(), s.started(), s.complete(),
            tasks.get(s.spec().index())));
      }
    }
    Path merged = ClusterFolder.results(folder).resolve(RunLedger.FILE_NAME);
    int mergedCells = Files.isRegularFile(merged) ? RunLedger.read(merged).results().size() : -1;
    return new ClusterStatus(info, shards, tasks.get(0), mergedCells, jobs.submitted(), adaptive);
  }

  public int cellsDone() {
    return shards.stream().mapToInt(Shard::done).sum();
  }

  /**
   * Shards that lack cells and will not run again by themselves, e.g. "3,5". For an adaptive
   * study before its verdict, every shard that is not queued or running: all of them plan the
   * waves still to come and run their shares.
   */
  public List<Shard> toResubmit() {
    return shards.stream().filter(Shard::needsResubmission).toList();
  }

  /** "3,5": the indices of {@code shards}, as submit.sh and Slurm's --array take them. */
  public static String indices(List<Shard> shards) {
    return String.join(",", shards.stream().map(s -> Integer.toString(s.index())).toList());
  }

  public boolean merged() {
    return mergedCells >= 0;
  }
}
