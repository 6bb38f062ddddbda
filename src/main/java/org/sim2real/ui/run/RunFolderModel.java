package org.sim2real.ui.run;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.function.BooleanSupplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.jspecify.annotations.Nullable;
import org.sim2real.core.io.UserFacingException;
import org.sim2real.core.project.Project;
import org.sim2real.core.study.CellResult;
import org.sim2real.core.study.StudyPlan;
import org.sim2real.ui.common.ProjectSession;
import org.sim2real.ui.common.Texts;
import org.sim2real.ui.common.study.DesignSession;
import org.sim2real.ui.common.study.PlanService;

/**
 * The results folder as the Run screen shows it: where results go, what the folder already holds,
 * and whether that belongs to the current design ("12 of 60 cells done: Resume") or to another
 * one (then a new folder is offered; results of different designs are never mixed). Whether a
 * ledger belongs to the design is known from the design hash, so a folder with results gets the
 * design planned in the background while the Run step is on screen. FX thread only.
 */
public final class RunFolderModel {
  /** The Start button's label when every cell of the design is done. */
  public static final String ALL_DONE = "All Cells Done";

  private final DesignSession design;
  private final PlanService plans;
  private final Executor io;
  private final Executor fxThread;
  private final LiveChart chart;
  private final BooleanSupplier runActive;
  private final ReadOnlyStringWrapper location = new ReadOnlyStringWrapper(this, "location", "");
  private final ReadOnlyStringWrapper note = new ReadOnlyStringWrapper(this, "note", "");
  private final ReadOnlyStringWrapper startLabel = new ReadOnlyStringWrapper(this, "startLabel",
      "Start");
  private final ReadOnlyBooleanWrapper otherDesign = new ReadOnlyBooleanWrapper(this,
      "otherDesign");
  private final ReadOnlyBooleanWrapper allDone = new ReadOnlyBooleanWrapper(this, "allDone");
  private @Nullable Path directory;
  private ResultsFolder.@Nullable Contents contents;
  private @Nullable Object failedKey;
  private @Nullable Object chartShown;
  private boolean showing;

  /** @param runActive whether a study is running (it keeps its folder until it ends) */
  RunFolderModel(DesignSession design, PlanService plans, Executor io, Executor fxThread,
      LiveChart chart, BooleanSupplier runActive) {
    this.design = design;
    this.plans = plans;
    this.io = io;
    this.fxThread = fxThread;
    this.chart = chart;
    this.runActive = runActive;
    ProjectSession session = design.projectSession();
    session.projectProperty().addListener((obs, old, p) -> followProject());
    session.fileProperty().addListener((obs, old, f) -> followProject());
    design.designProperty().addListener((obs, old, d) -> evaluate());
    design.factsProperty().addListener((obs, old, f) -> evaluate());
    plans.latestProperty().addListener((obs, old, p) -> evaluate());
    followProject();
  }

  /** The folder runs write to now, or null while the project has no file. */
  public @Nullable Path directory() {
    return directory;
  }

  /**
   * Whether a run may write to the folder: it holds no other design's results, and not every
   * cell of this design is done already (a run would have nothing to do).
   */
  public boolean canStart() {
    return !otherDesign.get() && !allDone.get()
        && (contents == null || contents.problem() == null);
  }

  /** Points the project at a fresh folder next to the old one (the old results stay). */
  public void useNewFolder() {
    ProjectSession session = design.projectSession();
    Path file = session.file();
    Path parent = file == null ? null : file.toAbsolutePath().getParent();
    if (parent == null || runActive.getAsBoolean()) {
      return;
    }
    String name = ResultsFolder.nextFreeName(parent, session.project().resultsDirectory());
    session.update(p -> p.withResultsDirectory(name));
  }

  void setShowing(boolean value) {
    showing = value;
    evaluate();
  }

  /** A plan was made for the current design (by Start): compare it with the folder now. */
  void planned() {
    evaluate();
  }

  /** A run writes to the folder now. */
  void runStarted() {
    note.set("Each cell is written to ledger.jsonl in this folder as soon as it is done; a"
        + " stopped run resumes from there.");
    otherDesign.set(false);
    allDone.set(false);
  }

  /** After a run: follows a folder change made meanwhile, and reads the folder again. */
  void runEnded() {
    Path before = directory;
    followProject();
    if (Objects.equals(before, directory)) {
      refresh();
    }
  }

  /** Reads the folder again. */
  void refresh() {
    Path dir = directory;
    if (dir == null) {
      contents = null;
      evaluate();
      return;
    }
    io.execute(() -> {
      ResultsFolder.Contents read = ResultsFolder.inspect(dir);
      fxThread.execute(() -> {
        if (dir.equals(directory)) {
          contents = read;
          evaluate();
        }
      });
    });
  }

  /** The folder's results of this plan's design. */
  List<CellResult> resultsOf(StudyPlan p) {
    ResultsFolder.Contents c = contents;
    return c == null || !c.belongsTo(p) ? List.of() : c.results();
  }

