package org.sim2real.ui.common;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import org.jspecify.annotations.Nullable;
import org.sim2real.core.project.Project;
import org.sim2real.core.project.UiState;

/**
 * The open project as the screens see it: the immutable {@link Project} value, the file it came
 * from, and whether it has unsaved changes. Screens change the project only through
 * {@link #update}, which marks it modified and tells listeners (autosave). FX thread only.
 */
public final class ProjectSession {
  /** Told after every change of the project's content. */
  @FunctionalInterface
  public interface ChangeListener {
    void projectChanged(Project snapshot, @Nullable Path file);
  }

  public static final String UNTITLED = "Untitled";

  private final ReadOnlyObjectWrapper<Project> project =
      new ReadOnlyObjectWrapper<>(this, "project", Project.newProject(UNTITLED));
  private final ReadOnlyObjectWrapper<@Nullable Path> file = new ReadOnlyObjectWrapper<>(this, "file");
  private final ReadOnlyBooleanWrapper modified = new ReadOnlyBooleanWrapper(this, "modified");
  private final ObjectProperty<WorkbenchStep> selectedStep =
      new SimpleObjectProperty<>(this, "selectedStep", WorkbenchStep.DATA);
  private final List<ChangeListener> listeners = new ArrayList<>();

  /** Replaces the whole project (New, Open, recovery). */
  public void load(Project newProject, @Nullable Path newFile, boolean hasUnsavedChanges) {
    project.set(newProject);
    file.set(newFile);
    modified.set(hasUnsavedChanges);
    selectedStep.set(WorkbenchStep.fromName(newProject.uiState().selectedStep()));
  }

  /** Changes the project's content; the project counts as modified afterwards. */
  public void update(UnaryOperator<Project> change) {
    Project changed = change.apply(project.get());
    if (changed.equals(project.get())) {
      return;
    }
    project.set(changed);
    modified.set(true);
    Project snapshot = snapshot();
    for (ChangeListener l : List.copyOf(listeners)) {
      l.projectChanged(snapshot, file.get());
    }
  }

  /** After a successful save to {@code savedTo}. */
  public void markSaved(Path savedTo) {
    file.set(savedTo);
    modified.set(false);
  }

  /** The project as it should be written now, including the window state worth keeping. */
  public Project snapshot() {
    return project.get().withUiState(new UiState(selectedStep.get().name()));
  }

  public void addChangeListener(ChangeListener listener) {
    listeners.add(listener);
  }

  public Project project() {
    return project.get();
  }

  public @Nullable Path file() {
    return file.get();
  }

  public boolean isModified() {
    return modified.get();
  }

  public ReadOnlyObjectProperty<Project> projectProperty() {
    return project.getReadOnlyProperty();
  }

  public ReadOnlyObjectProperty<@Nullable Path> fileProperty() {
    return file.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty modifiedProperty() {
    return modified.getReadOnlyProperty();
  }

  public ObjectProperty<WorkbenchStep> selectedStepProperty() {
    return selectedStep;
  }

  /** "Band gaps* - Sim2Real Scaling Workbench", with the star while there are unsaved changes. */
  public StringBinding windowTitle(String applicationName) {
    return Bindings.createStringBinding(
        () -> project.get().name() + (modified.get() ? "*" : "")
            + (file.get() == null ? "" : " (" + file.get().getFileName() + ")")
            + " - " + applicationName,
        project, modified, file);
  }
}
