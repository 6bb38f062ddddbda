package org.sim2real.ui.common.study;

import java.util.Objects;
import javafx.beans.value.ObservableValue;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Region;
import org.jspecify.annotations.Nullable;
import org.sim2real.ui.common.FieldValidation;
import org.sim2real.ui.common.UndoManager;

/**
 * Builds the controls of the study form from its fields and choices: text fields decorated while
 * their value is not used ({@link FieldValidation}: ControlsFX's mark with the reason as its
 * tooltip, and a red border), with the reason in their own tooltip and below them, check boxes
 * and combo boxes that follow the design both ways. Ctrl+Z and Ctrl+Y in a text field go to the
 * workbench's undo history, so the keys and the Edit menu always agree.
 */
public final class FormControls {
  private static final KeyCombination UNDO = KeyCombination.keyCombination("Shortcut+Z");
  private static final KeyCombination REDO = KeyCombination.keyCombination("Shortcut+Y");
  private static final KeyCombination REDO_ALT = KeyCombination.keyCombination("Shortcut+Shift+Z");

  private final UndoManager undo;

  public FormControls(UndoManager undo) {
    this.undo = undo;
  }

  /** A text field bound to {@code field}; its error shows in {@link #errorLabel}. */
  public TextField text(DesignField<?> field, String id, int columns, String help) {
    TextField box = new TextField();
    box.setId(id);
    box.setPrefColumnCount(columns);
    box.setMaxWidth(Region.USE_PREF_SIZE); // grids and rows do not stretch short fields
    box.textProperty().bindBidirectional(field.textProperty());
    Tooltip tip = new Tooltip();
    tip.setWrapText(true);
    tip.setMaxWidth(420);
    box.setTooltip(tip);
    Runnable explain = () -> {
      String error = field.errorProperty().get();
      tip.setText(error.isEmpty() ? help : help + "\n\nNot used: " + error);
    };
    field.errorProperty().addListener((obs, old, e) -> explain.run());
    explain.run();
    FieldValidation.decorate(box, field.errorProperty());
    box.focusedProperty().addListener((obs, was, focused) -> {
      if (!focused) {
        field.endEditing();
      }
    });
    routeUndoKeys(box);
    return box;
  }

  /** The reason a field's text is not used, shown under it while there is one. */
  public static Label errorLabel(ObservableValue<String> error, String id) {
    Label label = new Label();
    label.setId(id);
    label.getStyleClass().add("field-error");
    label.setWrapText(true);
    label.setMinHeight(Region.USE_PREF_SIZE);
    label.textProperty().bind(error);
    showWhenNotEmpty(label, error);
    return label;
  }

  /** A check box that follows a choice both ways. */
  public static CheckBox check(DesignChoice<Boolean> choice, String text, String id, String help) {
    CheckBox box = new CheckBox(text);
    box.setId(id);
    box.setTooltip(wrapping(help));
    box.setSelected(Boolean.TRUE.equals(choice.get()));
    box.selectedProperty().addListener((obs, old, on) -> {
      if (!Objects.equals(on, choice.get())) {
        choice.set(on);
      }
    });
    choice.valueProperty().addListener((obs, old, on) -> box.setSelected(Boolean.TRUE.equals(on)));
    return box;
  }

  /** A combo box that follows a choice both ways. */
  public static <T> ComboBox<T> combo(DesignChoice<T> choice, ObservableList<T> items, String id,
      String help) {
    ComboBox<T> box = new ComboBox<>(items);
    box.setId(id);
    box.setTooltip(wrapping(help));
    box.setValue(choice.get());
    box.valueProperty().addListener((obs, old, value) -> {
      if (value != null && !Objects.equals(value, choice.get())) {
        choice.set(value);
      }
    });
    choice.valueProperty().addListener((obs, old, value) -> box.setValue(value));
    items.addListener((javafx.collections.ListChangeListener<T>) c -> box.setValue(choice.get()));
    return box;
  }

