package org.sim2real.ui.run;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Executor;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.jfree.chart.JFreeChart;
import org.jspecify.annotations.Nullable;
import org.sim2real.core.io.UserFacingException;
import org.sim2real.core.report.ChartTheme;
import org.sim2real.core.report.WaveAnswerChart;
import org.sim2real.core.study.AdaptiveSettings;
import org.sim2real.core.study.Progress;
import org.sim2real.core.study.StepTimer;
import org.sim2real.core.study.StudyOutcome;
import org.sim2real.core.study.StudyPlan;
import org.sim2real.core.study.adaptive.WaveDecision;
import org.sim2real.core.study.adaptive.WaveLines;
import org.sim2real.core.study.adaptive.WaveReport;
import org.sim2real.ui.common.DialogService;
import org.sim2real.ui.common.Texts;
import org.sim2real.ui.common.study.DesignSession;
import org.sim2real.ui.common.study.PlanService;
import org.sim2real.ui.common.study.StudySummaryModel;

/**
 * The Run screen's view model: starts a study (planning it first), pauses, resumes and cancels
 * it, and shows its progress, the busy workers, an event log and the live scaling chart. The
 * study runs on its own thread, not the shared task pool, so imports and checks stay possible;
 * its reports reach the FX thread coalesced. Every finished cell is in the ledger of the results
 * folder, so a cancelled, crashed or closed run resumes where it stopped. FX thread only.
 */
public final class RunViewModel {
  /** Lines the event log keeps; older lines drop off the top. */
  public static final int LOG_LIMIT = 2_000;

  /** Where the screen is. */
  public enum Phase {
    /** The data or the design is not ready. */
    NOT_READY,
    IDLE,
    PLANNING,
    RUNNING,
    PAUSED,
    /** Cancel was pressed; workers stop at their next checkpoint. */
    STOPPING
  }

  private final DesignSession design;
  private final PlanService plans;
  private final DialogService dialogs;
  private final BooleanSupplier saveProject;
  private final Executor runThread;
  private final Executor fxThread;
  private final Executor frameExecutor;
  private final Consumer<String> status;
  private final LongSupplier nanos;
  private final LiveChart chart;
  private final RunFolderModel folder;
  private final ClusterRunModel cluster;
  private final RunDisplay display = new RunDisplay();
  private final ReadOnlyObjectWrapper<Phase> phase = new ReadOnlyObjectWrapper<>(this, "phase",
      Phase.NOT_READY);
  private final ObservableList<String> log = FXCollections.observableArrayList();
  private final ObservableList<String> workers = FXCollections.observableArrayList();
  private final ReadOnlyStringWrapper question = new ReadOnlyStringWrapper(this, "question", "");
  private final List<WaveReport> waves = new ArrayList<>();
  private final ReadOnlyObjectWrapper<@Nullable JFreeChart> answerChart =
      new ReadOnlyObjectWrapper<>(this, "answerChart");
  private @Nullable AdaptiveSettings adaptive;
  private int gridCells;
  private ChartTheme chartTheme = ChartTheme.LIGHT;
  private final ReadOnlyStringWrapper questionDetail = new ReadOnlyStringWrapper(this,
      "questionDetail", "");
  private final List<Consumer<RunEnd>> endListeners = new ArrayList<>();
  private @Nullable StudyRunJob job;
  private @Nullable RunRelay relay;
  private @Nullable Progress lastProgress;
  private long lastProgressAt;
  private boolean abandoned;

