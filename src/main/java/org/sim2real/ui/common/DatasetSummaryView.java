package org.sim2real.ui.common;

import javafx.geometry.HPos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import org.sim2real.core.project.DatasetRole;

/** The two data files of the project with a button each to choose them. */
public final class DatasetSummaryView extends GridPane {
  public DatasetSummaryView(DatasetSummaryViewModel model, ProjectActions actions) {
    getStyleClass().add("dataset-summary");
    setId("datasetSummary");
    ColumnConstraints labels = new ColumnConstraints();
    labels.setHalignment(HPos.RIGHT);
    ColumnConstraints values = new ColumnConstraints();
    values.setHgrow(Priority.ALWAYS);
    values.setFillWidth(true);
    getColumnConstraints().addAll(labels, new ColumnConstraints(), values);

    addRow(0, "Simulation data", "simulationFile", model.simulationProperty(),
        button("importSimulation", "Choose Simulation Data...",
            "The large computational dataset used for pretraining (for example DFT results).",
            () -> actions.importData(DatasetRole.SIMULATION)));
    addRow(1, "Experimental data", "experimentalFile", model.experimentalProperty(),
        button("importExperimental", "Choose Experimental Data...",
            "The small measured dataset; the models are fine-tuned and tested on it.",
            () -> actions.importData(DatasetRole.EXPERIMENTAL)));
  }

  private void addRow(int row, String caption, String id,
      javafx.beans.value.ObservableValue<String> text, Button button) {
    Label name = new Label(caption + ":");
    name.getStyleClass().add("field-label");
    name.setMinWidth(USE_PREF_SIZE);
    button.setMinWidth(USE_PREF_SIZE);
    Label value = new Label();
    value.setId(id);
    value.getStyleClass().add("field-value");
    value.textProperty().bind(text);
    value.setMinWidth(0);
    value.setWrapText(true); // long folder names wrap instead of hiding the checksum
    value.setMaxWidth(Double.MAX_VALUE);
    add(name, 0, row);
    add(button, 1, row);
    add(value, 2, row);
  }

  private static Button button(String id, String text, String tip, Runnable action) {
    Button b = new Button(text);
    b.setId(id);
    b.setTooltip(new Tooltip(tip));
    b.setOnAction(e -> action.run());
    return b;
  }
}
