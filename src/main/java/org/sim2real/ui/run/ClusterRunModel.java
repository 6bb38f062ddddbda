package org.sim2real.ui.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Executor;
import java.util.function.BooleanSupplier;
import java.util.function.LongSupplier;
import java.util.stream.Stream;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import org.jspecify.annotations.Nullable;
import org.sim2real.core.cluster.ClusterEstimate;
import org.sim2real.core.cluster.ClusterFolder;
import org.sim2real.core.cluster.ClusterJob;
import org.sim2real.core.cluster.ClusterStatus;
import org.sim2real.core.cluster.WorkbenchLauncher;
import org.sim2real.core.io.AtomicFiles;
import org.sim2real.core.io.UserFacingException;
import org.sim2real.core.study.DatasetSpec;
import org.sim2real.core.study.RunLedger;
import org.sim2real.core.study.ShardSpec;
import org.sim2real.core.study.StepTimer;
import org.sim2real.core.study.StudyPlan;
import org.sim2real.core.study.WorkOrder;
import org.sim2real.core.study.adaptive.AdaptiveShardCheck;
import org.sim2real.ui.common.DialogService;
import org.sim2real.ui.common.ProjectSession;
import org.sim2real.ui.common.Texts;
import org.sim2real.ui.common.study.DesignSession;
import org.sim2real.ui.common.study.PlanService;
import org.sim2real.ui.common.study.StudySummaryModel;

/**
 * "Run on a Cluster…" and "Open Merged Results…" of the Run step. The first plans the design,
 * writes a cluster folder for it as the {@code slurm} command does (core.cluster's
 * {@link ClusterFolder}: the resolved design with the data files by absolute path, the job array
 * of shards with cores, memory and time limit estimated from the design, the merge job and
 * submit.sh) and tells the user what to copy to the cluster and what to run there. The second
 * takes such a folder back once its merge job has run: the merged results become the project's
 * results folder (copied next to the project when they lie elsewhere), so the Run step shows them
 * done and the Scaling step fits them; before the merge it says how far the shards are. FX thread
 * only; the writing, timing and copying run on {@code io}.
 */
public final class ClusterRunModel {
  /** Shards offered by default: a handful of jobs, each worth queueing for. */
  static final int DEFAULT_SHARDS = 4;
  /** The folder next to the project that merged results from elsewhere are copied into. */
  static final String COPIED_RESULTS = "cluster-results";

  private final DesignSession design;
  private final PlanService plans;
  private final DialogService dialogs;
  private final BooleanSupplier saveProject;
  private final Executor io;
  private final Executor fxThread;
  private final StepTimer timer;
  private final LongSupplier nanos;
  private final IntegerProperty shards = new SimpleIntegerProperty(this, "shards",
      DEFAULT_SHARDS);
  private final ReadOnlyStringWrapper note = new ReadOnlyStringWrapper(this, "note", "");
  private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
  private @Nullable Path lastFolder;

  /**
   * @param saveProject saves the project (asking where when it has no file); true when saved
   * @param io writes and reads cluster folders and times the training (off the FX thread)
   * @param fxThread runs completions on the FX thread
   * @param timer times the design's training here, for the time limit per shard
   * @param nanos the clock that times the planning
   */
  public ClusterRunModel(DesignSession design, PlanService plans, DialogService dialogs,
      BooleanSupplier saveProject, Executor io, Executor fxThread, StepTimer timer,
      LongSupplier nanos) {
    this.design = design;
    this.plans = plans;
    this.dialogs = dialogs;
    this.saveProject = saveProject;
    this.io = io;
    this.fxThread = fxThread;
    this.timer = timer;
    this.nanos = nanos;
  }

