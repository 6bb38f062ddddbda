package org.sim2real.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.TestAbortedException;
import org.sim2real.core.cluster.ClusterFolder;
import org.sim2real.core.io.UserFacingException;
import org.sim2real.core.study.DesignJson;
import org.sim2real.core.study.RunLedger;
import org.sim2real.core.study.StudyDesign;
import org.sim2real.core.study.adaptive.AdaptiveShardCheck;
import org.sim2real.core.study.SyntheticStudyFiles;
import org.sim2real.testing.SameResults;
import org.sim2real.testing.SlurmCluster;

/**
 * The cluster folder of the {@code slurm} command on a real Slurm: a single-node cluster
 * ({@link SlurmCluster}: munged, slurmctld and slurmd from the Debian packages, started in a
 * temporary folder) gets the job array of a small synthetic study through the folder's
 * {@code submit.sh} (sbatch), and the merge job, which waits for the array, must leave results
 * equal to a local run of the same design cell by cell, test errors included; also when one array
 * task is cancelled mid-run with scancel and requeued; and an adaptive study's two shards, which
 * run its waves together, merged to the verdict and the cells of the study run whole. Skipped
 * with a message when Slurm is not
 * installed or cannot start here; once it runs, every wait has a generous timeout and failing to
 * finish fails the test.
 */
class SlurmIntegrationTest {
  private static final Duration JOB_TIMEOUT = Duration.ofMinutes(10);
  private static final Set<String> ENDED = Set.of("COMPLETED", "FAILED", "CANCELLED", "TIMEOUT",
      "OUT_OF_MEMORY", "NODE_FAIL", "PREEMPTED", "BOOT_FAIL", "DEADLINE");

  @TempDir static Path clusterDir;
  private static @Nullable SlurmCluster cluster;
  private static @Nullable String unavailable;
  @TempDir Path dir;

  /** Starts the cluster for the first test; every test is skipped, with the reason, without one. */
  @BeforeEach
  void startCluster() throws Exception {
    if (cluster == null && unavailable == null) {
      try {
        cluster = SlurmCluster.start(clusterDir);
      } catch (TestAbortedException e) {
        unavailable = e.getMessage();
        System.out.println("SlurmIntegrationTest skipped: " + unavailable);
      }
    }
    Assumptions.assumeTrue(unavailable == null, unavailable);
  }

  @AfterAll
  static void stopCluster() {
    if (cluster != null) {
      cluster.close();
    }
  }

  private static SlurmCluster cluster() {
    return java.util.Objects.requireNonNull(cluster, "the cluster runs");
  }

  private int cli(StringWriter out, String... args) {
    return WorkbenchCommand.execute(new PrintWriter(out, true), new PrintWriter(out, true), args);
  }

  /** Writes the data and the design, and the cluster folder with {@code slurm}. */
  private Path prepare(int epochs, int repetitions) throws IOException {
    SyntheticStudyFiles.write(dir, 400, 90);
    Path design = dir.resolve("design.json");
    DesignJson.write(ClusterCommandsTest.smallDesign(epochs, repetitions), design);
    Path folder = dir.resolve("cluster");
    StringWriter out = new StringWriter();
    assertEquals(0, cli(out, "slurm", design.toString(), "--shards", "3", "--out",
        folder.toString(), "--cpus-per-shard", "1"), out.toString());
    return folder;
  }

  /** The design run locally, the reference. */
  private Path localRun() {
    StringWriter out = new StringWriter();
    Path local = dir.resolve("local");
    assertEquals(0, cli(out, "run", dir.resolve("design.json").toString(), "--out",
        local.toString(), "--threads", "2"), out.toString());
    return local;
  }

  /** Runs the folder's submit.sh (sbatch) against the test cluster; returns {array, merge}. */
  private static String[] submit(Path folder) throws Exception {
    return submit(folder, "");
  }

