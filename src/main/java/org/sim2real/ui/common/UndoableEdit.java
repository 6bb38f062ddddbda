package org.sim2real.ui.common;

import org.jspecify.annotations.Nullable;

/** One reversible change of the design, as the Edit menu's Undo and Redo see it. */
public interface UndoableEdit {
  void undo();

  void redo();

  /** Shown in the menu: "Undo " + description. */
  String description();

  /**
   * Edits with the same non-null key that follow each other (typing in one field) may be merged
   * into one undo step; null means never merge.
   */
  default @Nullable Object mergeKey() {
    return null;
  }

  /** The edit that does this and then {@code next}; only called when the merge keys are equal. */
  default UndoableEdit mergeWith(UndoableEdit next) {
    throw new UnsupportedOperationException(description() + " cannot be merged");
  }
}