  /** Asks for a new or empty folder, then plans the design and writes the cluster folder there. */
  public void writeFolder() {
    if (busy.get()) {
      return;
    }
    PlanService.PlanKey key;
    try {
      key = design.planKey();
    } catch (UserFacingException e) {
      note.set(e.getMessage());
      return;
    }
    Path folder = dialogs.chooseFolder("Choose a new or empty folder for the cluster run",
        lastFolder != null ? lastFolder.getParent() : key.baseDirectory());
    if (folder == null) {
      return;
    }
    int wanted = Math.max(1, Math.min(ClusterJob.MAX_SHARDS, shards.get()));
    busy.set(true);
    note.set("Planning the study for the cluster\u2026");
    long start = nanos.getAsLong();
    plans.plan(key, design.threadsProperty().get(), plan -> {
      Duration planning = Duration.ofNanos(Math.max(0, nanos.getAsLong() - start));
      note.set("Timing the training here and writing " + folder + "\u2026");
      io.execute(() -> {
        try {
          Written written = write(plan, folder, wanted, key.baseDirectory(), planning);
          fxThread.execute(() -> written(written));
        } catch (RuntimeException e) {
          fxThread.execute(() -> failed("Could not write the cluster folder", e));
        }
      });
    }, error -> {
      if (!(error instanceof CancellationException)) {
        failed("Could not plan the study", error);
      } else {
        busy.set(false);
        note.set("");
      }
    });
  }

  /** What was written, for the message. */
  private record Written(Path folder, ClusterFolder.Info info, ClusterJob job,
      WorkbenchLauncher launcher, List<Path> dataFiles, int wanted) {}

  private Written write(StudyPlan plan, Path folder, int wanted, Path base, Duration planning) {
    List<WorkOrder.Group> groups = WorkOrder.groups(plan.design());
    int count = Math.min(wanted, groups.size()); // each shard needs a work group of its own
    int cores = 1;
    for (int i = 1; i <= count; i++) {
      cores = Math.max(cores, WorkOrder.groups(plan.design(), new ShardSpec(i, count)).size());
    }
    cores = Math.min(4, cores);
    OptionalDouble rate = ClusterEstimate.stepRate(plan, timer);
    Double stepsPerSecond = rate.isPresent() ? rate.getAsDouble() : null;
    ClusterEstimate estimate = plan.design().adaptive() != null
        ? ClusterEstimate.ofAdaptive(plan, cores, stepsPerSecond, planning)
        : ClusterEstimate.of(plan, count, cores, stepsPerSecond, planning);
    ClusterJob job = new ClusterJob(ClusterJob.nameFor(plan.design().name()), count, cores,
        estimate.memory().processMegabytes(), estimate.memory().heapMegabytes(),
        estimate.timeLimit(), null, null, 3, List.of());
    WorkbenchLauncher launcher = WorkbenchLauncher.current();
    ClusterFolder.Info info = ClusterFolder.write(folder, plan, base, job, launcher,
        List.of(estimate.memoryExplanation(cores), estimate.timeExplanation()));
    List<Path> data = new ArrayList<>();
    for (DatasetSpec spec : datasets(plan)) {
      data.add(base.resolve(spec.path()).toAbsolutePath().normalize());
    }
    return new Written(folder.toAbsolutePath().normalize(), info, job, launcher, data, wanted);
  }

  private static List<DatasetSpec> datasets(StudyPlan plan) {
    List<DatasetSpec> specs = new ArrayList<>(List.of(plan.design().simulation(),
        plan.design().experimental()));
    if (plan.design().testSet() != null) {
      specs.add(plan.design().testSet());
    }
    return specs;
  }

  private void written(Written w) {
    busy.set(false);
    lastFolder = w.folder();
    ClusterJob job = w.job();
    note.set("Cluster folder: " + w.folder() + " (" + Texts.plural(job.shards(), "shard", "shards")
        + " of " + (w.info().adaptiveStudy() ? "an adaptive study of at most "
            + Texts.plural(w.info().cells(), "cell", "cells") + ", all shards running at once"
            : Texts.plural(w.info().cells(), "cell", "cells")) + "). Submit it with submit.sh"
        + " on the cluster; Open Merged Results\u2026 once the merge job has run.");
    dialogs.showInformation("Cluster folder written", "Written to " + w.folder(),
        instructions(w));
  }

