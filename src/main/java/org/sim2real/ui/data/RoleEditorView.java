package org.sim2real.ui.data;

import javafx.collections.ListChangeListener;
import javafx.geometry.HPos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.sim2real.ui.common.Texts;
import org.sim2real.ui.common.data.ColumnRole;

/**
 * The column roles as a list: each column's name with a combo box of roles, preselected from the
 * detector's suggestion (its reason is the tooltip), the roles in one line, and what is missing
 * while they are incomplete. Tab moves from one combo box to the next.
 */
final class RoleEditorView extends VBox {
  /** More columns than this (wide descriptor tables) are listed only up to it. */
  static final int MAX_ROWS = 300;
  private static final double MAX_NAME_WIDTH = 200;

  private final RoleEditorModel model;
  private final GridPane grid = new GridPane();
  private final Label more = new Label();

  RoleEditorView(RoleEditorModel model) {
    this.model = model;
    getStyleClass().add("role-editor");
    setId("roleEditor");
    Label title = new Label("Column roles");
    title.getStyleClass().add("section-title");

    Label summary = new Label();
    summary.setId("rolesSummary");
    summary.getStyleClass().add("role-summary");
    summary.setWrapText(true);
    summary.setMinHeight(Region.USE_PREF_SIZE);
    summary.textProperty().bind(model.summaryProperty());
    bindShown(summary, model.summaryProperty().isNotEmpty());

    Label problem = new Label();
    problem.setId("rolesProblem");
    problem.getStyleClass().add("role-problem");
    problem.setWrapText(true);
    problem.setMinHeight(Region.USE_PREF_SIZE);
    problem.textProperty().bind(model.problemProperty());
    bindShown(problem, model.problemProperty().isNotEmpty());

    grid.getStyleClass().add("role-grid");
    ColumnConstraints names = new ColumnConstraints();
    names.setHgrow(Priority.NEVER);
    names.setMinWidth(Region.USE_COMPUTED_SIZE);
    ColumnConstraints combos = new ColumnConstraints();
    combos.setHalignment(HPos.LEFT);
    combos.setMinWidth(Region.USE_PREF_SIZE);
    grid.getColumnConstraints().addAll(names, combos);
    more.getStyleClass().add("muted-text");
    more.setWrapText(true);
    getChildren().addAll(title, summary, problem, grid, more);
    model.rows().addListener((ListChangeListener<RoleRow>) change -> rebuild());
    rebuild();
  }

  private void rebuild() {
    grid.getChildren().clear();
    int shown = Math.min(MAX_ROWS, model.rows().size());
    for (int i = 0; i < shown; i++) {
      RoleRow row = model.rows().get(i);
      Label name = new Label(row.column());
      name.getStyleClass().add("role-column-name");
      double width = Math.min(MAX_NAME_WIDTH, PreviewTable.textWidth(row.column()) + 6);
      name.setPrefWidth(width);
      name.setMinWidth(Math.min(width, 70)); // long names shorten in a narrow window
      name.setTooltip(new Tooltip(row.column()));
      ComboBox<ColumnRole> box = new ComboBox<>();
      box.getItems().setAll(ColumnRole.values());
      box.setId("role-" + i);
      box.getStyleClass().add("role-combo");
      box.setAccessibleText("Role of column " + row.column());
      ComboBinding.bind(box, row.roleProperty());
      box.setTooltip(new Tooltip(tooltip(row)));
      name.setLabelFor(box);
      Label suggestion = new Label(row.suggested() == ColumnRole.IGNORE ? ""
          : "suggested: " + row.suggested().label());
      suggestion.getStyleClass().add("role-suggestion");
      suggestion.visibleProperty().bind(row.roleProperty().isNotEqualTo(row.suggested()));
      suggestion.managedProperty().bind(suggestion.visibleProperty());
      grid.addRow(i, name, box, suggestion);
    }
    int hidden = model.rows().size() - shown;
    more.setText(hidden <= 0 ? "" : "The other " + Texts.count(hidden) + " columns keep the"
        + " roles shown in the preview's column headers.");
    more.setManaged(hidden > 0);
    more.setVisible(hidden > 0);
  }

  private static String tooltip(RoleRow row) {
    return "Detector: " + row.explanation() + "\nSuggested role: " + row.suggested().label()
        + "\n\nRoles: formula, SMILES, polymer SMILES or descriptor columns describe the"
        + " material; the target is the property to learn; id and group are kept for"
        + " reference and grouped splits.";
  }

  private static void bindShown(Region node, javafx.beans.value.ObservableBooleanValue shown) {
    node.visibleProperty().bind(shown);
    node.managedProperty().bind(shown);
  }
}
