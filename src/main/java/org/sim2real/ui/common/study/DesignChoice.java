package org.sim2real.ui.common.study;

import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import org.sim2real.core.io.UserFacingException;
import org.sim2real.core.study.StudyDesign;

/**
 * A choice of the study form (a check box, a combo box) bound to one setting of the design: a
 * choice the design accepts becomes an undoable edit at once; one it refuses snaps back and
 * {@link #errorProperty()} says why. FX thread only.
 *
 * @param <T> the choice's value type
 */
public final class DesignChoice<T> {
  private final DesignSession session;
  private final String name;
  private final Function<StudyDesign, T> read;
  private final BiFunction<StudyDesign, T, StudyDesign> write;
  private final ObjectProperty<T> value;
  private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
  private boolean refreshing;
  private boolean choosing;

  /**
   * @param name the setting's name in undo descriptions ("Change Activation")
   * @param write the design with the new choice; throws {@link IllegalArgumentException} or
   *     {@link UserFacingException} with a reason when the design cannot take it
   */
  public DesignChoice(DesignSession session, String name, Function<StudyDesign, T> read,
      BiFunction<StudyDesign, T, StudyDesign> write) {
    this.session = session;
    this.name = name;
    this.read = read;
    this.write = write;
    this.value = new SimpleObjectProperty<>(this, "value", read.apply(session.design()));
    value.addListener((obs, old, chosen) -> chosen(chosen));
    session.designProperty().addListener((obs, old, d) -> refresh(!choosing));
    session.factsProperty().addListener((obs, old, f) -> refresh(!choosing));
  }

  /** The choice shown; the view sets it when the user chooses. */
  public ObjectProperty<T> valueProperty() {
    return value;
  }

  public T get() {
    return value.get();
  }

  public void set(T chosen) {
    value.set(chosen);
  }

  /** Why the last choice was refused ("" when it was taken). */
  public ReadOnlyStringProperty errorProperty() {
    return error.getReadOnlyProperty();
  }

  private void chosen(T chosen) {
    if (refreshing || chosen == null) {
      return;
    }
    choosing = true;
    try {
      StudyDesign next = write.apply(session.design(), chosen);
      error.set("");
      session.edit("Change " + name, new Object(), next);
    } catch (IllegalArgumentException | UserFacingException | IllegalStateException e) {
      error.set(Objects.requireNonNullElse(e.getMessage(), "not possible"));
    } finally {
      choosing = false;
    }
    refresh(false); // a refused or adjusted choice shows what the design holds
  }

  /** @param clearError the design changed since a refusal, so it no longer applies */
  private void refresh(boolean clearError) {
    if (clearError) {
      error.set("");
    }
    T current = read.apply(session.design());
    if (!Objects.equals(current, value.get())) {
      refreshing = true;
      try {
        value.set(current);
      } finally {
        refreshing = false;
      }
    }
  }
}