  /** ... with these JVM options for the jobs (JAVA_TOOL_OPTIONS, which sbatch passes on). */
  private static String[] submit(Path folder, String jvmOptions) throws Exception {
    ProcessBuilder builder = new ProcessBuilder("bash", folder.resolve("submit.sh").toString())
        .redirectErrorStream(true);
    builder.environment().putAll(cluster().environment());
    if (!jvmOptions.isEmpty()) {
      builder.environment().put("JAVA_TOOL_OPTIONS", jvmOptions);
    }
    Process process = builder.start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(process.waitFor(60, TimeUnit.SECONDS), output);
    assertEquals(0, process.exitValue(), output);
    String array = null;
    String merge = null;
    for (String line : Files.readAllLines(folder.resolve(ClusterFolder.JOBS_FILE))) {
      String[] words = line.split(" ");
      if (words[0].equals("array")) {
        array = words[1];
      } else if (words[0].equals("merge")) {
        merge = words[1];
      }
    }
    assertTrue(array != null && merge != null, output);
    return new String[] {array, merge};
  }

  /** Waits for a job to end; returns its final state. */
  private static String awaitEnd(String jobId, Path folder) throws Exception {
    String[] state = {""};
    boolean ended = SlurmCluster.waitUntil(JOB_TIMEOUT, () -> {
      try {
        state[0] = cluster().state(jobId);
        return ENDED.contains(state[0]);
      } catch (IOException | InterruptedException e) {
        return false;
      }
    });
    assertTrue(ended, "job " + jobId + " did not end in " + JOB_TIMEOUT + " (state " + state[0]
        + "):\n" + logs(folder) + "\n" + cluster().run("squeue", "--array", "--states=all"));
    return state[0];
  }

  private static String logs(Path folder) throws IOException {
    StringBuilder text = new StringBuilder();
    try (Stream<Path> files = Files.list(folder.resolve("logs"))) {
      for (Path log : files.sorted().toList()) {
        text.append("--- ").append(log.getFileName()).append('\n')
            .append(Files.readString(log, StandardCharsets.UTF_8));
      }
    }
    return text.toString();
  }

  private static String log(Path folder, String name) throws IOException {
    return Files.readString(folder.resolve("logs").resolve(name), StandardCharsets.UTF_8);
  }

  private static String mergeLog(Path folder, String mergeJob) throws IOException {
    return log(folder, "merge-" + mergeJob + ".out");
  }

