package org.sim2real.ui.common;

import javafx.scene.TraversalDirection;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.VBox;

/**
 * A notes field for the study. Ctrl+Z and Ctrl+Y in it go to the workbench's undo history rather
 * than the text field's own, so the Edit menu and the keys always agree. Tab moves on to the next
 * control, as in the other fields.
 */
public final class ProjectNotesView extends VBox {
  private static final KeyCombination UNDO = KeyCombination.keyCombination("Shortcut+Z");
  private static final KeyCombination REDO = KeyCombination.keyCombination("Shortcut+Y");
  private static final KeyCombination REDO_ALT = KeyCombination.keyCombination("Shortcut+Shift+Z");

  public ProjectNotesView(ProjectNotesViewModel model, UndoManager undo) {
    getStyleClass().add("notes-box");
    Label caption = new Label("Notes");
    caption.getStyleClass().add("field-label");
    TextArea area = new TextArea(model.notesProperty().get());
    area.setId("projectNotes");
    area.setPromptText("What is this study for? Hypotheses, data sources, decisions...");
    area.setWrapText(true);
    area.setPrefRowCount(6);
    area.setTooltip(new Tooltip("Free-form notes, saved with the project. Edit > Undo reverts them."));
    area.textProperty().addListener((obs, old, text) -> model.edit(text));
    model.notesProperty().addListener((obs, old, text) -> {
      if (!area.getText().equals(text)) {
        area.setText(text);
      }
    });
    area.focusedProperty().addListener((obs, was, focused) -> {
      if (!focused) {
        model.endEditing();
      }
    });
    area.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
      if (UNDO.match(e)) {
        undo.undo();
        e.consume();
      } else if (REDO.match(e) || REDO_ALT.match(e)) {
        undo.redo();
        e.consume();
      } else if (e.getCode() == KeyCode.ENTER) {
        undo.endMerge(); // a new paragraph starts a new undo step
      } else if (e.getCode() == KeyCode.TAB && !e.isControlDown() && !e.isAltDown()
          && !e.isMetaDown()) {
        // Tab leaves the notes as it leaves every other field: a text area types a tab instead,
        // which kept the keyboard in the notes for good (notes need no tab characters)
        e.consume();
        area.requestFocusTraversal(e.isShiftDown() ? TraversalDirection.PREVIOUS
            : TraversalDirection.NEXT);
      }
    });
    getChildren().addAll(caption, area);
  }
}
