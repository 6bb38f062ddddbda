package org.sim2real.ui.data;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.value.ObservableBooleanValue;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.DragEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.sim2real.core.data.DuplicatePolicy;
import org.sim2real.core.project.DatasetRole;
import org.sim2real.ui.common.Texts;
import org.sim2real.ui.common.data.ImportState;

/**
 * One dataset's page: the file with its options on top, then the column roles and the
 * validation report on the left and the preview of the raw table on the right. Before a file is
 * imported it shows {@link DatasetEmptyView}. A file dropped anywhere on the page is imported.
 */
public final class DatasetPanelView extends VBox {
  private final DatasetPanelModel model;
  private final String prefix;

  public DatasetPanelView(DatasetPanelModel model) {
    this.model = model;
    this.prefix = prefix(model.role());
    getStyleClass().add("data-panel");
    setId("panel-" + model.role().name());

    Label error = messageLabel(prefix + "Error", "data-error", model.errorProperty());
    Label notes = messageLabel(prefix + "Notes", "data-note", model.notesProperty());
    Label notice = messageLabel(prefix + "Notice", "data-note", model.noticeProperty());
    BooleanBinding hasFile = model.fileNameProperty().isNotEmpty();

    VBox top = new VBox(fileBar(), optionsBar());
    top.getStyleClass().add("data-top");
    show(top, hasFile);

    ScrollPane empty = new ScrollPane(new DatasetEmptyView(model));
    empty.setFitToWidth(true);
    empty.getStyleClass().add("step-scroll");
    show(empty, hasFile.not());
    Node body = body();
    show(body, hasFile);
    StackPane content = new StackPane(empty, body);
    VBox.setVgrow(content, Priority.ALWAYS);

    getChildren().addAll(top, progressBar(), error, notice, notes, content);
    installDrop();
    addEventHandler(KeyEvent.KEY_PRESSED, e -> {
      if (e.getCode() == KeyCode.ESCAPE && model.busyProperty().get()) {
        model.cancelImport();
        e.consume();
      }
    });
  }

  /** While an import runs: how far it has come, in a bar and in words, and a way to stop it. */
  private Node progressBar() {
    ProgressBar bar = new ProgressBar();
    bar.setId(prefix + "ImportProgress");
    bar.setPrefWidth(200);
    bar.setMinWidth(Region.USE_PREF_SIZE);
    bar.progressProperty().bind(model.progressProperty());
    Label text = new Label();
    text.setId(prefix + "ImportProgressText");
    text.getStyleClass().add("data-progress-text");
    text.setMinWidth(0);
    text.setMaxWidth(Double.MAX_VALUE);
    text.textProperty().bind(model.progressMessageProperty());
    HBox.setHgrow(text, Priority.ALWAYS);
    Button cancel = button("cancelImport" + capital(prefix), "Cancel",
        "Stop the import (Esc); the data shown now and the project stay as they are.",
        model::cancelImport);
    HBox row = new HBox(bar, text, cancel);
    row.setId(prefix + "ImportLine");
    row.getStyleClass().add("data-progress");
    row.setAlignment(Pos.CENTER_LEFT);
    show(row, model.busyProperty());
    return row;
  }

  static String prefix(DatasetRole role) {
    return role == DatasetRole.SIMULATION ? "simulation" : "experimental";
  }

  private Node fileBar() {
    Label name = new Label();
    name.setId(prefix + "File");
    name.getStyleClass().add("data-file-name");
    name.setMinWidth(Region.USE_PREF_SIZE);
    name.textProperty().bind(model.fileNameProperty());
    Label details = new Label();
    details.setId(prefix + "Details");
    details.getStyleClass().add("data-file-details");
    details.setMinWidth(0);
    details.setMaxWidth(Double.MAX_VALUE);
    details.textProperty().bind(model.fileDetailsProperty());
    details.tooltipProperty().bind(model.fileDetailsProperty().map(Tooltip::new));
    HBox.setHgrow(details, Priority.ALWAYS);

    boolean sim = model.role() == DatasetRole.SIMULATION;
    Button open = button("open" + capital(prefix), "Open...",
        "Import another " + (sim ? "simulation" : "experimental") + " data file (" + (sim
            ? "Ctrl+I" : "Ctrl+Shift+I") + "); you can also drop a file on this page.",
        model::chooseFile);
    Button reload = button("reload" + capital(prefix), "Reload",
        "Read the file again from disk, e.g. after editing it in another program.",
        model::reload);
    HBox bar = new HBox(name, details, open, reload);
    bar.getStyleClass().add("data-file-bar");
    bar.setAlignment(Pos.CENTER_LEFT);
    return bar;
  }

