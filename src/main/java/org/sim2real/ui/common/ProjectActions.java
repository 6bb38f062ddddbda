package org.sim2real.ui.common;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.sim2real.core.io.Sha256;
import org.sim2real.core.io.UserFacingException;
import org.sim2real.core.project.DataFileProblem;
import org.sim2real.core.project.DatasetReference;
import org.sim2real.core.project.OpenedProject;
import org.sim2real.core.project.Project;
import org.sim2real.core.project.ProjectAutosave;
import org.sim2real.core.project.ProjectStore;
import org.sim2real.core.project.ResultsCopy;

/**
 * What the File menu does with projects: New, Open, Save, Save As, locating moved data files,
 * and the "save changes?" question before anything replaces unsaved work. Reading and hashing
 * run as background tasks; questions go through the {@link DialogService}. Importing data files
 * belongs to the Data step ({@code ui.data}).
 */
public final class ProjectActions {
  private final ProjectSession session;
  private final ProjectStore store;
  private final ProjectAutosave autosave;
  private final DialogService dialogs;
  private final BackgroundTasks tasks;
  private final WorkbenchPreferences preferences;
  private final UndoManager undo;
  private final Consumer<String> status;
  private final List<BooleanSupplier> closeGuards = new ArrayList<>();

  public ProjectActions(ProjectSession session, ProjectStore store, ProjectAutosave autosave,
      DialogService dialogs, BackgroundTasks tasks, WorkbenchPreferences preferences,
      UndoManager undo, Consumer<String> status) {
    this.session = session;
    this.store = store;
    this.autosave = autosave;
    this.dialogs = dialogs;
    this.tasks = tasks;
    this.preferences = preferences;
    this.undo = undo;
    this.status = status;
    session.addChangeListener((snapshot, file) -> {
      if (file != null) {
        autosave.changed(snapshot, file);
      }
    });
  }

  public void newProject() {
    if (confirmDiscardChanges()) {
      session.load(Project.newProject(ProjectSession.UNTITLED), null, false);
      undo.clear();
      status.accept("New project. Import the simulation and experimental data to begin.");
    }
  }

  public void open() {
    if (!confirmDiscardChanges()) {
      return;
    }
    Path chosen = dialogs.chooseFileToOpen("Open Project", preferences.lastDirectory(),
        List.of(FileType.PROJECT, FileType.ANY));
    if (chosen != null) {
      load(chosen);
    }
  }

  /** Opens a project from the recent list, the command line or a sample. */
  public void openFile(Path file) {
    if (confirmDiscardChanges()) {
      load(file);
    }
  }

  /** Saves to the project's file, or asks where when it has none. True when it was saved. */
  public boolean save() {
    Path file = session.file();
    return file == null ? saveAs() : saveTo(file);
  }

  public boolean saveAs() {
    String name = session.project().name();
    Path chosen = dialogs.chooseFileToSave("Save Project As", preferences.lastDirectory(),
        name + ".s2r", List.of(FileType.PROJECT));
    if (chosen == null) {
      return false;
    }
    if (!chosen.getFileName().toString().endsWith(".s2r")) {
      chosen = chosen.resolveSibling(chosen.getFileName() + ".s2r");
    }
    return saveTo(chosen);
  }

  /**
   * Adds a question asked before the project is closed or replaced, after the one about unsaved
   * changes (e.g. "Stop the running study?"); a guard that returns false keeps the project open.
   */
  public void addCloseGuard(BooleanSupplier guard) {
    closeGuards.add(guard);
  }

  /**
   * Asks Save / Don't Save / Cancel when there are unsaved changes, then the close guards. True
   * when the caller may go on and replace or close the project.
   */
  public boolean confirmDiscardChanges() {
    if (session.isModified()) {
      boolean goOn = switch (dialogs.askToSaveChanges(session.project().name())) {
        case SAVE -> save();
        case DONT_SAVE -> {
          Path file = session.file();
          if (file != null) {
            autosave.discard(file);
          }
          yield true;
        }
        case CANCEL -> false;
      };
      if (!goOn) {
        return false;
      }
    }
    for (BooleanSupplier guard : closeGuards) {
      if (!guard.getAsBoolean()) {
        return false;
      }
    }
    return true;
  }

  private boolean saveTo(Path target) {
    Path file = target.toAbsolutePath().normalize();
    Project snapshot = session.snapshot();
    if (snapshot.name().equals(ProjectSession.UNTITLED)) {
      String stem = file.getFileName().toString().replaceFirst("\\.s2r$", "");
      snapshot = snapshot.withName(stem.isBlank() ? ProjectSession.UNTITLED : stem);
    }
    try {
      store.save(snapshot, file);
    } catch (UserFacingException e) {
      dialogs.showError("Could not save the project", e.getMessage());
      return false;
    }
    Path previous = session.file();
    String resultsNote = previous == null ? "" : takeResultsAlong(previous, file, snapshot);
    if (previous != null && !previous.equals(file)) {
      autosave.discard(previous);
    }
    autosave.discard(file);
    session.load(snapshot, file, false);
    preferences.addRecentProject(file);
    rememberDirectory(file);
    status.accept("Saved " + file.getFileName() + "." + resultsNote);
    return true;
  }

