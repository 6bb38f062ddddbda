package org.sim2real.ui.common;

import java.nio.file.Path;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.jspecify.annotations.Nullable;
import org.sim2real.core.project.DatasetReference;
import org.sim2real.core.project.DatasetRole;
import org.sim2real.core.project.Project;

/** Which data files the project refers to, as one line each for the Data step's empty state. */
public final class DatasetSummaryViewModel {
  private final ReadOnlyStringWrapper simulation = new ReadOnlyStringWrapper(this, "simulation");
  private final ReadOnlyStringWrapper experimental = new ReadOnlyStringWrapper(this, "experimental");

  public DatasetSummaryViewModel(ProjectSession session) {
    refresh(session.project());
    session.projectProperty().addListener((obs, old, project) -> refresh(project));
  }

  public ReadOnlyStringProperty simulationProperty() {
    return simulation.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty experimentalProperty() {
    return experimental.getReadOnlyProperty();
  }

  private void refresh(Project project) {
    simulation.set(describe(project.dataset(DatasetRole.SIMULATION)));
    experimental.set(describe(project.dataset(DatasetRole.EXPERIMENTAL)));
  }

  static String describe(@Nullable DatasetReference ref) {
    if (ref == null) {
      return "not chosen yet";
    }
    Path p = Path.of(ref.path());
    Path dir = p.getParent();
    return p.getFileName() + (dir == null ? "" : "  (in " + dir + ")")
        + "  SHA-256 " + ref.sha256().substring(0, 12) + "...";
  }
}
