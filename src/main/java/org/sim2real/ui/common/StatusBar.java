package org.sim2real.ui.common;

import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/**
 * The line at the bottom: the last message on the left; while a background task runs, its title,
 * what it is doing, a progress bar and a Cancel button on the right.
 */
public final class StatusBar extends HBox {
  public StatusBar(ShellViewModel model, BackgroundTasks tasks) {
    setId("statusBar");
    getStyleClass().add("status-bar");
    setAlignment(Pos.CENTER_LEFT);

    Label message = new Label();
    message.setId("statusMessage");
    message.getStyleClass().add("status-message");
    message.textProperty().bind(model.statusMessageProperty());
    message.setMinWidth(0);
    message.setMaxWidth(Double.MAX_VALUE);
    HBox.setHgrow(message, Priority.ALWAYS);
    tasks.noticeProperty().addListener((obs, old, notice) -> {
      if (!notice.isEmpty()) {
        model.statusMessageProperty().set(notice);
      }
    });

    Label task = new Label();
    task.setId("taskTitle");
    task.getStyleClass().add("status-task");
    task.textProperty().bind(Bindings.createStringBinding(
        () -> tasks.messageProperty().get().isEmpty()
            ? tasks.titleProperty().get()
            : tasks.titleProperty().get() + ": " + tasks.messageProperty().get(),
        tasks.titleProperty(), tasks.messageProperty()));

    ProgressBar bar = new ProgressBar();
    bar.setId("taskProgress");
    bar.setPrefWidth(160);
    bar.progressProperty().bind(tasks.progressProperty());

    Button cancel = new Button("Cancel");
    cancel.setId("cancelTask");
    cancel.getStyleClass().add("status-cancel");
    cancel.setTooltip(new Tooltip("Stop the running task; finished parts are kept."));
    cancel.setOnAction(e -> tasks.cancelCurrent());

    HBox running = new HBox(task, bar, cancel);
    running.getStyleClass().add("status-running");
    running.setAlignment(Pos.CENTER_RIGHT);
    running.visibleProperty().bind(tasks.busyProperty());
    running.managedProperty().bind(tasks.busyProperty());

    getChildren().addAll(message, running);
  }
}
