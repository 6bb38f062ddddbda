package org.sim2real.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sim2real.core.cluster.ClusterFolder;
import org.sim2real.core.model.Activation;
import org.sim2real.core.model.MlpSettings;
import org.sim2real.core.model.ModelSpec;
import org.sim2real.core.model.TrainingLength;
import org.sim2real.core.study.DesignJson;
import org.sim2real.core.study.RunLedger;
import org.sim2real.core.study.StudyDesign;
import org.sim2real.core.study.SyntheticStudyFiles;
import org.sim2real.testing.SameResults;

/**
 * The {@code slurm}, {@code merge --expect-shards} and {@code status} commands without a cluster:
 * the folder that {@code slurm} writes is run the way Slurm runs it (bash with the array task's
 * environment), and the merged result must equal a local run cell by cell. The real Slurm test
 * ({@code core.cluster.SlurmClusterIntegrationTest}) submits the same scripts with sbatch.
 */
class ClusterCommandsTest extends CommandLineTest {
  @TempDir Path dir;

  /** A small study: 3 sizes, 2 transfer strategies, 2 m, 2 repetitions; 10 work groups. */
  static StudyDesign smallDesign(int epochs, int repetitions) {
    MlpSettings base = new MlpSettings(List.of(12, 6), Activation.RELU, 1e-2, 32,
        TrainingLength.epochs(epochs), 0.9, 0.999, 1e-8, 0, null);
    ModelSpec.Mlp model = new ModelSpec.Mlp(
        base.withLength(TrainingLength.stepBudget(epochs, 5 * epochs, 10 * epochs)),
        base.withLearningRate(3e-3), base, base);
    return SyntheticStudyFiles.design().withModel(model).withName("synthetic oxides")
        .withSizes(List.of(40, 80, 160)).withExperimentalSizes(List.of(20, 60))
        .withRepetitions(repetitions);
  }

  @BeforeEach
  void writeData() throws IOException {
    SyntheticStudyFiles.write(dir, 400, 90);
  }

  private Path design(int epochs, int repetitions) {
    Path file = dir.resolve("design-" + epochs + "-" + repetitions + ".json");
    DesignJson.write(smallDesign(epochs, repetitions), file);
    return file;
  }

  /** Runs a script of the folder with bash as Slurm would, output into {@code log}. */
  static Process script(Path folder, String script, Map<String, String> env, Path log)
      throws IOException {
    ProcessBuilder builder = new ProcessBuilder("bash", script).directory(folder.toFile())
        .redirectErrorStream(true).redirectOutput(log.toFile());
    builder.environment().putAll(env);
    return builder.start();
  }

