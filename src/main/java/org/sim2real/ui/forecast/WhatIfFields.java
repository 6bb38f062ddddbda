package org.sim2real.ui.forecast;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.geometry.VPos;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.sim2real.ui.common.FieldValidation;

/**
 * The what-if inputs of the Forecast screen: target error, cost per simulation row, cost per
 * experiment and budget, each with the line that says what is wrong with it as it is typed and
 * ControlsFX's validation mark ({@link FieldValidation}) while it is. The fields wrap onto a second
 * row on narrow windows.
 */
final class WhatIfFields extends FlowPane {
  private static final double FIELD_WIDTH = 190;

  WhatIfFields(ForecastViewModel model) {
    super(18, 8);
    setId("whatIf");
    getStyleClass().add("what-if");
    setRowValignment(VPos.TOP); // a field whose reason shows under it keeps its name in line
    TextField target = field(model.targetLabelProperty(), "targetField", model.targetTextProperty(),
        model.targetProblemProperty(), "The error you want to reach, in the unit of the table;"
            + " the study's one target, shared with the Scaling step and saved in the project.");
    target.promptTextProperty().bind(model.targetHintProperty());
    field("Cost per simulation row", "costSimField", model.costPerSimulationTextProperty(),
        model.costPerSimulationProblemProperty(),
        "What one more simulation costs (money or hours), for the budget advice; with several"
            + " simulation sources also the primary source's cost per row (the others' come from"
            + " the study's design).");
    field("Cost per experiment", "costExpField", model.costPerExperimentTextProperty(),
        model.costPerExperimentProblemProperty(), "What one more experiment costs, same unit.");
    field("Budget", "budgetField", model.budgetTextProperty(), model.budgetProblemProperty(),
        "The amount to spend on simulation or on experiments; with several simulation sources,"
            + " also what it buys of each source.");
  }

  private TextField field(String label, String id, StringProperty text,
      ReadOnlyStringProperty problem, String help) {
    return field(new ReadOnlyStringWrapper(label), id, text, problem, help);
  }

  /** @param label the field's name, e.g. "Target test MAE (eV)" once the unit is known */
  private TextField field(ObservableValue<String> label, String id, StringProperty text,
      ReadOnlyStringProperty problem, String help) {
    Label name = new Label();
    name.textProperty().bind(label);
    name.getStyleClass().add("field-label");
    name.setMinWidth(Region.USE_PREF_SIZE);
    TextField field = new TextField();
    field.setId(id);
    field.textProperty().bindBidirectional(text);
    field.setTooltip(new Tooltip(help));
    name.setLabelFor(field);
    // the reason wraps onto more lines and the row grows with it: the flow pane asks its
    // children's height for no particular width, which a wrapping label answers with one line
    Label why = new Label() {
      @Override
      protected double computePrefHeight(double width) {
        return super.computePrefHeight(width < 0 ? FIELD_WIDTH : width);
      }
    };
    why.setId(id.replace("Field", "Problem"));
    why.getStyleClass().add("field-problem");
    why.setWrapText(true);
    why.setMinHeight(Region.USE_PREF_SIZE);
    why.textProperty().bind(problem);
    FieldValidation.decorate(field, problem);
    VBox box = new VBox(3, name, field, why);
    box.setPrefWidth(FIELD_WIDTH);
    box.setMaxWidth(FIELD_WIDTH);
    getChildren().add(box);
    return field;
  }
}
