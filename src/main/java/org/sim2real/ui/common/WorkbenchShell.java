package org.sim2real.ui.common;

import java.util.EnumMap;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.control.MenuBar;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The main window's content: menus on top, the step navigator on the left, the selected step's
 * view (with the warning banner above it) in the middle, and the status bar at the bottom.
 */
public final class WorkbenchShell extends BorderPane {
  private final SplitPane split;
  private final StepNavigator navigator;
  private final StackPane content = new StackPane();
  private final Map<WorkbenchStep, Node> views;

  public WorkbenchShell(ShellViewModel model, MenuBar menus, StatusBar status,
      Map<WorkbenchStep, Node> stepViews) {
    getStyleClass().add("workbench");
    views = new EnumMap<>(stepViews);
    for (WorkbenchStep step : WorkbenchStep.values()) {
      if (!views.containsKey(step)) {
        throw new IllegalArgumentException("no view for the step " + step);
      }
    }
    navigator = new StepNavigator(model);
    content.setId("stepContent");
    content.getStyleClass().add("step-content");
    VBox.setVgrow(content, Priority.ALWAYS);
    VBox center = new VBox(new WarningBanner(model), content);
    center.getStyleClass().add("content-area");
    split = new SplitPane(navigator, center);
    split.setId("mainSplit");
    SplitPane.setResizableWithParent(navigator, false);

    setTop(menus);
    setCenter(split);
    setBottom(status);
    show(model.selectedStepProperty().get());
    model.selectedStepProperty().addListener((obs, old, step) -> show(step));
  }

  public SplitPane split() {
    return split;
  }

  public StepNavigator navigator() {
    return navigator;
  }

  private void show(WorkbenchStep step) {
    content.getChildren().setAll(views.get(step));
  }
}