  static int await(Process process, Path log) throws Exception {
    if (!process.waitFor(300, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("the script did not finish:\n" + Files.readString(log));
    }
    return process.exitValue();
  }

  static String read(Path log) throws IOException {
    return Files.readString(log, StandardCharsets.UTF_8);
  }

  @Test
  void theWrittenFolderRunsShardByShardAndMergesToExactlyTheLocalRun() throws Exception {
    Path design = design(6, 2);
    Path folder = dir.resolve("cluster");
    assertEquals(0, run("slurm", design.toString(), "--shards", "3", "--out", folder.toString(),
        "--cpus-per-shard", "1"), err.toString());
    assertTrue(out.toString().contains("Shards: 3 (") && out.toString().contains(" cells); each 1"
        + " core, "), out.toString());
    for (String file : List.of("design.json", "cluster.json", "study.sbatch", "merge.sbatch",
        "submit.sh")) {
      assertTrue(Files.isRegularFile(folder.resolve(file)), file);
    }
    assertTrue(Files.isExecutable(folder.resolve("submit.sh")));
    ClusterFolder.Info info = ClusterFolder.read(folder);
    assertEquals(3, info.shards());
    assertEquals(28, info.cells());
    assertEquals(28, info.cellsPerShard().stream().mapToInt(Integer::intValue).sum());
    String study = Files.readString(folder.resolve("study.sbatch"));
    assertTrue(study.contains("#SBATCH --array=1-3\n") && study.contains("#SBATCH --requeue\n")
        && study.contains("#SBATCH --cpus-per-task=1\n") && study.contains("#SBATCH --mem="),
        study);
    assertTrue(Files.readString(folder.resolve("submit.sh"))
        .contains("--dependency=\"afterany:$array\""));

    for (int shard = 1; shard <= 2; shard++) {
      Path log = dir.resolve("shard-" + shard + ".log");
      assertEquals(0, await(script(folder, "study.sbatch",
          Map.of("SLURM_ARRAY_TASK_ID", Integer.toString(shard), "SLURM_ARRAY_JOB_ID", "41"),
          log), log), read(log));
    }
    // shard 3 has not run: the merge names it and merges nothing
    Path early = dir.resolve("merge-early.log");
    assertEquals(ExitCodes.INCOMPLETE, await(script(folder, "merge.sbatch", Map.of(), early),
        early), read(early));
    assertTrue(read(early).contains("1 of 3 shards lack cells")
        && read(early).contains("shard 3/3: not started")
        && read(early).contains("./submit.sh 3"), read(early));
    assertFalse(Files.exists(folder.resolve("results")), "nothing merged");

    Path log3 = dir.resolve("shard-3.log");
    assertEquals(0, await(script(folder, "study.sbatch", Map.of("SLURM_ARRAY_TASK_ID", "3"),
        log3), log3), read(log3));
    Path merge = dir.resolve("merge.log");
    assertEquals(0, await(script(folder, "merge.sbatch", Map.of(), merge), merge), read(merge));
    assertTrue(read(merge).contains("All 3 shards are complete"), read(merge));

    assertEquals(0, run("run", design.toString(), "--out", dir.resolve("local").toString(),
        "--threads", "2"), err.toString());
    assertEquals(28, SameResults.assertSameResults(dir.resolve("local"),
        folder.resolve("results")));

    // merging again (the merge job resubmitted) replaces the results with the same
    assertEquals(0, await(script(folder, "merge.sbatch", Map.of(), merge), merge), read(merge));
    SameResults.assertSameResults(dir.resolve("local"), folder.resolve("results"));

    out.getBuffer().setLength(0);
    assertEquals(0, run("status", folder.toString()), err.toString());
    assertTrue(out.toString().contains("28 of 28 cells done")
        && out.toString().contains("Merged results: 28 cells")
        && out.toString().contains("Not submitted yet"), out.toString());
  }

  @Test
  void nearTheTimeLimitAShardStopsCleanlyRequeuesItselfAndResumes() throws Exception {
    Path design = design(40, 6); // a few seconds of training: the signal finds it running
    Path folder = dir.resolve("cluster");
    assertEquals(0, run("slurm", design.toString(), "--shards", "1", "--out", folder.toString(),
        "--cpus-per-shard", "1", "--time", "01:00:00", "--mem", "2G"), err.toString());
    String study = Files.readString(folder.resolve("study.sbatch"));
    assertTrue(study.contains("#SBATCH --time=01:00:00\n") && study.contains("#SBATCH --mem=2048M")
        && study.contains("-Xmx1433m"), study);
    Path bin = Files.createDirectories(dir.resolve("bin"));
    Path calls = dir.resolve("scontrol.calls");
    Files.writeString(bin.resolve("scontrol"), "#!/bin/bash\necho \"$@\" >> " + calls + "\n");
    assertTrue(bin.resolve("scontrol").toFile().setExecutable(true));
    Map<String, String> env = Map.of("SLURM_ARRAY_TASK_ID", "1", "SLURM_ARRAY_JOB_ID", "77",
        "PATH", bin + ":" + System.getenv("PATH"));

    Path log = dir.resolve("first.log");
    Process first = script(folder, "study.sbatch", env, log);
    awaitLine(log, " MAE ", first);
    new ProcessBuilder("kill", "-USR1", Long.toString(first.pid())).start().waitFor();
    assertEquals(128 + 15, await(first, log), "the run stopped on SIGTERM: " + read(log));
    assertTrue(read(log).contains("the time limit is near; shard 1 stops cleanly")
        && read(log).contains("run the same command again to resume")
        && read(log).contains("goes back into the queue"), read(log));
    assertEquals(List.of("requeue 77_1"), Files.readAllLines(calls));
    int done = RunLedger.read(folder.resolve("shards/shard-1/ledger.jsonl")).results().size();
    assertTrue(done > 0 && done < 84, "stopped part-way: " + done);

    // the requeued task, as Slurm starts it again: it resumes, and at the limit of requeues a
    // time-limit warning stops it without requeueing once more
    Map<String, String> last = new java.util.HashMap<>(env);
    last.put("SLURM_RESTART_COUNT", "3");
    Path again = dir.resolve("again.log");
    Process resumed = script(folder, "study.sbatch", last, again);
    awaitLine(again, done + " already in the ledger (resuming)", resumed);
    awaitLine(again, " MAE ", resumed);
    new ProcessBuilder("kill", "-USR1", Long.toString(resumed.pid())).start().waitFor();
    await(resumed, again);
    assertFalse(read(again).contains("goes back into the queue"), read(again));
    assertEquals(List.of("requeue 77_1"), Files.readAllLines(calls), "no further requeue");

    Path finish = dir.resolve("finish.log");
    assertEquals(0, await(script(folder, "study.sbatch", env, finish), finish), read(finish));
    assertEquals(84, RunLedger.read(folder.resolve("shards/shard-1/ledger.jsonl")).results()
        .size());
  }

  /** Polls the log (a child's output file) until a line contains {@code text}. */
  private static void awaitLine(Path log, String text, Process process) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    while (System.nanoTime() < deadline) {
      if (read(log).contains(text)) {
        return;
      }
      if (!process.isAlive()) {
        throw new AssertionError("ended before '" + text + "':\n" + read(log));
      }
      Thread.sleep(20);
    }
    throw new AssertionError("no '" + text + "' in 120 s:\n" + read(log));
  }

