package org.sim2real.ui.common;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * State of the main window that is not the project's: the status line (cleared when another step
 * is shown), the warning banner and the theme. The selected step lives in the {@link ProjectSession}, since it is saved with the
 * project.
 */
public final class ShellViewModel {
  private final ProjectSession session;
  private final StringProperty statusMessage = new SimpleStringProperty(this, "statusMessage",
      "Ready. Start with File > New or open a project.");
  private final StringProperty bannerMessage = new SimpleStringProperty(this, "bannerMessage", "");
  private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>(this, "theme", Theme.LIGHT);

  public ShellViewModel(ProjectSession session) {
    this.session = session;
    // a message belongs to the step it came from: "Imported exp_gap.csv ..." said on the Data
    // step would otherwise stay under every other step for the rest of the session. Registered
    // first, so a message a step gives as it is shown comes after this and stays.
    session.selectedStepProperty().addListener((obs, old, step) -> statusMessage.set(""));
  }

  public ProjectSession session() {
    return session;
  }

  public ObjectProperty<WorkbenchStep> selectedStepProperty() {
    return session.selectedStepProperty();
  }

  public void select(WorkbenchStep step) {
    session.selectedStepProperty().set(step);
  }

  public StringProperty statusMessageProperty() {
    return statusMessage;
  }

  /** A warning shown above the content until dismissed; empty hides the banner. */
  public StringProperty bannerMessageProperty() {
    return bannerMessage;
  }

  public ObjectProperty<Theme> themeProperty() {
    return theme;
  }
}
