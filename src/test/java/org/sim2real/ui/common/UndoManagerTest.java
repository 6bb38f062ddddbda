package org.sim2real.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class UndoManagerTest {
  private final UndoManager undo = new UndoManager(3);
  private final List<String> field = new ArrayList<>(List.of(""));
  private final Object fieldKey = new Object();

  private void type(String text) {
    undo.execute(new ValueEdit<>("Edit Name", fieldKey, field.get(0), text, v -> field.set(0, v)));
  }

  private void set(Object key, String text) {
    undo.execute(new ValueEdit<>("Edit", key, field.get(0), text, v -> field.set(0, v)));
  }

  @Test
  void nothingToUndoOrRedoAtFirst() {
    assertFalse(undo.canUndoProperty().get());
    assertFalse(undo.canRedoProperty().get());
    assertEquals("Undo", undo.undoTextProperty().get());
  }

  @Test
  void undoAndRedoRestoreValuesAndFlipTheEnabledState() {
    set(new Object(), "a");
    set(new Object(), "b");
    assertTrue(undo.canUndoProperty().get());

    undo.undo();
    assertEquals("a", field.get(0));
    assertTrue(undo.canRedoProperty().get());

    undo.undo();
    assertEquals("", field.get(0));
    assertFalse(undo.canUndoProperty().get());

    undo.redo();
    undo.redo();
    assertEquals("b", field.get(0));
    assertFalse(undo.canRedoProperty().get());
  }

  @Test
  void consecutiveEditsOfOneFieldMergeIntoOneStep() {
    type("B");
    type("Ba");
    type("Ban");
    assertEquals(1, undo.undoCount());
    assertEquals("Undo Edit Name", undo.undoTextProperty().get());

    undo.undo();
    assertEquals("", field.get(0));
    undo.redo();
    assertEquals("Ban", field.get(0));
  }

  @Test
  void endMergeStartsANewStepForTheSameField() {
    type("a");
    undo.endMerge();
    type("ab");
    assertEquals(2, undo.undoCount());
    undo.undo();
    assertEquals("a", field.get(0));
  }

  @Test
  void aNewEditClearsTheRedoHistory() {
    set(new Object(), "a");
    undo.undo();
    set(new Object(), "b");
    assertFalse(undo.canRedoProperty().get());
    assertEquals("Redo", undo.redoTextProperty().get());
  }

  @Test
  void historyKeepsOnlyTheLimitNewestSteps() {
    for (String s : List.of("1", "2", "3", "4", "5")) {
      set(new Object(), s);
    }
    assertEquals(3, undo.undoCount());
    undo.undo();
    undo.undo();
    undo.undo();
    undo.undo();
    assertEquals("2", field.get(0));
    assertFalse(undo.canUndoProperty().get());
  }

  @Test
  void editsRecordedWhileApplyingAnUndoAreIgnored() {
    List<String> echo = new ArrayList<>();
    undo.execute(new ValueEdit<>("Edit", fieldKey, "", "x", v -> {
      field.set(0, v);
      echo.add(v);
      undo.record(new ValueEdit<>("Echo", new Object(), "", v, w -> {}));
    }));
    int before = undo.undoCount();
    undo.undo();
    assertEquals(before - 1, undo.undoCount());
    assertEquals(List.of("x", ""), echo);
  }

  @Test
  void limitMustBePositive() {
    assertThrows(IllegalArgumentException.class, () -> new UndoManager(0));
  }
}
