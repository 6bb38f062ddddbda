package org.sim2real.ui.common.study;

import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.jspecify.annotations.Nullable;
import org.sim2real.core.io.UserFacingException;
import org.sim2real.core.study.StudyDesign;

/**
 * A text field of the study form bound to one setting of the design. As the user types, the text
 * is parsed and checked; a valid value becomes an undoable edit of the design at once, an invalid
 * one leaves the design alone and {@link #errorProperty()} says why. When the design changes from
 * elsewhere (undo, a preset, another project) the text follows, unless this setting kept its
 * value, so an unfinished entry survives edits of other fields. FX thread only.
 *
 * @param <T> the setting's value type
 */
public final class DesignField<T> {
  /** Reads a typed value; throws {@link IllegalArgumentException} with a reason for the user. */
  @FunctionalInterface
  public interface Parser<T> {
    T parse(String text);
  }

  /** A check against the data: why the value cannot run, or null. */
  @FunctionalInterface
  public interface Check<T> {
    @Nullable String problem(T value, StudyDesign design, DataFacts facts);
  }

  private final DesignSession session;
  private final String name;
  private final Function<StudyDesign, T> read;
  private final Parser<T> parser;
  private final Function<T, String> format;
  private final BiFunction<StudyDesign, T, StudyDesign> write;
  private final Check<T> check;
  private final StringProperty text = new SimpleStringProperty(this, "text", "");
  private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
  private @Nullable T shown;
  private boolean hasShown;
  private boolean refreshing;

  /**
   * @param name the setting's name in undo descriptions ("Change Repetitions")
   * @param read the setting's value in a design
   * @param write the design with a new value; may throw {@link IllegalArgumentException} or
   *     {@link UserFacingException} when the combination is impossible
   */
  public DesignField(DesignSession session, String name, Function<StudyDesign, T> read,
      Parser<T> parser, Function<T, String> format, BiFunction<StudyDesign, T, StudyDesign> write,
      Check<T> check) {
    this.session = session;
    this.name = name;
    this.read = read;
    this.parser = parser;
    this.format = format;
    this.write = write;
    this.check = check;
    text.addListener((obs, old, typed) -> typed(typed));
    session.designProperty().addListener((obs, old, d) -> refresh());
    session.factsProperty().addListener((obs, old, f) -> refresh());
    refresh();
  }

  /** The text in the field; the view binds its text field to it both ways. */
  public StringProperty textProperty() {
    return text;
  }

  /** Why the text is not used ("" when it is). */
  public ReadOnlyStringProperty errorProperty() {
    return error.getReadOnlyProperty();
  }

  public String name() {
    return name;
  }

  /** The user left the field: the next typing is a new undo step. */
  public void endEditing() {
    session.endEditing();
  }

  private void typed(String typed) {
    if (refreshing) {
      return;
    }
    String problem = validate(typed);
    error.set(problem == null ? "" : problem);
  }

  /** Parses, checks and applies; returns the reason when the text cannot be used. */
  private @Nullable String validate(String typed) {
    T value;
    StudyDesign next;
    try {
      value = parser.parse(typed.strip());
      next = write.apply(session.design(), value);
    } catch (IllegalArgumentException | UserFacingException | IllegalStateException e) {
      return Objects.requireNonNullElse(e.getMessage(), "not a valid value");
    }
    String problem = check.problem(value, next, session.facts());
    if (problem != null) {
      return problem;
    }
    shown = value;
    hasShown = true;
    session.edit("Change " + name, this, next);
    return null;
  }

  private void refresh() {
    T value = read.apply(session.design());
    boolean changed = !hasShown || !Objects.equals(value, shown);
    if (!changed && !error.get().isEmpty() && !showsValue()) {
      String reason = reasonWithoutApplying(text.get());
      if (reason != null) {
        error.set(reason); // the unfinished entry stays, still explained
        return;
      }
      changed = true; // it would apply now, but was never applied: show what the design holds
    }
    if (changed) {
      shown = value;
      hasShown = true;
      refreshing = true;
      try {
        text.set(format.apply(value));
      } finally {
        refreshing = false;
      }
    }
    String problem = check.problem(value, session.design(), session.facts());
    error.set(problem == null ? "" : problem);
  }

  private boolean showsValue() {
    try {
      return Objects.equals(parser.parse(text.get().strip()), shown);
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  /** The reason the user's unfinished text is not used, checked again without applying it. */
  private @Nullable String reasonWithoutApplying(String typed) {
    try {
      T value = parser.parse(typed.strip());
      StudyDesign next = write.apply(session.design(), value);
      return check.problem(value, next, session.facts());
    } catch (IllegalArgumentException | UserFacingException | IllegalStateException e) {
      return Objects.requireNonNullElse(e.getMessage(), "not a valid value");
    }
  }
}
