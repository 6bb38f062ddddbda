package org.sim2real.ui.data;

import java.nio.file.Path;
import java.util.List;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.sim2real.core.study.PrimarySource;
import org.sim2real.ui.common.Texts;
import org.sim2real.ui.common.data.SourcesSession;

/**
 * The Data step's Sources page: what comparing simulation sources is for, the primary source,
 * the table of further sources (name and cost per row editable in place) and the buttons to add
 * and remove them. A data file dropped on the page is added as a source.
 */
public final class SourcesView extends VBox {
  private final SourcesModel model;
  private final TableView<SourcesSession.Entry> table = new TableView<>();

  public SourcesView(SourcesModel model) {
    this.model = model;
    setId("sourcesPage");
    getStyleClass().addAll("data-panel", "sources-page");
    setSpacing(8);

    Label title = new Label("Compare simulation sources");
    title.getStyleClass().add("section-title");
    Label purpose = wrapping("Which database is worth growing? Add further simulation files of"
        + " the same property (for example OQMD and AFLOW band gaps next to Materials Project)."
        + " Each source gets its own learning curve against the same experimental test rows, the"
        + " same m values and one scratch baseline, so the Scaling and Forecast steps compare them"
        + " cell by cell. A cost per row (CPU-hours or money, one unit for every source) lets them"
        + " compare what a budget buys.", "muted-text");
    Label primary = wrapping("", "muted-text");
    primary.setId("sourcesPrimary");
    primary.textProperty().bind(model.primaryProperty());
    Node primaryFields = primaryFields();

    Button add = new Button("Add Source...");
    add.setId("addSource");
    add.getStyleClass().add("accent-button");
    add.setMinWidth(Region.USE_PREF_SIZE);
    add.setTooltip(new Tooltip("Choose a simulation data file to compare with the primary one"
        + " (Ctrl+Shift+A); you can also drop a file on this page. It is read and checked in the"
        + " background."));
    add.setOnAction(e -> model.chooseFile());
    add.disableProperty().bind(model.addingProperty());
    Button remove = new Button("Remove");
    remove.setId("removeSource");
    remove.setMinWidth(Region.USE_PREF_SIZE);
    remove.setTooltip(new Tooltip("Remove the selected source from the study (Delete); its"
        + " finished cells stay in the results folder. Edit > Undo brings it back."));
    remove.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
    remove.setOnAction(e -> removeSelected());
    ProgressIndicator busy = new ProgressIndicator();
    busy.setMaxSize(18, 18);
    busy.visibleProperty().bind(model.addingProperty());
    busy.managedProperty().bind(model.addingProperty());
    Label reading = new Label("Reading and checking the file\u2026");
    reading.visibleProperty().bind(model.addingProperty());
    reading.managedProperty().bind(model.addingProperty());
    Button cancel = new Button("Cancel");
    cancel.setId("cancelAddSource");
    cancel.setTooltip(new Tooltip("Stop reading the file (Esc); nothing is added."));
    cancel.setOnAction(e -> model.cancelAdd());
    cancel.visibleProperty().bind(model.addingProperty());
    cancel.managedProperty().bind(model.addingProperty());
    HBox actions = new HBox(8, add, remove, busy, reading, cancel);
    actions.setAlignment(Pos.CENTER_LEFT);

    Label error = wrapping("", "data-error");
    error.setId("sourcesError");
    error.textProperty().bind(model.errorProperty());
    error.visibleProperty().bind(model.errorProperty().isNotEmpty());
    error.managedProperty().bind(error.visibleProperty());

    buildTable();
    VBox.setVgrow(table, Priority.ALWAYS);
    getChildren().addAll(title, purpose, primary, primaryFields, actions, error, table);

    addEventHandler(KeyEvent.KEY_PRESSED, e -> {
      if (e.getCode() == KeyCode.ESCAPE && model.addingProperty().get()) {
        model.cancelAdd();
        e.consume();
      } else if (e.isShortcutDown() && e.isShiftDown() && e.getCode() == KeyCode.A) {
        model.chooseFile();
        e.consume();
      }
    });
    setOnDragOver(e -> {
      if (e.getDragboard().hasFiles()) {
        e.acceptTransferModes(TransferMode.COPY);
      }
      e.consume();
    });
    setOnDragDropped(e -> {
      List<Path> files = e.getDragboard().hasFiles()
          ? e.getDragboard().getFiles().stream().map(f -> f.toPath()).toList() : List.of();
      e.setDropCompleted(!files.isEmpty() && model.drop(files));
      e.consume();
    });
  }