  /**
   * @param saveProject saves the project (asking where when it has no file); true when saved
   * @param runThread runs studies and reads results folders (a dedicated thread or pool)
   * @param fxThread runs completions on the FX thread
   * @param frameExecutor applies coalesced progress on the FX thread at the next frame
   * @param chartScheduler rebuilds the live chart on a background thread after a delay
   * @param nanos the clock for elapsed time and for spacing chart rebuilds
   */
  public RunViewModel(DesignSession design, PlanService plans, DialogService dialogs,
      BooleanSupplier saveProject, Executor runThread, Executor fxThread, Executor frameExecutor,
      LiveChart.Scheduler chartScheduler, LongSupplier nanos, Consumer<String> status) {
    this.design = design;
    this.plans = plans;
    this.dialogs = dialogs;
    this.saveProject = saveProject;
    this.runThread = runThread;
    this.fxThread = fxThread;
    this.frameExecutor = frameExecutor;
    this.status = status;
    this.nanos = nanos;
    this.chart = new LiveChart(chartScheduler, fxThread, display::showChart,
        () -> nanos.getAsLong() / 1_000_000);
    this.folder = new RunFolderModel(design, plans, runThread, fxThread, chart,
        () -> job != null);
    this.cluster = new ClusterRunModel(design, plans, dialogs, saveProject, runThread, fxThread,
        StepTimer.training(), nanos);
    design.problemsProperty().addListener((obs, old, p) -> updatePhase());
    design.designProperty().addListener((obs, old, d) -> {
      if (!isActive()) {
        display.clearRun(); // the log keeps the history; the figures were of another design
      }
    });
    design.projectSession().projectProperty().addListener((obs, old, p) -> updatePhase());
    updatePhase();
  }

  /** Starts (or resumes) the study: saves the project if needed, plans, then runs. */
  public void start() {
    if (phase.get() != Phase.IDLE || !folder.canStart()) {
      return;
    }
    if (design.projectSession().file() == null) {
      boolean save = dialogs.confirm("Save the project first", "A run writes its results into a"
          + " folder next to the project file (\"" + design.projectSession().project()
          .resultsDirectory() + "\"), so the project needs a file first. Save it now?",
          "Save Project");
      if (!save || !saveProject.getAsBoolean()) {
        return;
      }
    }
    PlanService.PlanKey key;
    try {
      key = design.planKey();
    } catch (UserFacingException e) {
      status.accept(e.getMessage());
      return;
    }
    abandoned = false;
    phase.set(Phase.PLANNING);
    display.reset();
    display.planning();
    plans.plan(key, design.threadsProperty().get(), this::planned, this::planFailed);
  }

  private void planned(StudyPlan plan) {
    Path dir = folder.directory();
    if (abandoned || phase.get() != Phase.PLANNING || dir == null) {
      updatePhase();
      return;
    }
    folder.planned();
    if (!folder.canStart()) {
      phase.set(Phase.IDLE); // the folder holds another design: the folder note says what to do
      display.idle();
      updatePhase();
      return;
    }
    begin(plan, dir);
  }

  private void planFailed(Throwable error) {
    if (error instanceof CancellationException) {
      return;
    }
    phase.set(Phase.IDLE);
    display.failedToPlan(StudySummaryModel.message(error));
    addLog("Planning failed: " + StudySummaryModel.message(error));
    updatePhase();
  }

  private void begin(StudyPlan plan, Path dir) {
    log.clear();
    workers.clear();
    question.set(plan.design().adaptive() == null ? ""
        : "Adaptive study: " + plan.design().adaptive().describeQuestion() + ", "
            + plan.design().adaptive().describePrecision() + ". The first wave is running.");
    questionDetail.set("");
    waves.clear();
    adaptive = plan.design().adaptive();
    gridCells = plan.cells().size();
    int threads = design.threadsProperty().get();
    lastProgress = null;
    // a frame of this run that comes after its end (the end applied the last snapshot itself)
    // would show its last progress over the end's figures: only the current run's relay applies
    RunRelay[] self = new RunRelay[1];
    RunRelay relay = new RunRelay(frameExecutor, s -> {
      if (this.relay != null && this.relay == self[0]) {
        apply(s);
      }
    }, chart);
    self[0] = relay;
    this.relay = relay;
    relay.log("Design " + plan.designHash().substring(0, 12) + ": " + Texts.plural(
        plan.cells().size(), "cell", "cells") + " with " + Texts.plural(threads, "thread",
        "threads") + "; results in " + dir + ".");
    StudyRunJob started = new StudyRunJob(dir);
    job = started;
    phase.set(Phase.RUNNING);
    display.started(plan.cells().size());
    folder.runStarted();
    started.start(plan, threads, relay, chart, runThread, fxThread, this::finished);
  }

