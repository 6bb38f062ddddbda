package org.sim2real.ui.run;

import java.util.List;
import java.util.Map;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.DataFormat;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The run's event log: finished cells, warnings and notes, newest last, wrapped to the width, the
 * view following the newest line; the selected lines (or all) copy to the clipboard with the
 * button or Ctrl+C.
 */
final class RunLogView extends VBox {
  /** Room for the heading and the Copy button side by side, and for short wrapped lines. */
  static final double MIN_WIDTH = 200;

  RunLogView(ObservableList<String> log) {
    Label title = new Label("Event log");
    title.getStyleClass().add("section-title");
    ListView<String> list = new ListView<>(log);
    list.setId("runLog");
    list.getStyleClass().add("run-log");
    list.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
    Label placeholder = new Label("Each finished cell, warning and note of a run is listed here,"
        + " newest last.");
    placeholder.getStyleClass().add("form-note");
    placeholder.setWrapText(true);
    placeholder.setPadding(new javafx.geometry.Insets(12));
    list.setPlaceholder(placeholder);
    list.setCellFactory(view -> new ListCell<>() {
      {
        setWrapText(true);
        setPrefWidth(0); // wrap at the list's width instead of scrolling sideways
      }

      @Override
      protected void updateItem(String item, boolean empty) {
        super.updateItem(item, empty);
        setText(empty ? null : item);
      }
    });
    VBox.setVgrow(list, Priority.ALWAYS);
    // follow the newest line once per batch of added lines (a scroll lays the list out, so one
    // per line stalls the FX thread when a run logs hundreds of lines a second); dropping the
    // oldest lines at the cap does not scroll
    boolean[] scrollPending = {false};
    log.addListener((ListChangeListener<String>) c -> {
      boolean added = false;
      while (c.next()) {
        added |= c.wasAdded();
      }
      if (added && !log.isEmpty()) {
        list.scrollTo(log.size() - 1);
        if (!scrollPending[0]) {
          // wrapped lines have their heights only after layout: scroll again once laid out
          scrollPending[0] = true;
          javafx.application.Platform.runLater(() -> {
            scrollPending[0] = false;
            if (!log.isEmpty()) {
              list.scrollTo(log.size() - 1);
            }
          });
        }
      }
    });
    KeyCombination copyKeys = KeyCombination.keyCombination("Shortcut+C");
    list.setOnKeyPressed(e -> {
      if (copyKeys.match(e) || (e.isShortcutDown() && e.getCode() == KeyCode.INSERT)) {
        copy(list.getSelectionModel().getSelectedItems().isEmpty() ? log
            : list.getSelectionModel().getSelectedItems());
        e.consume();
      }
    });
    Button copy = new Button("Copy Log");
    copy.setId("runCopyLog");
    copy.setTooltip(new Tooltip("Copies the selected lines, or the whole log, to the clipboard."));
    copy.setOnAction(e -> copy(list.getSelectionModel().getSelectedItems().isEmpty()
        ? log : list.getSelectionModel().getSelectedItems()));
    Region gap = new Region();
    HBox head = new HBox(8, title, gap, copy);
    head.setAlignment(Pos.CENTER_LEFT);
    HBox.setHgrow(gap, Priority.ALWAYS);
    // the heading and the button keep their words; the split pane keeps the log this wide
    title.setMinWidth(Region.USE_PREF_SIZE);
    copy.setMinWidth(Region.USE_PREF_SIZE);
    setMinWidth(MIN_WIDTH);
    setSpacing(6);
    getChildren().addAll(head, list);
    getStyleClass().add("run-log-box");
  }

  private static void copy(List<String> lines) {
    Clipboard.getSystemClipboard().setContent(Map.of(DataFormat.PLAIN_TEXT,
        String.join("\n", lines)));
  }
}