  private Node optionsBar() {
    ImportOptionsModel o = model.options();
    ComboBox<DelimiterChoice> delimiter = new ComboBox<>();
    delimiter.getItems().setAll(DelimiterChoice.values());
    ComboBinding.bind(delimiter, o.delimiterProperty());
    delimiter.setId(prefix + "Delimiter");
    delimiter.setTooltip(new Tooltip("The character between values in a text file; 'detect'"
        + " guesses it from the first lines. Not used for Excel workbooks."));
    delimiter.disableProperty().bind(o.workbookProperty());

    CheckBox decimalComma = new CheckBox("Decimal comma");
    decimalComma.setId(prefix + "DecimalComma");
    decimalComma.selectedProperty().bindBidirectional(o.decimalCommaProperty());
    decimalComma.setTooltip(new Tooltip("Numbers are written with a decimal comma (1,25), as in"
        + " many European locales. The delimiter then cannot be a comma."));

    TextField sheet = new TextField();
    sheet.setId(prefix + "Sheet");
    sheet.setPromptText("first sheet");
    sheet.setPrefColumnCount(8);
    sheet.textProperty().bindBidirectional(o.sheetProperty());
    sheet.setOnAction(e -> o.commitSheet());
    sheet.focusedProperty().addListener((obs, was, now) -> {
      if (!now) {
        o.commitSheet();
      }
    });
    sheet.setTooltip(new Tooltip("The sheet of an Excel workbook to read: its name, or its"
        + " position (1, 2, ...). Empty reads the first sheet. Press Enter to apply."));
    sheet.disableProperty().bind(o.workbookProperty().not());

    ComboBox<DuplicatePolicy> duplicates = new ComboBox<>();
    duplicates.getItems().setAll(DuplicatePolicy.values());
    duplicates.setConverter(new StringConverter<>() {
      @Override
      public String toString(DuplicatePolicy p) {
        return p == null ? "" : duplicateLabel(p);
      }

      @Override
      public DuplicatePolicy fromString(String s) {
        return DuplicatePolicy.KEEP_ALL;
      }
    });
    ComboBinding.bind(duplicates, o.duplicatesProperty());
    duplicates.setId(prefix + "Duplicates");
    duplicates.setTooltip(new Tooltip("Rows describing the same material (same composition or"
        + " molecule): keep them all (polymorphs in DFT data), keep the first, average their"
        + " targets, or reject rows whose value conflicts with the first."));

    CheckBox header = new CheckBox("First row holds column names");
    header.setId(prefix + "HeaderRow");
    header.selectedProperty().bindBidirectional(o.headerRowProperty());
    header.setTooltip(new Tooltip("Untick when the file starts directly with data; the columns"
        + " are then called 'column 1', 'column 2', ..."));

    // groups keep a caption with its control when the bar wraps in a narrow window
    FlowPane bar = new FlowPane(group(caption("Delimiter", delimiter), delimiter),
        group(decimalComma), group(caption("Sheet", sheet), sheet),
        group(caption("Duplicates", duplicates), duplicates), group(header));
    bar.getStyleClass().add("data-options-bar");
    bar.setAlignment(Pos.CENTER_LEFT);
    bar.disableProperty().bind(o.editableProperty().not().or(model.busyProperty()));
    return bar;
  }

  static String duplicateLabel(DuplicatePolicy p) {
    return switch (p) {
      case KEEP_ALL -> "keep all";
      case KEEP_FIRST -> "keep the first";
      case MEAN -> "average them";
      case REJECT_CONFLICTS -> "reject conflicts";
    };
  }

