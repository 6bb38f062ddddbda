package org.sim2real.ui.data;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.sim2real.core.data.Rejection;

/**
 * The validation report: counts, rejected rows per reason, warnings, and the list of rejected
 * rows. Choosing one (click, arrow keys or Enter) selects its row in the preview.
 */
final class ValidationReportView extends VBox {
  ValidationReportView(ValidationReportModel model, DatasetPanelModel panel) {
    getStyleClass().add("validation-report");
    setId("validationReport");
    Label title = new Label("Validation");
    title.getStyleClass().add("section-title");

    Label counts = new Label();
    counts.setId("reportCounts");
    counts.getStyleClass().add("report-counts");
    counts.setWrapText(true);
    counts.setMinHeight(Region.USE_PREF_SIZE);
    counts.textProperty().bind(model.countsProperty());
    BooleanBinding hasCounts = model.countsProperty().isNotEmpty();
    counts.visibleProperty().bind(hasCounts);
    counts.managedProperty().bind(hasCounts);

    FlowPane reasons = new FlowPane();
    reasons.getStyleClass().add("reason-chips");
    Runnable fillReasons = () -> reasons.getChildren().setAll(model.reasons().stream().map(r -> {
      Label chip = new Label(r);
      chip.getStyleClass().add("reason-chip");
      return chip;
    }).toList());
    model.reasons().addListener((ListChangeListener<String>) c -> fillReasons.run());
    fillReasons.run();

    VBox warnings = new VBox();
    warnings.getStyleClass().add("report-warnings");
    Runnable fillWarnings = () -> warnings.getChildren().setAll(model.warnings().stream().map(w -> {
      Label l = new Label(w);
      l.getStyleClass().add("report-warning");
      l.setWrapText(true);
      l.setMinHeight(Region.USE_PREF_SIZE);
      return l;
    }).toList());
    model.warnings().addListener((ListChangeListener<String>) c -> fillWarnings.run());
    fillWarnings.run();

    Label empty = new Label();
    empty.setId("reportEmpty");
    empty.getStyleClass().add("report-empty");
    empty.setWrapText(true);
    empty.setMinHeight(Region.USE_PREF_SIZE);
    empty.textProperty().bind(model.emptyTextProperty());
    BooleanBinding hasEmptyText = model.emptyTextProperty().isNotEmpty();
    empty.visibleProperty().bind(hasEmptyText);
    empty.managedProperty().bind(hasEmptyText);

    ListView<Rejection> list = new ListView<>(model.rejections());
    list.setId("rejectionList");
    list.getStyleClass().add("rejection-list");
    list.setCellFactory(v -> new RejectionCell());
    list.setTooltip(new Tooltip("Rows that were not used, and why. Choose one (click, arrow keys"
        + " or Enter) to show it in the preview."));
    list.setPlaceholder(new Label(""));
    BooleanBinding hasRejections = Bindings.isNotEmpty(model.rejections());
    list.visibleProperty().bind(hasRejections);
    list.managedProperty().bind(hasRejections);
    // as tall as its rows need (messages wrap to about two lines), the report's height at most
    list.prefHeightProperty().bind(Bindings.createDoubleBinding(
        () -> Math.max(60, model.rejections().size() * 42.0 + 4), model.rejections()));
    list.setMaxHeight(Region.USE_PREF_SIZE);
    list.getSelectionModel().selectedItemProperty().addListener(
        (obs, old, r) -> panel.jumpTo(r));
    list.setOnKeyPressed(e -> {
      if (e.getCode() == KeyCode.ENTER) {
        panel.jumpTo(list.getSelectionModel().getSelectedItem());
        e.consume();
      }
    });
    list.setOnMouseClicked(e -> panel.jumpTo(list.getSelectionModel().getSelectedItem()));
    VBox.setVgrow(list, Priority.ALWAYS);

    Label jump = new Label();
    jump.setId("jumpMessage");
    jump.getStyleClass().add("muted-text");
    jump.setWrapText(true);
    jump.setMinHeight(Region.USE_PREF_SIZE);
    jump.textProperty().bind(panel.jumpMessageProperty());
    BooleanBinding hasJump = panel.jumpMessageProperty().isNotEmpty();
    jump.visibleProperty().bind(hasJump);
    jump.managedProperty().bind(hasJump);

    getChildren().addAll(title, counts, reasons, empty, warnings, list, jump);
  }

  /** "line 6, column 'formula': unparseable formula: ..." with the full text as tooltip. */
  private static final class RejectionCell extends ListCell<Rejection> {
    @Override
    protected void updateItem(Rejection r, boolean empty) {
      super.updateItem(r, empty);
      if (empty || r == null) {
        setText(null);
        setTooltip(null);
        return;
      }
      String text = ValidationReportModel.text(r);
      setText(text);
      setWrapText(true);
      setPrefWidth(0); // wrap at the list's width instead of scrolling sideways
      setTooltip(new Tooltip(text + (r.value() == null ? "" : "\nValue: " + r.value())));
    }
  }
}