  /** What to copy to the cluster and what to run there. */
  static String instructions(Written w) {
    ClusterJob job = w.job();
    boolean adaptive = w.info().adaptiveStudy();
    StringBuilder text = new StringBuilder();
    if (adaptive) {
      text.append(String.format(Locale.ROOT, "An adaptive study (%s) as a job array of %s that"
          + " run its waves together, each with %s, %,d MB of memory and a time limit of %s"
          + " (upper bounds: the cells of each wave are chosen as the study runs, at most %s in"
          + " all), and a merge job that waits for them. All the shards must run at the same"
          + " time: between waves each waits for the others' share.", w.info().adaptive(),
          Texts.plural(job.shards(), "shard", "shards"),
          Texts.plural(job.cpusPerShard(), "core", "cores"), job.memoryMegabytes(),
          w.info().timeLimit(), Texts.count(w.info().cells())));
    } else {
      text.append(String.format(Locale.ROOT, "A job array of %s (%s), each with %s, %,d MB of"
          + " memory and a time limit of %s, and a merge job that waits for them.",
          Texts.plural(job.shards(), "shard", "shards"), cells(w.info().cellsPerShard()),
          Texts.plural(job.cpusPerShard(), "core", "cores"), job.memoryMegabytes(),
          w.info().timeLimit()));
    }
    if (job.shards() < w.wanted()) {
      text.append(" (Not ").append(w.wanted()).append(" shards: the design has only ")
          .append(job.shards()).append(" work groups to share out.)");
    }
    text.append("\n\n1. Copy this folder to the cluster, and the data files to the same paths"
        + " there (or write the folder on a file system the cluster shares):");
    for (Path data : w.dataFiles()) {
      text.append("\n     ").append(data);
    }
    text.append("\n2. The jobs run this installation's Java and workbench:\n     ")
        .append(w.launcher().program());
    if (w.launcher().classPath().size() == 1) {
      text.append(" -cp ").append(w.launcher().classPath().getFirst());
    }
    text.append("\n   The compute nodes need them at the same place; if they are elsewhere, write"
        + " the folder on the cluster with the 'slurm' command instead (its --java option).");
    text.append("\n3. On the cluster's login node, submit the study:\n     bash ")
        .append(w.folder().resolve(ClusterFolder.SUBMIT_SCRIPT));
    text.append("\n   Progress: the command 'status ").append(w.folder())
        .append("'. A shard that was stopped resumes from its ledger when it runs again")
        .append(adaptive ? " ('submit.sh' runs all the shards again)."
            : " ('submit.sh 3,5' reruns shards 3 and 5).");
    text.append("\n4. When the merge job has finished, copy the folder back and choose Open"
        + " Merged Results\u2026: the Scaling step then fits them.");
    return text.toString();
  }

  private static String cells(List<Integer> perShard) {
    int min = perShard.stream().mapToInt(Integer::intValue).min().orElse(0);
    int max = perShard.stream().mapToInt(Integer::intValue).max().orElse(0);
    return min == max ? Texts.plural(min, "cell", "cells") + " each"
        : min + " to " + max + " cells each";
  }

  /**
   * Asks for a cluster folder (or its results folder) and makes its merged results the project's
   * results; before the merge, says how far the shards are.
   */
  public void openMergedResults() {
    if (busy.get()) {
      return;
    }
    ProjectSession session = design.projectSession();
    if (session.file() == null) {
      boolean save = dialogs.confirm("Save the project first", "The merged results are kept in"
          + " the project's results folder, next to the project file, so the project needs a"
          + " file first. Save it now?", "Save Project");
      if (!save || !saveProject.getAsBoolean() || session.file() == null) {
        return;
      }
    }
    Path projectDir = java.util.Objects.requireNonNull(session.file()).toAbsolutePath()
        .normalize().getParent();
    Path chosen = dialogs.chooseFolder("Choose the cluster folder", lastFolder != null
        ? lastFolder : projectDir);
    if (chosen == null || projectDir == null) {
      return;
    }
    busy.set(true);
    note.set("Reading " + chosen + "\u2026");
    io.execute(() -> {
      try {
        Merged merged = inspect(chosen);
        fxThread.execute(() -> inspected(merged, projectDir));
      } catch (RuntimeException e) {
        fxThread.execute(() -> failed("Could not open the merged results", e));
      }
    });
  }