  /** A small muted explanation that wraps. */
  public static Label note(ObservableValue<String> text, String id) {
    Label label = new Label();
    label.setId(id);
    label.getStyleClass().add("form-note");
    label.setWrapText(true);
    label.setMinHeight(Region.USE_PREF_SIZE);
    label.textProperty().bind(text);
    showWhenNotEmpty(label, text);
    return label;
  }

  public static Label note(String text) {
    Label label = new Label(text);
    label.getStyleClass().add("form-note");
    label.setWrapText(true);
    label.setMinHeight(Region.USE_PREF_SIZE);
    return label;
  }

  public static Label caption(String text) {
    Label label = new Label(text);
    label.getStyleClass().add("form-label");
    label.setMinWidth(Region.USE_PREF_SIZE);
    return label;
  }

  public static Tooltip wrapping(String text) {
    Tooltip tip = new Tooltip(text);
    tip.setWrapText(true);
    tip.setMaxWidth(420);
    return tip;
  }

  /** Hidden and taking no room while {@code text} is empty. */
  public static void showWhenNotEmpty(Node node, ObservableValue<String> text) {
    var shown = javafx.beans.binding.Bindings.createBooleanBinding(
        () -> text.getValue() != null && !text.getValue().isEmpty(), text);
    node.visibleProperty().bind(shown);
    node.managedProperty().bind(shown);
  }

  /**
   * Scrolls {@code scroll} so that the focused control inside it is in view: tabbing through a
   * long form never leaves the caret below the window.
   */
  public static void followFocus(javafx.scene.control.ScrollPane scroll) {
    scroll.sceneProperty().addListener((obs, old, scene) -> {
      if (scene != null) {
        scene.focusOwnerProperty().addListener((o, was, focused) -> reveal(scroll, focused));
      }
    });
  }

  private static void reveal(javafx.scene.control.ScrollPane scroll, @Nullable Node node) {
    Node content = scroll.getContent();
    if (node == null || content == null) {
      return;
    }
    for (Node n = node; n != content; n = n.getParent()) {
      if (n == null) {
        return; // not in this form
      }
    }
    javafx.geometry.Bounds b = content.sceneToLocal(node.localToScene(node.getBoundsInLocal()));
    double contentHeight = content.getBoundsInLocal().getHeight();
    double view = scroll.getViewportBounds().getHeight();
    if (contentHeight <= view) {
      return;
    }
    double top = scroll.getVvalue() * (contentHeight - view);
    if (b.getMinY() < top + 8) {
      scroll.setVvalue(Math.max(0, (b.getMinY() - 24) / (contentHeight - view)));
    } else if (b.getMaxY() > top + view - 8) {
      scroll.setVvalue(Math.min(1, (b.getMaxY() + 24 - view) / (contentHeight - view)));
    }
  }

  /**
   * Lets the window's shortcuts (Ctrl+Z, Ctrl+S, Ctrl+1 to Ctrl+6, ...) work while {@code control}
   * has the focus, for controls that consume every key they are given (ControlsFX's RangeSlider
   * does): a key pressed with Ctrl, Alt or Meta runs the scene's accelerator for it instead.
   */
  public static void keepShortcuts(Node control) {
    control.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
      Scene scene = control.getScene();
      if (scene == null || !(e.isShortcutDown() || e.isControlDown() || e.isAltDown()
          || e.isMetaDown())) {
        return;
      }
      for (var accelerator : scene.getAccelerators().entrySet()) {
        if (accelerator.getKey().match(e)) {
          e.consume();
          accelerator.getValue().run();
          return;
        }
      }
    });
  }

  /** Ctrl+Z / Ctrl+Y in a text control undo design edits, not the control's own typing. */
  public void routeUndoKeys(TextInputControl control) {
    control.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
      if (UNDO.match(e)) {
        undo.undo();
        e.consume();
      } else if (REDO.match(e) || REDO_ALT.match(e)) {
        undo.redo();
        e.consume();
      }
    });
  }
}
