package org.sim2real.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sim2real.cli.ClusterCommandsTest.await;
import static org.sim2real.cli.ClusterCommandsTest.read;
import static org.sim2real.cli.ClusterCommandsTest.script;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sim2real.core.cluster.ClusterFolder;
import org.sim2real.core.study.CellResult;
import org.sim2real.core.study.RunLedger;
import org.sim2real.testing.SameResults;

/**
 * {@code slurm}, {@code status} and {@code merge --expect-shards} for an adaptive design, without
 * a cluster: the job array's tasks are the shards of {@code run --shard i/N --shard-folders ...},
 * run here as Slurm would run them (bash with the array task's environment, both at once, as they
 * wait for each other between waves); the merge replays the planner over their ledgers and gives
 * the cells of the study run whole. The real Slurm run is {@code SlurmIntegrationTest}'s.
 */
class ClusterAdaptiveCommandsTest extends CommandLineTest {
  @TempDir Path dir;

  /** The small adaptive study of {@link RunCommandShardedAdaptiveTest}: 6 sizes, 3 repetitions. */
  private Path design(String... budget) throws Exception {
    Files.writeString(dir.resolve("sim.csv"), RunCommandShardedAdaptiveTest.table(1600, 3, 1.0));
    Files.writeString(dir.resolve("exp.csv"), RunCommandShardedAdaptiveTest.table(120, 6, 1.1));
    Path design = dir.resolve("design.json");
    List<String> args = new java.util.ArrayList<>(List.of("run", "--sim",
        dir.resolve("sim.csv").toString(), "--exp", dir.resolve("exp.csv").toString(), "--sizes",
        "50,100,200,400,800,1600", "--reps", "3", "--question", "error-at=1600", "--precision",
        "0.001", "--save-design", design.toString()));
    args.addAll(List.of(budget));
    assertEquals(0, run(args.toArray(String[]::new)), err.toString());
    shortenTraining(design);
    return design;
  }

  private String status(Path folder) {
    out.getBuffer().setLength(0);
    assertEquals(0, run("status", folder.toString()), err.toString());
    return out.toString();
  }