  /**
   * Save As into another folder: copies the results folder along (it is stored relative to the
   * project file), before the session switches to the new file and the steps read its results.
   */
  private String takeResultsAlong(Path previous, Path file, Project snapshot) {
    try {
      return switch (ResultsCopy.copy(previous, file, snapshot.resultsDirectory())) {
        case NOTHING_TO_COPY -> "";
        case COPIED -> " The results folder \"" + snapshot.resultsDirectory()
            + "\" was copied along.";
        case TARGET_EXISTS -> " The new folder already has a results folder \""
            + snapshot.resultsDirectory() + "\"; the project now uses it.";
      };
    } catch (UserFacingException e) {
      dialogs.showError("Results not copied", e.getMessage());
      return "";
    }
  }

  private void load(Path chosen) {
    Path file = chosen.toAbsolutePath().normalize();
    tasks.run("Opening " + file.getFileName(),
        context -> {
          context.progress(-1, "Reading the project and checking its data files");
          OpenedProject opened = store.open(file);
          return new OpenResult(opened, autosave.recoverable(file).orElse(null));
        },
        this::showOpened,
        error -> showFailure("Could not open " + file.getFileName(), error));
  }

  private record OpenResult(OpenedProject opened, @Nullable OpenedProject recovered) {}

  private void showOpened(OpenResult result) {
    OpenedProject chosen = result.opened();
    boolean recovered = false;
    if (result.recovered() != null) {
      if (dialogs.confirm("Recover unsaved changes",
          "The workbench found changes to \"" + chosen.project().name() + "\" that were not"
              + " saved (autosaved before the workbench closed unexpectedly). Recover them?"
              + " If you don't, the autosaved copy is deleted.", "Recover")) {
        chosen = result.recovered();
        recovered = true;
      } else {
        autosave.discard(chosen.file());
      }
    }
    session.load(chosen.project(), chosen.file(), recovered);
    undo.clear();
    preferences.addRecentProject(chosen.file());
    rememberDirectory(chosen.file());
    status.accept((recovered ? "Recovered unsaved changes of " : "Opened ")
        + chosen.file().getFileName() + ".");
    resolveNext(new ArrayDeque<>(chosen.dataFileProblems()), 0);
  }

  /** Asks about each moved or changed data file in turn; hashing a located file runs off-thread. */
  private void resolveNext(Deque<DataFileProblem> problems, int unresolved) {
    DataFileProblem problem = problems.poll();
    if (problem == null) {
      if (unresolved > 0) {
        status.accept(unresolved + " data file(s) of this project are still missing or changed;"
            + " use File > Import to choose them again.");
      }
      return;
    }
    DatasetReference ref = session.project().dataset(problem.role());
    DataFileResolution answer = dialogs.resolveDataFile(problem);
    if (ref == null || answer instanceof DataFileResolution.Skip) {
      resolveNext(problems, unresolved + 1);
      return;
    }
    Path candidate = answer instanceof DataFileResolution.Locate(Path located)
        ? located.toAbsolutePath().normalize() : problem.expectedPath();
    tasks.run("Checking " + candidate.getFileName(),
        context -> Sha256.ofFile(candidate),
        sha -> {
          boolean same = sha.equals(ref.sha256());
          boolean accept = same || answer instanceof DataFileResolution.AcceptChanged
              || dialogs.confirm("Different data file",
                  "The file " + candidate + " differs from the " + problem.role().displayName()
                      + " the project was built with. Results computed before may not match it."
                      + " Use it anyway?", "Use It");
          if (accept) {
            session.update(p -> p.withDataset(problem.role(),
                new DatasetReference(candidate.toString(), sha, ref.importSettings())));
          }
          resolveNext(problems, unresolved + (accept ? 0 : 1));
        },
        error -> {
          showFailure("Could not read " + candidate.getFileName(), error);
          resolveNext(problems, unresolved + 1);
        });
  }

  private void rememberDirectory(Path file) {
    Path dir = file.getParent();
    if (dir != null) {
      preferences.setLastDirectory(dir);
    }
  }

  private void showFailure(String title, Throwable error) {
    String message = error instanceof UserFacingException
        ? error.getMessage()
        : error instanceof java.io.IOException io
        ? "The file cannot be read (" + io + "). Check that it exists and that you may read it."
        : "Something went wrong that the workbench did not expect: " + error
            + ". Please report this with the steps that led to it.";
    dialogs.showError(title, message == null ? error.toString() : message);
  }
}
