package org.sim2real.ui.scaling;

import java.nio.file.Files;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import org.sim2real.core.project.Project;
import org.sim2real.ui.common.ProjectSession;
import org.sim2real.ui.common.WorkbenchStep;

/**
 * Keeps the Scaling screen on the project's results: when a project is opened, or the Scaling
 * step (or the Forecast step, which reads the same fit) is shown again after a run wrote new
 * cells, it reads {@code resultsDirectory/cells.csv} (relative to the project file). A table the
 * user opened by hand stays until another project is opened.
 */
final class ProjectResults {
  private final ProjectSession session;
  private final ScalingViewModel model;

  ProjectResults(ProjectSession session, ScalingViewModel model) {
    this.session = session;
    this.model = model;
    session.fileProperty().addListener((obs, old, now) -> {
      if (now == null || !now.equals(old)) {
        projectSwitched();
      }
    });
    session.projectProperty().addListener((obs, old, now) -> {
      if (!old.resultsDirectory().equals(now.resultsDirectory())) {
        projectSwitched();
      }
    });
    session.selectedStepProperty().addListener((obs, old, now) -> {
      if (now == WorkbenchStep.SCALING || now == WorkbenchStep.FORECAST) {
        refresh();
      }
    });
  }

  /** The project's cells.csv, or null for an unsaved project. */
  @Nullable Path cellsFile() {
    Path file = session.file();
    Path dir = file == null ? null : file.toAbsolutePath().getParent();
    if (dir == null) {
      return null;
    }
    Project project = session.project();
    return dir.resolve(project.resultsDirectory()).resolve("cells.csv");
  }

  /** The project's results folder, or null for an unsaved project. */
  @Nullable Path resultsDirectory() {
    Path cells = cellsFile();
    return cells == null ? null : cells.getParent();
  }

  private void projectSwitched() {
    LoadedTable current = model.loadedProperty().get();
    if (current != null) {
      model.clear();
    }
    refresh();
  }

  /** Reads the project's results when they are new or changed; keeps a hand-opened table. */
  void refresh() {
    LoadedTable current = model.loadedProperty().get();
    if (current != null && !current.fromProject()) {
      return;
    }
    Path cells = cellsFile();
    if (cells == null || !Files.isRegularFile(cells)) {
      if (current != null) {
        model.clear();
      }
      return;
    }
    if (model.isStale(cells)) {
      model.open(cells, true);
    }
  }
}