  @Test
  void theJobArrayRunsTheShardsTogetherAndTheMergeHoldsTheVerdictAndTheWholeStudysCells()
      throws Exception {
    Path design = design("--budget-cells", "14");
    Path folder = dir.resolve("cluster");
    assertEquals(0, run("slurm", design.toString(), "--shards", "2", "--out", folder.toString(),
        "--cpus-per-shard", "1"), err.toString());
    String printed = out.toString();
    assertTrue(printed.contains("Adaptive study: error at n = 1,600, ")
        && printed.contains("budget 14 cells. The 2 shards run its waves together")
        && printed.contains("Shards: 2 (cells chosen wave by wave); each 1 core, ")
        && printed.contains("(upper bounds)")
        && printed.contains("time: an upper bound, as an adaptive study's waves are chosen as it"
            + " runs and every shard waits for the others' share of each wave: the whole grid"
            + " trained by one shard, about "), printed);

    ClusterFolder.Info info = ClusterFolder.read(folder);
    assertTrue(info.adaptiveStudy());
    assertEquals(List.of(), info.cellsPerShard(), "a shard's cells are chosen as the study runs");
    String study = Files.readString(folder.resolve("study.sbatch"));
    assertTrue(study.contains("ALL THE TASKS MUST RUN AT THE SAME TIME")
        && study.contains("Do not throttle the array (no %k in\n# --array)")
        && study.contains("#SBATCH --array=1-2\n") && study.contains("#SBATCH --requeue\n")
        && study.contains("#SBATCH --signal=B:USR1@300\n")
        && study.contains("an upper bound from the design"), study);
    assertTrue(study.contains("run design.json --threads \"$THREADS\" --shard \"$shard/$SHARDS\""
        + " --out \"shards/shard-$shard\" \\\n    --shard-folders shards/shard-{1..2} &\n"), study);
    String merge = Files.readString(folder.resolve("merge.sbatch"));
    assertTrue(merge.contains("merge --expect-shards 2 shards/shard-{1..2} --out results.partial")
        && merge.contains("replaying the adaptive study's\n# planner"), merge);

    String before = status(folder);
    assertTrue(before.contains("Adaptive study s2r-") && before.contains(" in 2 shards that run"
        + " its waves together: 0 cells done") && before.contains("Wave 1 of the study is under"
        + " way") && before.contains("Shard 1/2 owes ") && before.contains("Shard 2/2 owes "),
        before);

    // both tasks at once, as the array runs them: each its share of every wave
    Path log1 = dir.resolve("shard-1.log");
    Path log2 = dir.resolve("shard-2.log");
    Process one = script(folder, "study.sbatch", Map.of("SLURM_ARRAY_TASK_ID", "1",
        "SLURM_ARRAY_JOB_ID", "51"), log1);
    Process two = script(folder, "study.sbatch", Map.of("SLURM_ARRAY_TASK_ID", "2",
        "SLURM_ARRAY_JOB_ID", "51"), log2);
    assertEquals(0, await(one, log1), read(log1));
    assertEquals(0, await(two, log2), read(log2));
    assertTrue(read(log1).contains("Verdict: ") && read(log2).contains("Verdict: "), read(log1));
    String verdict = read(log1).substring(read(log1).indexOf("Verdict: ") + 9).lines()
        .findFirst().orElseThrow();

    String after = status(folder);
    assertTrue(after.contains("Verdict reached after ") && after.contains(verdict.split(" \\(")[0])
        && !after.contains(" owes "), after);

    Path mergeLog = dir.resolve("merge.log");
    assertEquals(0, await(script(folder, "merge.sbatch", Map.of(), mergeLog), mergeLog),
        read(mergeLog));
    assertTrue(read(mergeLog).contains("All 2 shards together hold every cell of the adaptive"
        + " study's "), read(mergeLog));

    // the unsharded study: the same cells with the same errors
    assertEquals(0, run("run", design.toString(), "--out", dir.resolve("local").toString(),
        "--threads", "1"), err.toString());
    int cells = SameResults.assertSameResults(dir.resolve("local"), folder.resolve("results"));
    assertTrue(cells > 0 && cells <= 14, "within the budget of cells: " + cells);
    assertTrue(status(folder).contains("Merged results: " + cells + " cells"));

    // a shard's last cell lost: status names what it owes, the merge refuses (exit code 3)
    Path ledger = ClusterFolder.shardFolder(folder, 2).resolve(RunLedger.FILE_NAME);
    List<String> lines = Files.readAllLines(ledger);
    CellResult lost = RunLedger.read(ledger).results().getLast();
    Files.write(ledger, lines.subList(0, lines.size() - 1));
    String owed = String.format(java.util.Locale.ROOT, "n = %,d, repetition %d", lost.n(),
        lost.repetition() + 1);
    String lacking = status(folder);
    assertTrue(lacking.contains("Shard 2/2 owes " + owed) && !lacking.contains("Shard 1/2 owes"),
        lacking);
    Path again = dir.resolve("merge-again.log");
    assertEquals(ExitCodes.INCOMPLETE, await(script(folder, "merge.sbatch", Map.of(), again),
        again), read(again));
    assertTrue(read(again).contains("so nothing was merged")
        && read(again).contains("shard 2/2: ") && read(again).contains("lacks " + owed)
        && read(again).contains("missing cells: " + lost.cellId())
        && read(again).contains("./submit.sh"), read(again));
    assertFalse(Files.exists(folder.resolve("results.partial")));
  }

  @Test
  void oneShardRunsTheAdaptiveStudyAloneWithoutAListOfFolders() throws Exception {
    Path design = design("--budget-cells", "14");
    Path folder = dir.resolve("cluster");
    assertEquals(0, run("slurm", design.toString(), "--shards", "1", "--out", folder.toString(),
        "--cpus-per-shard", "1", "--time", "1h"), err.toString());
    String study = Files.readString(folder.resolve("study.sbatch"));
    assertTrue(study.contains(" --out \"shards/shard-$shard\" &\n")
        && !study.contains("--shard-folders"), "one shard runs the study alone: " + study);
    Path log = dir.resolve("shard-1.log");
    assertEquals(0, await(script(folder, "study.sbatch", Map.of("SLURM_ARRAY_TASK_ID", "1"), log),
        log), read(log));
    assertTrue(read(log).contains("Verdict: "), read(log));
    assertTrue(status(folder).contains("Verdict reached after "));
  }
}
