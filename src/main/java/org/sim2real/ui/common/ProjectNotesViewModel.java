package org.sim2real.ui.common;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The project's notes as an undoable field: each change is an edit on the {@link UndoManager};
 * consecutive typing merges into one undo step.
 */
public final class ProjectNotesViewModel {
  private static final Object NOTES_FIELD = new Object();

  private final ProjectSession session;
  private final UndoManager undo;
  private final ReadOnlyStringWrapper notes = new ReadOnlyStringWrapper(this, "notes");

  public ProjectNotesViewModel(ProjectSession session, UndoManager undo) {
    this.session = session;
    this.undo = undo;
    notes.set(session.project().notes());
    session.projectProperty().addListener((obs, old, project) -> notes.set(project.notes()));
  }

  public ReadOnlyStringProperty notesProperty() {
    return notes.getReadOnlyProperty();
  }

  /** The user typed: the notes become {@code text}, undoably. */
  public void edit(String text) {
    String old = session.project().notes();
    if (old.equals(text) || undo.isApplying()) {
      return;
    }
    undo.execute(new ValueEdit<>("Edit Notes", NOTES_FIELD, old, text, this::apply));
  }

  /** The user left the field: the next typing is a new undo step. */
  public void endEditing() {
    undo.endMerge();
  }

  private void apply(String text) {
    session.update(p -> p.withNotes(text));
  }
}