  /** The workbench's status command in a JVM that sees the test cluster. */
  private static String status(Path folder) throws Exception {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin",
        "java").toString(), "--add-modules=jdk.incubator.vector",
        "--enable-native-access=ALL-UNNAMED", "-cp", System.getProperty("java.class.path"),
        "org.sim2real.app.Launcher", "status", folder.toString()));
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.environment().putAll(cluster().environment());
    Process process = builder.start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(process.waitFor(120, TimeUnit.SECONDS), output);
    assertEquals(0, process.exitValue(), output);
    return output;
  }

  @Test
  void theJobArrayOfASmallStudySubmittedWithSbatchMergesToExactlyTheLocalRun() throws Exception {
    Path folder = prepare(6, 2);
    long start = System.nanoTime();
    String[] jobs = submit(folder);
    assertEquals("COMPLETED", awaitEnd(jobs[1], folder), logs(folder));
    long seconds = (System.nanoTime() - start) / 1_000_000_000L;
    for (int shard = 1; shard <= 3; shard++) {
      assertEquals("COMPLETED", cluster().state(jobs[0] + "_" + shard));
      assertTrue(log(folder, "shard-" + shard + ".out").contains("s2r: shard " + shard + "/3, job "
          + jobs[0] + "_" + shard), logs(folder));
    }
    assertTrue(mergeLog(folder, jobs[1]).contains("All 3 shards are complete"), logs(folder));

    int cells = SameResults.assertSameResults(localRun(), folder.resolve("results"));
    assertEquals(28, cells);
    String status = status(folder);
    assertTrue(status.contains("28 of 28 cells done") && status.contains("COMPLETED")
        && status.contains("Merge: job " + jobs[1] + " COMPLETED")
        && status.contains("Merged results: 28 cells"), status);
    System.out.printf(Locale.ROOT, "SlurmIntegrationTest: 3 shards of %d cells submitted with"
        + " sbatch, merged by the dependent job %ds after submitting; equal to the local run%n",
        cells, seconds);
  }

  @Test
  void anArrayTaskCancelledMidRunAndRequeuedResumesAndTheMergeStillEqualsTheLocalRun()
      throws Exception {
    Path folder = prepare(80, 6);
    // every shard holds after each finished cell while this file exists (HoldAfterCell), so the
    // cancel surely finds shard 1 mid-run, however fast the machine trains
    Path hold = folder.resolve("hold");
    Files.writeString(hold, "held by the test");
    long start = System.nanoTime();
    String[] jobs = submit(folder, "-D" + HoldAfterCell.PROPERTY + "=" + hold);
    String task = jobs[0] + "_1";
    Path ledger = ClusterFolder.shardFolder(folder, 1).resolve(RunLedger.FILE_NAME);
    assertTrue(SlurmCluster.waitUntil(JOB_TIMEOUT, () -> cellsIn(ledger) > 0),
        "shard 1 recorded no cell:\n" + logs(folder));
    cluster().run("scancel", task);
    assertTrue(SlurmCluster.waitUntil(Duration.ofMinutes(2), () -> stateIs(task, "CANCELLED")),
        "scancel did not end " + task + ":\n" + logs(folder));
    Files.delete(hold); // the other shards go on, and the requeued one runs through
    RunLedger.Contents stopped = RunLedger.read(ledger);
    assertEquals(List.of(), stopped.warnings(), "the cancelled run left whole lines only");
    int done = stopped.results().size();
    int shardCells = ClusterFolder.read(folder).cellsPerShard().get(0);
    assertTrue(done > 0 && done < shardCells, "cancelled mid-run: " + done + " of " + shardCells);

    cluster().run("scontrol", "requeue", task);
    // a requeued job waits two minutes before it may start again; let it start now
    cluster().run("scontrol", "update", "jobid=" + task, "StartTime=now");
    assertEquals("COMPLETED", awaitEnd(jobs[1], folder), logs(folder));
    long seconds = (System.nanoTime() - start) / 1_000_000_000L;
    String shardLog = log(folder, "shard-1.out");
    assertTrue(shardLog.contains("start 2 on") && shardLog.contains(done
        + " already in the ledger (resuming)"), shardLog);
    assertTrue(mergeLog(folder, jobs[1]).contains("All 3 shards are complete"), logs(folder));

    int cells = SameResults.assertSameResults(localRun(), folder.resolve("results"));
    assertEquals(84, cells);
    System.out.printf(Locale.ROOT, "SlurmIntegrationTest: task 1 cancelled after %d of its %d"
        + " cells, requeued and resumed; the merge waited for it and equals the local run (%d"
        + " cells), %ds after submitting%n", done, shardCells, cells, seconds);
  }

  @Test
  void anAdaptiveStudysShardsRunTheirWavesTogetherAndTheMergeHoldsTheWholeRunsVerdictAndCells()
      throws Exception {
    Files.writeString(dir.resolve("sim.csv"), RunCommandShardedAdaptiveTest.table(1600, 3, 1.0));
    Files.writeString(dir.resolve("exp.csv"), RunCommandShardedAdaptiveTest.table(120, 6, 1.1));
    Path design = dir.resolve("design.json");
    StringWriter out = new StringWriter();
    assertEquals(0, cli(out, "run", "--sim", dir.resolve("sim.csv").toString(), "--exp",
        dir.resolve("exp.csv").toString(), "--sizes", "50,100,200,400,800,1600", "--reps", "3",
        "--question", "error-at=1600", "--precision", "0.001", "--budget-cells", "14",
        "--save-design", design.toString()), out.toString());
    CommandLineTest.shortenTraining(design);
    Path folder = dir.resolve("cluster");
    assertEquals(0, cli(out, "slurm", design.toString(), "--shards", "2", "--out",
        folder.toString(), "--cpus-per-shard", "1"), out.toString());

    long start = System.nanoTime();
    String[] jobs = submit(folder);
    assertEquals("COMPLETED", awaitEnd(jobs[1], folder), logs(folder));
    long seconds = (System.nanoTime() - start) / 1_000_000_000L;
    for (int shard = 1; shard <= 2; shard++) {
      assertEquals("COMPLETED", cluster().state(jobs[0] + "_" + shard), logs(folder));
      String shardLog = log(folder, "shard-" + shard + ".out");
      assertTrue(shardLog.contains("every shard plans each wave from all 2 shards' ledgers")
          && shardLog.contains("Verdict: "), shardLog);
      assertTrue(cellsIn(ClusterFolder.shardFolder(folder, shard).resolve(RunLedger.FILE_NAME))
          > 0, "shard " + shard + " ran a share of the waves:\n" + logs(folder));
    }
    assertTrue(mergeLog(folder, jobs[1]).contains("All 2 shards together hold every cell of the"
        + " adaptive study's "), logs(folder));

    // the study run whole on this computer: the same cells, the same errors, the same verdict
    Path local = dir.resolve("local");
    StringWriter whole = new StringWriter();
    assertEquals(0, cli(whole, "run", design.toString(), "--out", local.toString(), "--threads",
        "1"), whole.toString());
    int cells = SameResults.assertSameResults(local, folder.resolve("results"));
    StudyDesign resolved = DesignJson.read(folder.resolve("results").resolve("design.json"));
    AdaptiveShardCheck.Result merged = AdaptiveShardCheck.check(resolved,
        List.of(folder.resolve("results")));
    AdaptiveShardCheck.Result reference = AdaptiveShardCheck.check(resolved, List.of(local));
    assertTrue(merged.complete() && reference.complete(), merged.waves().toString());
    assertEquals(reference.wave(), merged.wave(), "the same number of waves");
    assertEquals(reference.waves().getLast().decision().verdict(),
        merged.waves().getLast().decision().verdict());
    var answer = java.util.Objects.requireNonNull(merged.waves().getLast().decision().answer());
    var expected = java.util.Objects.requireNonNull(
        reference.waves().getLast().decision().answer());
    assertEquals(expected.value(), answer.value(), "the same answer");
    assertEquals(expected.interval(), answer.interval(), "the same interval");
    String status = status(folder);
    int waves = merged.wave() - 1;
    assertTrue(status.contains("Verdict reached after " + waves + (waves == 1 ? " wave" : " waves"))
        && status.contains("Merge: job " + jobs[1] + " COMPLETED")
        && status.contains("Merged results: " + cells + " cells"), status);
    System.out.printf(Locale.ROOT, "SlurmIntegrationTest: an adaptive study's 2 shards submitted"
        + " with sbatch ran %d waves together to the verdict (%s); merged %d cells %ds after"
        + " submitting, equal to the study run whole%n", merged.wave() - 1,
        merged.waves().getLast().decision().verdict(), cells, seconds);
  }

  /** Cells in a shard's ledger so far; none while the run is still creating it (no header yet). */
  private static int cellsIn(Path ledger) {
    try {
      return Files.exists(ledger) ? RunLedger.read(ledger).results().size() : 0;
    } catch (UserFacingException beingCreated) {
      return 0;
    }
  }

  private static boolean stateIs(String jobId, String state) {
    try {
      return cluster().state(jobId).equals(state);
    } catch (IOException | InterruptedException e) {
      return false;
    }
  }
}