  private void apply(RunRelay.Snapshot s) {
    addLog(s.newLines());
    // every snapshot carries the latest report; only a new one restarts the clock between
    // reports (else the workers' step reports, many a second, would hold the time still)
    if (s.progress() != null && s.progress() != lastProgress) {
      lastProgress = s.progress();
      lastProgressAt = nanos.getAsLong();
    }
    workers.setAll(s.workers().stream().map(RunRelay.WorkerLine::text).toList());
    if (!s.newWaves().isEmpty()) {
      waves.addAll(s.newWaves());
      showWave(s.newWaves().get(s.newWaves().size() - 1));
    }
    display.progress(s.progress(), s.workers());
    tick();
  }

  private void finished(@Nullable StudyOutcome outcome, @Nullable Throwable error) {
    if (relay != null) {
      apply(relay.snapshot()); // the run's last reports before the closing lines
      relay = null;
    }
    Path dir = job == null ? null : job.folder();
    job = null;
    workers.clear();
    RunEnd end;
    if (outcome != null) {
      lastProgress = outcome.progress();
      display.finished(outcome, dir);
      if (!question.get().isEmpty() && outcome.status() == StudyOutcome.Status.COMPLETED) {
        // a wave's cells are all the runner knew of; the question's answer is what ended it
        WaveReport last = waves.isEmpty() ? null : waves.get(waves.size() - 1);
        display.answered(question.get(), last != null
            && last.decision().verdict() == WaveDecision.Verdict.NO_REGIME, dir,
            last == null ? -1 : last.decision().spentCells(), gridCells,
            last == null ? Double.NaN : last.spentFraction());
      }
      outcome.failures().forEach(f -> addLog("Failed: " + f));
      addLog(display.summaryProperty().get());
      end = RunDisplay.end(outcome);
    } else {
      String message = error == null ? "unknown" : StudySummaryModel.message(error);
      display.crashed(message);
      addLog("The run stopped: " + message);
      end = new RunEnd(RunEnd.Kind.STOPPED, "Study stopped", "The run stopped: " + message);
    }
    phase.set(Phase.IDLE);
    folder.runEnded(); // shows the folder's cells and the chart of all of them
    updatePhase();
    List.copyOf(endListeners).forEach(listener -> listener.accept(end));
  }

  /** Tells {@code listener} how each run ends (finished, cancelled, failed, stopped). */
  public void addEndListener(Consumer<RunEnd> listener) {
    endListeners.add(listener);
  }

  public void pause() {
    if (job != null && phase.get() == Phase.RUNNING) {
      job.pause();
      phase.set(Phase.PAUSED);
      display.running(true); // before the run's first report too, when tick() has no figures
      addLog("Paused: the workers stop at their next checkpoint.");
      tick();
    }
  }

  public void resume() {
    if (job != null && phase.get() == Phase.PAUSED) {
      job.resume();
      lastProgressAt = nanos.getAsLong();
      phase.set(Phase.RUNNING);
      display.running(false);
      addLog("Resumed.");
    }
  }

  /** Stops the run; every finished cell stays in the ledger and the next start resumes. */
  public void cancel() {
    if (job != null && (phase.get() == Phase.RUNNING || phase.get() == Phase.PAUSED)) {
      job.cancel();
      phase.set(Phase.STOPPING);
      addLog("Cancelling: finished cells stay in the ledger.");
    } else if (phase.get() == Phase.PLANNING) {
      abandoned = true;
      plans.cancel(); // featurizing a large table takes a while: do not go on with it
      phase.set(Phase.IDLE);
      display.idle();
      updatePhase();
    }
  }

  /**
   * Asked before the project is closed or replaced: while a study runs, asks whether to stop it;
   * if so, cancels it and waits (up to a minute) until its ledger is closed. False keeps it
   * running and the project open.
   */
  public boolean confirmStop() {
    Phase p = phase.get();
    if (p == Phase.PLANNING) {
      abandoned = true;
      return true;
    }
    StudyRunJob running = job;
    if (running == null) {
      return true;
    }
    if (!dialogs.confirm("Stop the running study?", "A study is running. Stop it now? Every"
        + " finished cell is kept in the results folder; press Resume in the Run step next time"
        + " to continue where it stopped.", "Stop Study")) {
      return false;
    }
    running.stopAndWait(Duration.ofMinutes(1));
    return true;
  }

