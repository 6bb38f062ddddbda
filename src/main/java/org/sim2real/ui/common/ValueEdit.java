package org.sim2real.ui.common;

import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * An edit that set a field from one value to another; consecutive edits of the same field merge
 * into one step that spans from the first old value to the last new value.
 */
public record ValueEdit<T>(
    String description, Object field, T oldValue, T newValue, Consumer<T> setter)
    implements UndoableEdit {

  @Override
  public void undo() {
    setter.accept(oldValue);
  }

  @Override
  public void redo() {
    setter.accept(newValue);
  }

  @Override
  public @Nullable Object mergeKey() {
    return field;
  }

  @Override
  @SuppressWarnings("unchecked")
  public UndoableEdit mergeWith(UndoableEdit next) {
    ValueEdit<T> later = (ValueEdit<T>) next;
    return new ValueEdit<>(description, field, oldValue, later.newValue, setter);
  }
}