  @Test
  void aFolderOfAnotherDesignIsRefusedAndTooManyShardsAreExplained() throws Exception {
    Path folder = dir.resolve("cluster");
    assertEquals(0, run("slurm", design(6, 2).toString(), "--shards", "2", "--out",
        folder.toString(), "--time", "1h"), err.toString());
    assertEquals(0, run("slurm", design(6, 2).toString(), "--shards", "4", "--out",
        folder.toString(), "--time", "1h"), "the same study may be written again: " + err);
    assertEquals(ExitCodes.USER_ERROR, run("slurm", design(6, 3).toString(), "--shards", "2",
        "--out", folder.toString(), "--time", "1h"));
    assertTrue(err.toString().contains("holds the cluster run of another study design"),
        err.toString());
    assertEquals(ExitCodes.USER_ERROR, run("slurm", design(6, 2).toString(), "--shards", "11",
        "--out", dir.resolve("other").toString(), "--time", "1h"));
    assertTrue(err.toString().contains("splits into at most 10 shards"), err.toString());
    assertEquals(ExitCodes.USER_ERROR, run("slurm", design(6, 2).toString(), "--shards", "2",
        "--out", dir.resolve("other").toString(), "--time", "soon"));
    assertTrue(err.toString().contains("time 'soon': write HH:MM:SS"), err.toString());
  }

  @Test
  void mergeExpectingShardsRefusesAnotherNumberOfFolders() {
    List<String> args = new ArrayList<>(List.of("merge", "--expect-shards", "3",
        dir.resolve("a").toString(), dir.resolve("b").toString(), "--out",
        dir.resolve("m").toString()));
    assertEquals(ExitCodes.USER_ERROR, run(args.toArray(String[]::new)));
    assertTrue(err.toString().contains("--expect-shards 3 needs the 3 shard folders"),
        err.toString());
  }
}