  private void followProject() {
    ProjectSession session = design.projectSession();
    Project project = session.project();
    Path dir = ResultsFolder.of(project, session.file());
    if (runActive.getAsBoolean()) {
      return; // the run keeps its folder; the new one is read when it ends
    }
    location.set(dir == null
        ? "Results go into the folder \"" + project.resultsDirectory() + "\" next to the"
            + " project file once the project is saved."
        : "Results folder: " + dir);
    if (Objects.equals(dir, directory) && (dir == null || contents != null)) {
      return;
    }
    directory = dir;
    contents = null;
    chartShown = null;
    refresh();
  }

  private void evaluate() {
    if (runActive.getAsBoolean()) {
      return; // the running study's folder note stays until it ends
    }
    StudyPlan current = currentPlan();
    ResultsFolder.Contents c = contents;
    boolean other = false;
    boolean done = false;
    boolean check = false;
    String label = "Start";
    String text;
    if (directory == null) {
      text = "";
    } else if (c == null) {
      text = "Checking the results folder\u2026";
    } else if (c.problem() != null) {
      text = "This folder cannot be used: " + c.problem() + " Use a new folder for this design.";
      other = true;
    } else if (!c.hasLedger()) {
      text = "The folder holds no results yet: the run starts with the first cell.";
    } else if (current != null && c.belongsTo(current)) {
      int cellsDone = c.cellsDone(current);
      int total = current.cells().size();
      if (cellsDone == 0) {
        text = "No cells of this design are done yet.";
      } else if (cellsDone < total && current.design().adaptive() != null) {
        text = Texts.count(cellsDone) + " of the grid's " + Texts.plural(total, "cell", "cells")
            + " are measured. This adaptive study measures only what its question needs: Start"
            + " replays its waves from the ledger and trains new cells only if the answer needs"
            + " them (after a change of the question, say).";
      } else if (cellsDone < total) {
        text = Texts.count(cellsDone) + " of " + Texts.plural(total, "cell", "cells")
            + " done \u2014 press Resume to continue where the last run stopped.";
        label = "Resume";
      } else {
        text = "All " + Texts.plural(total, "cell", "cells") + " of this design are done, so"
            + " there is nothing left to run; the Scaling step fits them. To run the design"
            + " again, use a new folder.";
        label = ALL_DONE;
        done = true;
      }
      showChart(c, current);
    } else if (current != null) {
      other = true;
      if (chartShown != null) {
        chartShown = null;
        chart.reset(List.of()); // the folder's results are not of this design
      }
      text = "This folder holds " + Texts.plural(c.results().size(), "cell", "cells")
          + " of another design (" + Objects.requireNonNull(c.designHash()).substring(0, 12)
          + "). Results of different designs are never mixed: use a new folder for this design"
          + " (the old results stay where they are), or undo the changes to the design.";
    } else {
      text = "This folder holds " + Texts.plural(c.results().size(), "finished cell",
          "finished cells") + (showing ? "; checking whether they belong to this design\u2026"
          : "; they are compared with this design when the study is planned.");
      check = true;
    }
    otherDesign.set(other);
    allDone.set(done);
    if (!runActive.getAsBoolean()) {
      startLabel.set(label);
    }
    note.set(text);
    if (check) {
      checkInBackground(); // last: a plan that is at hand at once evaluates again
    }
  }

  private @Nullable StudyPlan currentPlan() {
    try {
      return plans.planFor(design.planKey());
    } catch (UserFacingException e) {
      return null;
    }
  }

  /** Plans the design to learn its hash, once per design, while the Run step is on screen. */
  private void checkInBackground() {
    if (!showing || runActive.getAsBoolean() || !design.problemsProperty().get().isEmpty()) {
      return;
    }
    PlanService.PlanKey key;
    try {
      key = design.planKey();
    } catch (UserFacingException e) {
      return;
    }
    if (key.equals(failedKey)) {
      return;
    }
    plans.plan(key, design.threadsProperty().get(), p -> evaluate(), error -> {
      if (!(error instanceof java.util.concurrent.CancellationException)) {
        failedKey = key;
        note.set("The folder's results could not be compared with this design: the design"
            + " cannot be planned (" + error.getMessage() + ").");
      }
    });
  }

  private void showChart(ResultsFolder.Contents c, StudyPlan current) {
    Object key = List.of(c.directory(), current.designHash(), c.results().size());
    if (runActive.getAsBoolean() || key.equals(chartShown)) {
      return;
    }
    chartShown = key;
    // no run writes here: the chart is fitted as the Scaling step fits the same cells.csv
    chart.showFolder(c.results(), c.directory().resolve("cells.csv"));
  }

  /** "Results folder: /data/gaps/results". */
  public ReadOnlyStringProperty locationProperty() {
    return location.getReadOnlyProperty();
  }

  /** What the folder holds and what that means for a run. */
  public ReadOnlyStringProperty noteProperty() {
    return note.getReadOnlyProperty();
  }

  /** "Start", "Resume", or {@link #ALL_DONE} (then Start is disabled: nothing is left to run). */
  public ReadOnlyStringProperty startLabelProperty() {
    return startLabel.getReadOnlyProperty();
  }

  /** Every cell of this design is in the folder: Start is off and a new folder is offered. */
  public ReadOnlyBooleanProperty allDoneProperty() {
    return allDone.getReadOnlyProperty();
  }

  /** The folder holds another design's results: the screen offers a new folder. */
  public ReadOnlyBooleanProperty otherDesignProperty() {
    return otherDesign.getReadOnlyProperty();
  }
}