  /** A cluster folder as found: merged (with the results' design) or not yet. */
  private record Merged(Path folder, ClusterFolder.Info info, @Nullable String resultsDesign,
      int cells, @Nullable ClusterStatus status) {}

  private static Merged inspect(Path chosen) {
    Path folder = chosen.toAbsolutePath().normalize();
    if (!Files.exists(folder.resolve(ClusterFolder.INFO_FILE)) && folder.getParent() != null
        && folder.getFileName().toString().equals(ClusterFolder.RESULTS_DIR)
        && Files.exists(folder.getParent().resolve(ClusterFolder.INFO_FILE))) {
      folder = folder.getParent(); // its results folder was chosen
    }
    ClusterFolder.Info info = ClusterFolder.read(folder);
    Path ledger = ClusterFolder.results(folder).resolve(RunLedger.FILE_NAME);
    if (!Files.isRegularFile(ledger)) {
      // no queue to ask here: the shards' ledgers tell how far the study is
      ClusterStatus status = ClusterStatus.of(folder, command -> Optional.empty());
      return new Merged(folder, info, null, 0, status);
    }
    RunLedger.Contents contents = RunLedger.read(ledger);
    return new Merged(folder, info, contents.designHash(), contents.results().size(), null);
  }

  private void inspected(Merged m, Path projectDir) {
    if (m.status() != null) {
      busy.set(false);
      ClusterStatus s = m.status();
      if (s.adaptive() != null) {
        notMergedAdaptive(m.folder(), s);
        return;
      }
      String rerun = ClusterStatus.indices(s.toResubmit());
      note.set("Not merged yet: " + Texts.count(s.cellsDone()) + " of "
          + Texts.plural(s.info().cells(), "cell", "cells") + " done in the shards.");
      dialogs.showInformation("Not merged yet", "The merge job has not written results into "
          + ClusterFolder.results(m.folder()) + " yet.", Texts.count(s.cellsDone()) + " of "
          + Texts.plural(s.info().cells(), "cell", "cells") + " are done in the "
          + Texts.plural(s.shards().size(), "shard", "shards") + " of this copy of the folder."
          + (rerun.isEmpty() ? "" : " Shards without all their cells: " + rerun + " (on the"
              + " cluster, 'bash submit.sh " + rerun + "' runs them again; each resumes from its"
              + " ledger).")
          + " The merge job runs when the array has ended; then copy the folder back and open"
          + " it again.");
      return;
    }
    if (!m.info().designHash().equals(m.resultsDesign())) {
      failed("Could not open the merged results", new UserFacingException(
          ClusterFolder.results(m.folder()) + " holds the results of another design than the"
              + " cluster folder's; write the cluster folder again and run the merge job again."));
      return;
    }
    PlanService.PlanKey key;
    try {
      key = design.planKey();
    } catch (UserFacingException e) {
      failed("Could not open the merged results", e);
      return;
    }
    note.set("Comparing the merged results with this design\u2026");
    plans.plan(key, design.threadsProperty().get(), plan -> {
      if (!plan.designHash().equals(m.info().designHash())) {
        failed("Could not open the merged results", new UserFacingException("The cluster"
            + " folder " + m.folder() + " holds the study of another design ("
            + m.info().designHash().substring(0, 12) + ") than the one in this project ("
            + plan.designHash().substring(0, 12) + "). Open the project it was written from, or"
            + " undo the changes to the design. Results of different designs are never mixed."));
        return;
      }
      adopt(m, projectDir);
    }, error -> {
      if (!(error instanceof CancellationException)) {
        failed("Could not plan the study", error);
      } else {
        busy.set(false);
        note.set("");
      }
    });
  }