  private void buildTable() {
    table.setId("sourcesTable");
    table.setEditable(true);
    table.setItems(model.entries());
    table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    Label placeholder = wrapping("No further sources yet. Add a simulation file (Add Source..."
        + " or drop it here) to compare it with the primary simulation data. With one source the"
        + " study runs as before.", "muted-text");
    placeholder.setMaxWidth(520);
    table.setPlaceholder(placeholder);

    TableColumn<SourcesSession.Entry, String> name = column("Name", 120,
        e -> e.source().name());
    name.setId("sourceName");
    name.setEditable(true);
    name.setCellFactory(TextFieldTableCell.forTableColumn());
    name.setOnEditCommit(e -> {
      if (!model.rename(e.getRowValue().source().name(), e.getNewValue())) {
        table.refresh();
      }
    });
    tip(name, "The source's short name in the study and on the charts (its curves are"
        + " 'finetune@name'). Double-click or F2 to rename.");
    TableColumn<SourcesSession.Entry, String> file = column("File", 220,
        SourcesSession.Entry::fileName);
    tip(file, "The simulation data file.");
    TableColumn<SourcesSession.Entry, String> rows = column("Usable rows", 100,
        e -> e.state() == SourcesSession.State.READY ? Texts.count(e.usableRows()) : "");
    tip(rows, "Rows the study can use; its sizes n stop at this number for this source.");
    TableColumn<SourcesSession.Entry, String> rejected = column("Rejected", 80,
        e -> e.state() == SourcesSession.State.READY ? Texts.count(e.rejectedRows()) : "");
    tip(rejected, "Rows that cannot be used (unknown elements, missing values, ...). Open the"
        + " file as the simulation data to see why each was rejected.");
    TableColumn<SourcesSession.Entry, String> cost = column("Cost per row", 110,
        e -> e.source().costPerRow() == null ? "" : Texts.plain(e.source().costPerRow()));
    cost.setId("sourceCost");
    cost.setEditable(true);
    cost.setCellFactory(TextFieldTableCell.forTableColumn());
    cost.setOnEditCommit(e -> {
      if (!model.setCost(e.getRowValue().source().name(), e.getNewValue())) {
        table.refresh();
      }
    });
    tip(cost, "What one row of this source costs, in one unit for all sources (CPU-hours,"
        + " money). Optional; with costs the Forecast step compares sources at a budget."
        + " Double-click or F2 to edit; empty means not known.");
    TableColumn<SourcesSession.Entry, String> check = column("Check", 320, SourcesView::check);
    check.setCellFactory(c -> new TableCell<>() {
      @Override
      protected void updateItem(String text, boolean empty) {
        super.updateItem(text, empty);
        setText(empty ? null : text);
        setTooltip(empty || text == null || text.isEmpty() ? null : new Tooltip(text));
        getStyleClass().remove("data-error");
        SourcesSession.Entry entry = empty || getTableRow() == null ? null
            : getTableRow().getItem();
        if (entry != null && entry.state() == SourcesSession.State.PROBLEM) {
          getStyleClass().add("data-error");
        }
      }
    });
    tip(check, "Whether the file can be used: it is read, its rows are checked and its columns"
        + " must describe materials the same way as the primary simulation data.");
    table.getColumns().setAll(List.of(name, file, rows, rejected, cost, check));
    table.setOnKeyPressed(e -> {
      if (e.getCode() == KeyCode.DELETE && table.getEditingCell() == null) {
        removeSelected();
        e.consume();
      }
    });
  }

  /** The primary source's name and cost, committed on Enter or when the field loses focus. */
  private Node primaryFields() {
    TextField name = new TextField();
    name.setId("primaryName");
    name.setPromptText("e.g. mp");
    name.setPrefColumnCount(8);
    name.setTooltip(new Tooltip("A short name for the primary simulation data, used when the"
        + " sources are compared (optional; a label only, nothing is trained again)."));
    TextField cost = new TextField();
    cost.setId("primaryCost");
    cost.setPromptText("not known");
    cost.setPrefColumnCount(8);
    cost.setTooltip(new Tooltip("What one row of the primary simulation data costs, in the unit"
        + " of the other sources' costs (optional). Press Enter to apply."));
    Runnable show = () -> {
      PrimarySource p = model.primarySourceProperty().get();
      name.setText(p == null ? "" : p.name());
      cost.setText(p == null || p.costPerRow() == null ? "" : Texts.plain(p.costPerRow()));
    };
    show.run();
    model.primarySourceProperty().addListener((obs, old, now) -> show.run());
    commitOnEnterOrLeave(name, () -> {
      if (!model.setPrimaryName(name.getText())) {
        show.run();
      }
    });
    commitOnEnterOrLeave(cost, () -> {
      if (!model.setPrimaryCost(cost.getText())) {
        show.run();
      }
    });
    Label nameCaption = new Label("Primary source's name");
    nameCaption.setLabelFor(name);
    Label costCaption = new Label("Cost per row");
    costCaption.setLabelFor(cost);
    HBox row = new HBox(8, nameCaption, name, costCaption, cost);
    row.setAlignment(Pos.CENTER_LEFT);
    return row;
  }

  private static void commitOnEnterOrLeave(TextField field, Runnable commit) {
    field.setOnAction(e -> commit.run());
    field.focusedProperty().addListener((obs, was, now) -> {
      if (!now) {
        commit.run();
      }
    });
  }

  private static String check(SourcesSession.Entry e) {
    return switch (e.state()) {
      case CHECKING -> "Checking\u2026";
      case READY -> e.message().isEmpty() ? "Ready" : "Ready. " + e.message();
      case PROBLEM -> "Cannot be used: " + e.message();
    };
  }

  private void removeSelected() {
    SourcesSession.Entry selected = table.getSelectionModel().getSelectedItem();
    if (selected != null) {
      model.remove(selected.source().name());
    }
  }

  private static TableColumn<SourcesSession.Entry, String> column(String title, double width,
      java.util.function.Function<SourcesSession.Entry, String> value) {
    TableColumn<SourcesSession.Entry, String> c = new TableColumn<>(title);
    c.setPrefWidth(width);
    c.setEditable(false);
    c.setSortable(false);
    c.setCellValueFactory(d -> (ObservableValue<String>) new ReadOnlyObjectWrapper<>(
        value.apply(d.getValue())));
    return c;
  }

  private static void tip(TableColumn<?, ?> column, String text) {
    Label header = new Label(column.getText());
    header.setTooltip(new Tooltip(text));
    column.setGraphic(header);
    column.setText("");
  }

  private static Label wrapping(String text, String style) {
    Label l = new Label(text);
    l.getStyleClass().add(style);
    l.setWrapText(true);
    l.setMinHeight(Region.USE_PREF_SIZE);
    l.setMaxWidth(Double.MAX_VALUE);
    return l;
  }
}
