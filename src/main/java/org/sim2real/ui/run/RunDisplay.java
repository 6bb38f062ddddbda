package org.sim2real.ui.run;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.jfree.chart.JFreeChart;
import org.jspecify.annotations.Nullable;
import org.sim2real.core.study.Progress;
import org.sim2real.core.study.StudyOutcome;
import org.sim2real.ui.common.Texts;

/**
 * What the Run screen shows of a run, as text the view binds to: the status line, cells done,
 * time, the overall fraction, the closing summary and the live chart. Written by
 * {@link RunViewModel} on the FX thread.
 */
public final class RunDisplay {
  private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
  private final ReadOnlyStringWrapper cells = new ReadOnlyStringWrapper(this, "cells", "");
  private final ReadOnlyStringWrapper time = new ReadOnlyStringWrapper(this, "time", "");
  private final ReadOnlyDoubleWrapper fraction = new ReadOnlyDoubleWrapper(this, "fraction", 0);
  private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
  private final ReadOnlyBooleanWrapper completed = new ReadOnlyBooleanWrapper(this, "completed");
  private final ReadOnlyStringWrapper problems = new ReadOnlyStringWrapper(this, "problems", "");
  private final ReadOnlyObjectWrapper<@Nullable JFreeChart> chart = new ReadOnlyObjectWrapper<>(
      this, "chart");
  private final ReadOnlyStringWrapper chartNote = new ReadOnlyStringWrapper(this, "chartNote",
      "The scaling chart fills in as cells finish.");
  private int total;
  /** Cells finished by the run's last report; -1 when no run has reported (a folder is shown). */
  private int cellsFinished = -1;
  private LiveCurve.@Nullable Update lastChart;

  void reset() {
    summary.set("");
    completed.set(false);
    time.set("");
  }

  /** Another design: the last run's progress and summary no longer describe it. */
  void clearRun() {
    reset();
    cellsFinished = -1;
    cells.set("");
    fraction.set(0);
    status.set("");
  }

  void planning() {
    status.set("Planning the study: reading and featurizing the data\u2026");
    fraction.set(-1);
    cells.set("");
  }

  void idle() {
    status.set("");
    fraction.set(0);
  }

  void started(int cellsTotal) {
    total = cellsTotal;
    cellsFinished = -1;
    status.set("Running");
    cells.set("0 of " + Texts.plural(cellsTotal, "cell", "cells"));
    fraction.set(0);
  }

  void progress(@Nullable Progress p, List<RunRelay.WorkerLine> workers) {
    if (p == null) {
      return;
    }
    total = p.cellsTotal();
    cellsFinished = p.cellsDone();
    showChartNote();
    fraction.set(p.fraction());
    cells.set(Texts.count(p.cellsDone()) + " of " + Texts.plural(p.cellsTotal(), "cell", "cells")
        + (p.cellsResumed() > 0 ? " (" + Texts.count(p.cellsResumed()) + " from an earlier run)"
            : ""));
  }

  void time(Duration elapsed, @Nullable Duration eta, boolean paused) {
    String left = eta == null ? "time left: estimated after the first cells"
        : eta.isNegative() || eta.isZero() ? "finishing"
        : "about " + Texts.duration(eta) + " left";
    time.set("Elapsed " + Texts.duration(elapsed) + " \u00b7 " + (paused ? "paused" : left));
    running(paused);
  }

  /** The status line of a started run, paused or not, also before its first report. */
  void running(boolean paused) {
    status.set(paused ? "Paused: the workers wait at their next checkpoint; Continue goes on."
        : "Running");
  }

  /** An adaptive study that reached its verdict: the summary names the answer, not a wave. */
  void answered(String answer, boolean noForecast, @Nullable Path folder, int cellsMeasured,
      int gridCells, double computeShare) {
    summary.set((noForecast
        ? "Finished: no forecast can be given; the verdict above says why."
        : "Finished: the adaptive study has its answer. " + answer + ".")
        + (folder == null ? "" : " Results in " + folder + "."));
    if (cellsMeasured >= 0 && Double.isFinite(computeShare)) {
      // the bar and the count tell what the study measured of its grid, not what this run did
      fraction.set(computeShare);
      cells.set(Texts.count(cellsMeasured) + " of the grid's " + Texts.plural(gridCells, "cell",
          "cells") + " measured (" + Texts.percent(computeShare) + " of its compute)");
    }
  }