  private Node body() {
    RoleEditorView editor = new RoleEditorView(model.roles());
    ScrollPane roles = new ScrollPane(editor);
    roles.setFitToWidth(true);
    roles.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
    // all rows when they fit: an estimate per row, since the editor's own height lags a pulse
    roles.prefViewportHeightProperty().bind(Bindings.createDoubleBinding(
        () -> 70.0 + 30.0 * Math.min(RoleEditorView.MAX_ROWS, model.roles().rows().size()),
        model.roles().rows()));
    roles.getStyleClass().add("data-side-scroll");
    ValidationReportView report = new ValidationReportView(model.report(), model);
    // the roles take what they need, up to about half; the report (its list grows) the rest
    VBox side = new VBox(roles, report);
    side.getStyleClass().add("data-side");
    roles.maxHeightProperty().bind(side.heightProperty().multiply(0.5));
    roles.setMinHeight(90);
    VBox.setVgrow(report, Priority.ALWAYS);
    side.setMinWidth(220);

    PreviewTable table = new PreviewTable(model);
    table.setId(prefix + "Preview");
    Label title = new Label();
    title.getStyleClass().add("section-title");
    title.textProperty().bind(Bindings.createStringBinding(() -> {
      ImportState s = model.stateProperty().get();
      return s == null ? "Preview" : "Preview: " + Texts.plural(s.table().rowCount(), "row",
          "rows") + (s.rejectedCount() == 0 ? "" : ", rejected rows highlighted");
    }, model.stateProperty()));
    VBox.setVgrow(table, Priority.ALWAYS);
    VBox preview = new VBox(title, table);
    preview.getStyleClass().add("data-preview");

    SplitPane split = new SplitPane(side, preview);
    split.getStyleClass().add("data-split");
    split.setDividerPositions(0.36);
    SplitPane.setResizableWithParent(side, false);
    return split;
  }

  private void installDrop() {
    addEventHandler(DragEvent.DRAG_OVER, e -> {
      if (e.getDragboard().hasFiles()) {
        e.acceptTransferModes(TransferMode.COPY);
        e.consume();
      }
    });
    addEventHandler(DragEvent.DRAG_ENTERED, e -> {
      if (e.getDragboard().hasFiles()) {
        getStyleClass().add("drop-target");
      }
    });
    addEventHandler(DragEvent.DRAG_EXITED, e -> getStyleClass().remove("drop-target"));
    addEventHandler(DragEvent.DRAG_DROPPED, e -> {
      List<File> files = e.getDragboard().getFiles();
      boolean done = files != null && model.drop(files.stream().map(File::toPath)
          .map(Path::toAbsolutePath).toList());
      e.setDropCompleted(done);
      e.consume();
    });
  }

  private static Label messageLabel(String id, String style,
      javafx.beans.value.ObservableStringValue text) {
    Label l = new Label();
    l.setId(id);
    l.getStyleClass().add(style);
    l.setWrapText(true);
    l.setMaxWidth(Double.MAX_VALUE);
    l.setMinHeight(Region.USE_PREF_SIZE);
    l.textProperty().bind(text);
    BooleanBinding shown = Bindings.createBooleanBinding(() -> !text.get().isEmpty(), text);
    show(l, shown);
    return l;
  }

  private static HBox group(Node... nodes) {
    HBox box = new HBox(nodes);
    box.getStyleClass().add("option-group");
    box.setAlignment(Pos.CENTER_LEFT);
    return box;
  }

  private static Label caption(String text, Control target) {
    Label l = new Label(text);
    l.getStyleClass().add("option-caption");
    l.setLabelFor(target);
    l.setMinWidth(Region.USE_PREF_SIZE);
    return l;
  }

  private static Button button(String id, String text, String tip, Runnable action) {
    Button b = new Button(text);
    b.setId(id);
    b.setMinWidth(Region.USE_PREF_SIZE);
    b.setTooltip(new Tooltip(tip));
    b.setOnAction(e -> action.run());
    return b;
  }

  private static void show(Node node, ObservableBooleanValue shown) {
    node.visibleProperty().bind(shown);
    node.managedProperty().bind(shown);
  }

  static String capital(String s) {
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