  /** Moves the elapsed time and ETA on between reports (the view calls it every second). */
  public void tick() {
    Progress p = lastProgress;
    if (p == null || job == null) {
      return;
    }
    Duration since = phase.get() == Phase.RUNNING
        ? Duration.ofNanos(nanos.getAsLong() - lastProgressAt) : Duration.ZERO;
    display.time(p.elapsed().plus(since), p.eta() == null ? null : p.eta().minus(since),
        phase.get() == Phase.PAUSED);
  }

  /** The Run step is on screen (or not): checking a results folder against the design runs then. */
  public void setShowing(boolean value) {
    folder.setShowing(value);
  }

  public void setChartTheme(ChartTheme theme) {
    chartTheme = theme;
    drawWaves();
    chart.setTheme(theme);
  }

  private boolean isActive() {
    Phase p = phase.get();
    return p == Phase.PLANNING || p == Phase.RUNNING || p == Phase.PAUSED || p == Phase.STOPPING;
  }

  private void updatePhase() {
    if (isActive()) {
      return;
    }
    List<String> problems = design.problemsProperty().get();
    phase.set(problems.isEmpty() ? Phase.IDLE : Phase.NOT_READY);
    display.problems(String.join("\n", problems));
  }

  private void addLog(String line) {
    addLog(List.of(line));
  }

  /**
   * Adds a frame's lines as one change, dropping the oldest lines first: every change makes the
   * log view lay itself out to follow the newest line, which one line at a time (hundreds a
   * second in a run of cheap cells) stalled the FX thread for a quarter of a second.
   */
  private void addLog(List<String> lines) {
    if (lines.isEmpty()) {
      return;
    }
    List<String> kept = lines.size() > LOG_LIMIT
        ? lines.subList(lines.size() - LOG_LIMIT, lines.size()) : lines;
    int excess = log.size() + kept.size() - LOG_LIMIT;
    if (excess > 0) {
      log.remove(0, excess);
    }
    log.addAll(kept);
  }

  public ReadOnlyObjectProperty<Phase> phaseProperty() {
    return phase.getReadOnlyProperty();
  }

  /** The live answer of an adaptive study after its latest wave, and the chart of every wave. */
  private void showWave(WaveReport report) {
    List<String> lines = WaveLines.of(report);
    question.set(lines.get(0).replaceFirst("^== ", ""));
    questionDetail.set(String.join("\n", lines.subList(1, lines.size())).strip());
    drawWaves();
  }

  private void drawWaves() {
    AdaptiveSettings settings = adaptive;
    answerChart.set(settings == null || !WaveAnswerChart.anyAnswer(waves) ? null
        : WaveAnswerChart.create(List.copyOf(waves), settings, chartTheme));
  }

  /**
   * The chart of an adaptive study's answer wave by wave (the answer and its interval against the
   * compute spent, the requested precision as a band); null for a fixed grid or before wave 2.
   */
  public ReadOnlyObjectProperty<@Nullable JFreeChart> answerChartProperty() {
    return answerChart.getReadOnlyProperty();
  }

  /**
   * An adaptive study's answer so far, with its interval ("Wave 3: n* = 46,000 (90%: ...)");
   * empty for a fixed grid.
   */
  public ReadOnlyStringProperty questionProperty() {
    return question.getReadOnlyProperty();
  }

  /** The compute spent, the cells chosen next with their reasons and the projection, or the verdict. */
  public ReadOnlyStringProperty questionDetailProperty() {
    return questionDetail.getReadOnlyProperty();
  }

  /** The event log, newest last. */
  public ObservableList<String> log() {
    return log;
  }

  /** One line per busy worker: "n=10,000 r=2 — pretrain 40%". */
  public ObservableList<String> workers() {
    return workers;
  }

  /** Cells trained in parallel (shared with the Study screen's estimate). */
  public javafx.beans.property.IntegerProperty threadsProperty() {
    return design.threadsProperty();
  }

  public RunDisplay display() {
    return display;
  }

  public RunFolderModel folder() {
    return folder;
  }

  /** "Run on a Cluster…" and "Open Merged Results…". */
  public ClusterRunModel cluster() {
    return cluster;
  }

  /** The live chart's current chart, or null with {@link RunDisplay#chartNoteProperty()}. */
  public ReadOnlyObjectProperty<@Nullable JFreeChart> chartProperty() {
    return display.chartProperty();
  }
}
