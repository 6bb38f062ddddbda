package org.sim2real.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.sim2real.core.cluster.ClusterEstimate;
import org.sim2real.core.cluster.ClusterFolder;
import org.sim2real.core.cluster.ClusterJob;
import org.sim2real.core.cluster.SlurmQueue;
import org.sim2real.core.cluster.WorkbenchLauncher;
import org.sim2real.core.io.UserFacingException;
import org.sim2real.core.study.DesignJson;
import org.sim2real.core.study.ShardSpec;
import org.sim2real.core.study.StepTimer;
import org.sim2real.core.study.StudyDesign;
import org.sim2real.core.study.StudyPlan;
import org.sim2real.core.study.StudyPlanner;
import org.sim2real.core.study.WorkOrder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine;

/** {@code slurm}: writes (and optionally submits) a study as a Slurm job array of shards. */
@Command(name = "slurm", mixinStandardHelpOptions = true, sortOptions = false,
    description = "Prepares a study for a Slurm cluster: plans it (which checks the design and the"
        + " data), then writes into --out the resolved design, a job array of --shards tasks (one"
        + " shard each, resumable after a requeue, preemption or time limit), a merge job that"
        + " waits for the array and refuses a partial study, and submit.sh, which submits both."
        + " The cores, memory and time limit per shard are estimated from the design. An adaptive"
        + " design's shards (run --shard i/N --shard-folders ...) run its waves together and must"
        + " all run at the same time; their resources are upper bounds. --submit also submits"
        + " them; 'status DIR' shows the progress.")