  /** An adaptive study's shards before the merge: how far the waves are, or the verdict. */
  private void notMergedAdaptive(Path folder, ClusterStatus s) {
    AdaptiveShardCheck.Result a = java.util.Objects.requireNonNull(s.adaptive());
    String where = a.ended() ? "The study has reached its verdict after "
        + Texts.plural(a.wave() - 1, "wave", "waves") + " (" + a.verdict() + ")."
        : "The study is at wave " + a.wave() + "; its verdict is not reached yet.";
    note.set("Not merged yet: " + Texts.plural(s.cellsDone(), "cell", "cells") + " done in the"
        + " shards. " + where);
    dialogs.showInformation("Not merged yet", "The merge job has not written results into "
        + ClusterFolder.results(folder) + " yet.", Texts.plural(s.cellsDone(), "cell", "cells")
        + " are done in the " + Texts.plural(s.shards().size(), "shard", "shards") + " of this"
        + " copy of the folder. " + where + (a.ended() ? "" : " All the shards run the waves"
        + " together; if they have stopped, 'bash submit.sh' on the cluster runs them again"
        + " (each resumes from its ledger).") + " The merge job runs when the array has ended;"
        + " then copy the folder back and open it again.");
  }

  /** The merged results become the project's results folder (copied when they lie elsewhere). */
  private void adopt(Merged m, Path projectDir) {
    Path results = ClusterFolder.results(m.folder());
    if (results.startsWith(projectDir) && !results.equals(projectDir)) {
      use(projectDir.relativize(results).toString().replace('\\', '/'), m, null);
      return;
    }
    String name = Files.exists(projectDir.resolve(COPIED_RESULTS))
        ? ResultsFolder.nextFreeName(projectDir, COPIED_RESULTS) : COPIED_RESULTS;
    note.set("Copying the merged results next to the project\u2026");
    io.execute(() -> {
      try {
        copyResults(results, projectDir.resolve(name));
        fxThread.execute(() -> use(name, m, results));
      } catch (RuntimeException e) {
        fxThread.execute(() -> failed("Could not copy the merged results", e));
      }
    });
  }

  private void use(String resultsDirectory, Merged m, @Nullable Path copiedFrom) {
    busy.set(false);
    design.projectSession().update(p -> p.withResultsDirectory(resultsDirectory));
    note.set("The project's results are the merged results of " + m.folder() + " ("
        + Texts.plural(m.cells(), "cell", "cells") + ").");
    dialogs.showInformation("Merged results opened", Texts.plural(m.cells(), "cell", "cells")
        + " of the cluster run are the project's results now.", (copiedFrom == null
        ? "The project's results folder is " + resultsDirectory + "."
        : "They were copied from " + copiedFrom + " into the folder \"" + resultsDirectory
            + "\" next to the project file.") + " The Scaling step fits them; save the project"
        + " to keep the change.");
  }

  /** The ledger, test errors, tables and design of a results folder; not the model cache. */
  static void copyResults(Path from, Path to) {
    try {
      Files.createDirectories(to);
      try (Stream<Path> files = Files.list(from)) {
        for (Path file : files.filter(Files::isRegularFile).toList()) {
          if (!file.getFileName().toString().startsWith(".")) {
            Files.copy(file, to.resolve(file.getFileName().toString()),
                StandardCopyOption.REPLACE_EXISTING);
          }
        }
      }
    } catch (IOException e) {
      throw new UserFacingException("Cannot copy the merged results from " + from + " to " + to
          + ": " + AtomicFiles.describe(e), e);
    }
  }

  private void failed(String title, Throwable error) {
    busy.set(false);
    String message = StudySummaryModel.message(error);
    note.set(title + ": " + message);
    dialogs.showError(title, message);
  }

  /** Shards the next cluster folder gets (fewer when the design has fewer work groups). */
  public IntegerProperty shardsProperty() {
    return shards;
  }

  /** Where the last cluster folder went, or what went wrong; "" before the first. */
  public ReadOnlyStringProperty noteProperty() {
    return note.getReadOnlyProperty();
  }

  /** A folder is being written or read. */
  public ReadOnlyBooleanProperty busyProperty() {
    return busy.getReadOnlyProperty();
  }

  /** The folder written last in this session, or null. */
  public @Nullable Path lastFolder() {
    return lastFolder;
  }
}