  void finished(StudyOutcome outcome, @Nullable Path folder) {
    Progress p = outcome.progress();
    cellsFinished = p.cellsDone();
    showChartNote();
    fraction.set(p.fraction());
    time.set("Took " + Texts.duration(p.elapsed()) + (p.cellsResumed() > 0 ? " (this run)" : ""));
    String where = folder == null ? "" : " Results in " + folder + " (cells.csv, summary.csv,"
        + " ledger.jsonl).";
    switch (outcome.status()) {
      case COMPLETED -> {
        status.set("Finished");
        int ran = p.cellsDone() - p.cellsResumed();
        summary.set("Finished: all " + Texts.plural(p.cellsTotal(), "cell", "cells") + " done"
            + (ran == 0 ? "; they were all in the ledger already, so nothing was run"
                : p.cellsResumed() > 0 ? "; this run did the last " + Texts.count(ran) + " in "
                    + Texts.duration(p.elapsed())
                : " in " + Texts.duration(p.elapsed())) + "." + where);
        completed.set(true);
      }
      case CANCELLED -> {
        status.set("Cancelled");
        summary.set("Cancelled: " + Texts.count(p.cellsDone()) + " of "
            + Texts.plural(p.cellsTotal(), "cell", "cells") + " are in the ledger. Press Resume"
            + " to continue where the run stopped." + where);
      }
      case INCOMPLETE -> {
        StudyOutcome.MemoryShortfall memory = Objects.requireNonNull(outcome.memory());
        status.set("Incomplete: out of memory");
        summary.set("Incomplete: " + Texts.count(p.cellsDone()) + " of "
            + Texts.plural(p.cellsTotal(), "cell", "cells") + " are in the ledger; "
            + leftOut(memory) + " " + memory.advice() + where);
      }
      case FAILED -> {
        status.set("Stopped with errors");
        summary.set("Stopped with " + Texts.plural(outcome.failures().size(), "error", "errors")
            + " (see the log): " + Texts.count(p.cellsDone()) + " of "
            + Texts.plural(p.cellsTotal(), "cell", "cells") + " are in the ledger; Resume tries"
            + " the rest again." + where);
      }
    }
  }

  /** How a run with this outcome ended, for a notice shown while another step is on screen. */
  static RunEnd end(StudyOutcome outcome) {
    Progress p = outcome.progress();
    String inLedger = Texts.count(p.cellsDone()) + " of " + Texts.plural(p.cellsTotal(), "cell",
        "cells") + " are in the ledger";
    return switch (outcome.status()) {
      case COMPLETED -> new RunEnd(RunEnd.Kind.FINISHED, "Study finished", "All "
          + Texts.plural(p.cellsTotal(), "cell", "cells") + " done in "
          + Texts.duration(p.elapsed()) + ". The Scaling step fits the law.");
      case CANCELLED -> new RunEnd(RunEnd.Kind.CANCELLED, "Study cancelled", inLedger
          + "; Resume in the Run step continues.");
      case INCOMPLETE -> new RunEnd(RunEnd.Kind.INCOMPLETE, "Study incomplete: out of memory",
          inLedger + "; " + Texts.plural(outcome.memory() == null ? 0
              : outcome.memory().cells().size(), "cell", "cells") + " did not fit in memory."
              + " The Run step says what to do.");
      case FAILED -> new RunEnd(RunEnd.Kind.FAILED, "Study stopped with errors", "Stopped with "
          + Texts.plural(outcome.failures().size(), "error", "errors") + ": " + inLedger
          + "; the Run step's log says what failed.");
    };
  }

  /**
   * "6 cells did not fit in memory (n=200 r=0 ran out; n=200 r=1 not started, since their n is as
   * large); they are left for a later run."
   */
  static String leftOut(StudyOutcome.MemoryShortfall memory) {
    return Texts.plural(memory.cells().size(), "cell", "cells") + " did not fit in memory ("
        + String.join(", ", memory.ranOut()) + " ran out"
        + (memory.skipped().isEmpty() ? "" : "; " + String.join(", ", memory.skipped())
            + " not started, since their n is as large")
        + "); " + (memory.cells().size() == 1 ? "it is" : "they are") + " left for a later run.";
  }

  void crashed(String message) {
    status.set("Stopped");
    summary.set("The run stopped: " + message + " Finished cells are in the ledger; Resume"
        + " continues.");
  }

  void failedToPlan(String message) {
    status.set("");
    fraction.set(0);
    summary.set("The study could not be planned: " + message);
  }

  void problems(String text) {
    problems.set(text);
  }

  void showChart(LiveCurve.Update update) {
    lastChart = update;
    chart.set(update.chart());
    showChartNote();
  }

  /** The chart's note counts the finished cells from the same report as the progress line. */
  private void showChartNote() {
    LiveCurve.Update update = lastChart;
    if (update == null) {
      return;
    }
    chartNote.set(update.chart() == null || cellsFinished < 0 ? update.note()
        : LiveCurve.drawnNote(update.cells(), Math.max(cellsFinished, update.cells())));
  }

  /** Total cells of the running study (0 before a run). */
  int total() {
    return total;
  }

  public ReadOnlyStringProperty statusProperty() {
    return status.getReadOnlyProperty();
  }

  /** "12 of 60 cells (8 from an earlier run)". */
  public ReadOnlyStringProperty cellsProperty() {
    return cells.getReadOnlyProperty();
  }

  /** "Elapsed 2 min 10 s · about 4 min 0 s left". */
  public ReadOnlyStringProperty timeProperty() {
    return time.getReadOnlyProperty();
  }

  /** Cells done as a fraction; -1 while planning (an indeterminate bar). */
  public ReadOnlyDoubleProperty fractionProperty() {
    return fraction.getReadOnlyProperty();
  }

  /** The closing line of the last run ("" before one ends). */
  public ReadOnlyStringProperty summaryProperty() {
    return summary.getReadOnlyProperty();
  }

  /** The last run finished every cell: the screen offers the Scaling step. */
  public ReadOnlyBooleanProperty completedProperty() {
    return completed.getReadOnlyProperty();
  }

  /** Why the study cannot start, one reason per line ("" when it can). */
  public ReadOnlyStringProperty problemsProperty() {
    return problems.getReadOnlyProperty();
  }

  public ReadOnlyObjectProperty<@Nullable JFreeChart> chartProperty() {
    return chart.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty chartNoteProperty() {
    return chartNote.getReadOnlyProperty();
  }
}