public final class SlurmCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", paramLabel = "DESIGN.json", description = "the study design file")
  Path designFile;

  @Option(names = "--shards", required = true, paramLabel = "N",
      description = "tasks of the job array; each runs a share of the work groups")
  int shards;

  @Option(names = "--out", required = true, paramLabel = "DIR",
      description = "the cluster folder to write (new or empty, or this study's own folder)")
  Path out;

  @Option(names = "--cpus-per-shard", paramLabel = "C",
      description = "cores per shard, cells trained at once (default: up to 4, no more than the"
          + " largest shard's work groups)")
  @Nullable Integer cpus;

  @Option(names = "--mem", paramLabel = "SIZE",
      description = "memory per shard, e.g. 8G (default: estimated from the design)")
  @Nullable String memory;

  @Option(names = "--time", paramLabel = "TIME",
      description = "time limit per shard, e.g. 04:00:00 or 2-00:00:00 (default: estimated)")
  @Nullable String time;

  @Option(names = "--partition", paramLabel = "NAME", description = "Slurm partition")
  @Nullable String partition;

  @Option(names = "--account", paramLabel = "NAME", description = "Slurm account")
  @Nullable String account;

  @Option(names = "--sbatch-option", paramLabel = "OPT",
      description = "a further #SBATCH option for both jobs, e.g. --qos=short (repeatable)")
  List<String> extraOptions = new ArrayList<>();

  @Option(names = "--requeues", paramLabel = "R",
      description = "how often a shard near its time limit stops cleanly and goes back into the"
          + " queue (default: 3)")
  int requeues = 3;

  @Option(names = "--java", paramLabel = "PATH",
      description = "the java of JDK 25 on the compute nodes (default: the one running now)")
  @Nullable Path java;

  @Option(names = "--submit", description = "submit the jobs now with sbatch (./submit.sh)")
  boolean submit;

  @Option(names = "--threads", paramLabel = "T",
      description = "threads for planning here (default: number of cores)")
  int threads = Runtime.getRuntime().availableProcessors();

  @Override
  public Integer call() throws IOException, InterruptedException {
    PrintWriter console = spec.commandLine().getOut();
    if (shards < 1 || shards > ClusterJob.MAX_SHARDS) {
      throw new UserFacingException("--shards must be from 1 to " + ClusterJob.MAX_SHARDS
          + ", got " + shards);
    }
    if (submit && !SlurmQueue.onPath("sbatch")) {
      throw new UserFacingException("--submit needs sbatch, which is not on the PATH here: run"
          + " the command on the cluster's login node, or leave out --submit and run submit.sh"
          + " there");
    }
    WorkbenchLauncher launcher = java == null ? WorkbenchLauncher.current()
        : WorkbenchLauncher.withJava(java);
    StudyDesign design = DesignJson.read(designFile);
    Path base = designFile.toAbsolutePath().getParent();
    long start = System.nanoTime();
    StudyPlan plan = StudyPlanner.plan(design, base, Math.max(1, threads),
        status -> console.println(status + " ..."));
    Duration planning = Duration.ofNanos(System.nanoTime() - start);
    List<WorkOrder.Group> groups = WorkOrder.groups(plan.design());
    console.printf(Locale.ROOT, "Study: %,d cells in %d work groups; design %s%n",
        plan.cells().size(), groups.size(), plan.designHash().substring(0, 12));
    if (shards > groups.size()) {
      throw new UserFacingException("this design has " + groups.size() + " work groups (each"
          + " pretrained model with its cells, and each scratch baseline), so it splits into at"
          + " most " + groups.size() + " shards; use --shards " + groups.size() + " or fewer");
    }
    int cores = cpus != null ? cpus : defaultCores(plan);
    OptionalDouble rate = OptionalDouble.empty();
    if (time == null) {
      console.println("Timing the training on this machine ...");
      rate = ClusterEstimate.stepRate(plan, StepTimer.training());
    }
    @Nullable Double stepsPerSecond = rate.isPresent() ? rate.getAsDouble() : null;
    ClusterEstimate estimate = plan.design().adaptive() != null
        ? ClusterEstimate.ofAdaptive(plan, Math.max(1, cores), stepsPerSecond, planning)
        : ClusterEstimate.of(plan, shards, Math.max(1, cores), stepsPerSecond, planning);
    long memoryMegabytes = memory == null ? estimate.memory().processMegabytes()
        : ClusterJob.parseMegabytes(memory);
    long heapMegabytes = memory == null ? estimate.memory().heapMegabytes()
        : heapFor(memoryMegabytes);
    Duration limit = time == null ? estimate.timeLimit() : ClusterJob.parseTime(time);
    ClusterJob job = new ClusterJob(ClusterJob.nameFor(plan.design().name()), shards, cores,
        memoryMegabytes, heapMegabytes, limit, partition, account, requeues, extraOptions);
    List<String> resources = List.of(
        memory == null ? estimate.memoryExplanation(cores) : "memory: " + memory + " as given",
        time == null ? estimate.timeExplanation() : "time: " + time + " as given");
    ClusterFolder.Info info = ClusterFolder.write(out, plan, base, job, launcher, resources);
    report(console, info, job);
    if (submit) {
      Process process = new ProcessBuilder("bash", out.resolve(ClusterFolder.SUBMIT_SCRIPT)
          .toString()).inheritIO().start();
      int exit = process.waitFor();
      if (exit != 0) {
        throw new UserFacingException("submit.sh failed (exit code " + exit + "; sbatch says why"
            + " above); fix that and run " + out.resolve(ClusterFolder.SUBMIT_SCRIPT));
      }
    }
    return ExitCodes.OK;
  }

  /** Up to 4 cores, but no more than the largest shard has groups to run at once. */
  private int defaultCores(StudyPlan plan) {
    int most = 1;
    for (int i = 1; i <= shards; i++) {
      most = Math.max(most, WorkOrder.groups(plan.design(), new ShardSpec(i, shards)).size());
    }
    return Math.min(4, most);
  }

  /** The heap inside a memory limit the user chose: four fifths of what is left after 256 MB. */
  static long heapFor(long memoryMegabytes) {
    return Math.max(256, (memoryMegabytes - 256) * 4 / 5);
  }

  private void report(PrintWriter console, ClusterFolder.Info info, ClusterJob job) {
    if (info.adaptiveStudy()) {
      console.printf(Locale.ROOT, "Adaptive study: %s. The %d shards run its waves together,"
          + " each a share of every wave, so all of them must run at the same time; their cells"
          + " are chosen as it runs (at most the grid's %,d in all).%n", info.adaptive(),
          info.shards(), info.cells());
    }
    console.printf(Locale.ROOT, "Shards: %d (%s); each %d core%s, %,d MB of memory (Java"
        + " heap %,d MB), time limit %s%s%n", info.shards(), info.adaptiveStudy()
        ? "cells chosen wave by wave" : cellsList(info.cellsPerShard()) + " cells",
        job.cpusPerShard(), job.cpusPerShard() == 1 ? "" : "s", job.memoryMegabytes(),
        job.heapMegabytes(), info.timeLimit(), info.adaptiveStudy() ? " (upper bounds)" : "");
    for (String line : info.estimate()) {
      console.println("  " + line);
    }
    Path folder = out.toAbsolutePath().normalize();
    console.println("Written to " + folder + ":");
    console.println("  design.json    the resolved design, data files by absolute path");
    console.println("  study.sbatch   the job array: task i runs shard i into shards/shard-i"
        + (info.adaptiveStudy() ? ", reading every shard's folder before each wave" : ""));
    console.println("  merge.sbatch   merges the shards into results/ when the array has ended;"
        + (info.adaptiveStudy() ? " replays the study's planner over the shards' ledgers and names"
            + " the wave and cells still missing instead of merging a study without its verdict"
            : " names missing shards instead of merging a partial study"));
    console.println("  submit.sh      submits both; " + (info.adaptiveStudy() ? "submit.sh runs all"
        + " the shards again after a stop (each resumes from its ledger)"
        : "submit.sh 3,5 runs shards 3 and 5 again"));
    if (!submit) {
      console.println("Submit on the cluster's login node:  " + folder.resolve(
          ClusterFolder.SUBMIT_SCRIPT));
    }
    console.println("Progress:  status " + folder + "   (a shard that stopped resumes from its"
        + " ledger when it runs again)");
  }

  private static String cellsList(List<Integer> cells) {
    if (cells.size() > 8) {
      int min = cells.stream().mapToInt(Integer::intValue).min().orElse(0);
      int max = cells.stream().mapToInt(Integer::intValue).max().orElse(0);
      return min == max ? Integer.toString(min) + " each" : min + " to " + max;
    }
    List<String> parts = new ArrayList<>();
    cells.forEach(c -> parts.add(Integer.toString(c)));
    return String.join(", ", parts);
  }
}
