package org.sim2real.ui.common;

import java.util.ArrayDeque;
import java.util.Deque;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The undo and redo stacks of design edits. The Edit menu binds its items' disabled state and
 * text to the properties here. Used on the FX thread only.
 */
public final class UndoManager {
  private final int limit;
  private final Deque<UndoableEdit> undoStack = new ArrayDeque<>();
  private final Deque<UndoableEdit> redoStack = new ArrayDeque<>();
  private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo");
  private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(this, "canRedo");
  private final ReadOnlyStringWrapper undoText = new ReadOnlyStringWrapper(this, "undoText", "Undo");
  private final ReadOnlyStringWrapper redoText = new ReadOnlyStringWrapper(this, "redoText", "Redo");
  private boolean mergeAllowed;
  private boolean applying;

  /** @param limit how many steps can be undone; older ones are forgotten */
  public UndoManager(int limit) {
    if (limit < 1) {
      throw new IllegalArgumentException("undo limit must be at least 1, not " + limit);
    }
    this.limit = limit;
  }

  /** Applies the edit and records it. */
  public void execute(UndoableEdit edit) {
    edit.redo();
    record(edit);
  }

  /**
   * Records an edit that has already been applied. Ignored while an undo or redo is being applied,
   * so listeners that record changes do not record the undo itself.
   */
  public void record(UndoableEdit edit) {
    if (applying) {
      return;
    }
    redoStack.clear();
    UndoableEdit top = undoStack.peek();
    if (mergeAllowed && top != null && edit.mergeKey() != null
        && edit.mergeKey().equals(top.mergeKey())) {
      undoStack.pop();
      undoStack.push(top.mergeWith(edit));
    } else {
      undoStack.push(edit);
      if (undoStack.size() > limit) {
        undoStack.removeLast();
      }
    }
    mergeAllowed = true;
    refresh();
  }

  public void undo() {
    UndoableEdit edit = undoStack.poll();
    if (edit == null) {
      return;
    }
    apply(edit::undo);
    redoStack.push(edit);
    refresh();
  }

  public void redo() {
    UndoableEdit edit = redoStack.poll();
    if (edit == null) {
      return;
    }
    apply(edit::redo);
    undoStack.push(edit);
    refresh();
  }

  /** The next edit starts a new step even if it changes the same field (e.g. after focus left). */
  public void endMerge() {
    mergeAllowed = false;
  }

  /** Forgets all history (a new project was opened). */
  public void clear() {
    undoStack.clear();
    redoStack.clear();
    refresh();
  }

  /** True while an undo or redo is being applied. */
  public boolean isApplying() {
    return applying;
  }

  public int undoCount() {
    return undoStack.size();
  }

  public ReadOnlyBooleanProperty canUndoProperty() {
    return canUndo.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty canRedoProperty() {
    return canRedo.getReadOnlyProperty();
  }

  /** "Undo Edit notes" or plain "Undo". */
  public ReadOnlyStringProperty undoTextProperty() {
    return undoText.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty redoTextProperty() {
    return redoText.getReadOnlyProperty();
  }

  private void apply(Runnable change) {
    applying = true;
    try {
      change.run();
    } finally {
      applying = false;
      mergeAllowed = false;
    }
  }

  private void refresh() {
    canUndo.set(!undoStack.isEmpty());
    canRedo.set(!redoStack.isEmpty());
    undoText.set(undoStack.isEmpty() ? "Undo" : "Undo " + undoStack.peek().description());
    redoText.set(redoStack.isEmpty() ? "Redo" : "Redo " + redoStack.peek().description());
  }
}
