package org.sim2real.ui.common;

import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The list of steps on the left. Arrow keys move between steps (the list's own keys), the
 * selection follows the view model both ways, and each row says its Ctrl+digit shortcut.
 */
public final class StepNavigator extends ListView<WorkbenchStep> {
  public StepNavigator(ShellViewModel model) {
    super();
    getItems().setAll(WorkbenchStep.values());
    setId("stepNavigator");
    getStyleClass().add("navigator");
    setCellFactory(list -> new StepCell());
    setMinWidth(170);
    setPrefWidth(220);
    setMaxWidth(420);
    getSelectionModel().select(model.selectedStepProperty().get());
    getSelectionModel().selectedItemProperty().addListener((obs, old, step) -> {
      if (step != null) {
        model.select(step);
      } else if (old != null) {
        getSelectionModel().select(old); // a step is always selected
      }
    });
    model.selectedStepProperty().addListener((obs, old, step) -> {
      if (getSelectionModel().getSelectedItem() != step) {
        getSelectionModel().select(step);
      }
    });
    setTooltip(new Tooltip("The steps of a study. Use the arrow keys or Ctrl+1 to Ctrl+6."));
  }

  private static final class StepCell extends ListCell<WorkbenchStep> {
    StepCell() {
      // a narrow navigator shortens the headlines ("Bring in your two da...", the tooltip has
      // them in full) instead of growing a sideways scroll bar under the steps
      setPrefWidth(0);
    }

    @Override
    protected void updateItem(WorkbenchStep step, boolean empty) {
      super.updateItem(step, empty);
      if (empty || step == null) {
        setGraphic(null);
        setText(null);
        setId(null);
        setTooltip(null);
        return;
      }
      setId("step-" + step.name());
      Label number = new Label(Integer.toString(step.shortcutDigit()));
      number.getStyleClass().add("step-number");
      Label title = new Label(step.title());
      title.getStyleClass().add("step-title");
      Label headline = new Label(step.headline());
      headline.getStyleClass().add("step-headline");
      VBox text = new VBox(title, headline);
      text.getStyleClass().add("step-text");
      Region spacer = new Region();
      HBox.setHgrow(spacer, Priority.ALWAYS);
      HBox row = new HBox(number, text, spacer);
      row.getStyleClass().add("step-row");
      setText(null);
      setGraphic(row);
      setTooltip(new Tooltip(step.title() + " (Ctrl+" + step.shortcutDigit() + "): "
          + step.headline()));
    }
  }
}
