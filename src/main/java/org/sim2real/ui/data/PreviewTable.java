package org.sim2real.ui.data;

import java.util.HashMap;
import java.util.Map;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import org.jspecify.annotations.Nullable;
import org.sim2real.core.data.RawTable;
import org.sim2real.core.data.Rejection;
import org.sim2real.ui.common.data.ColumnRole;
import org.sim2real.ui.common.data.ImportState;

/**
 * The raw table of a file, all columns with the line number first, rejected rows highlighted
 * (pseudo-class {@code :rejected}, the reason as the row's tooltip). Backed by
 * {@link RowIndexList} and a fixed cell height, so 100,000 rows scroll like 100.
 */
final class PreviewTable extends TableView<Integer> {
  static final PseudoClass REJECTED = PseudoClass.getPseudoClass("rejected");
  private static final double ROW_HEIGHT = 24;
  private static final int SAMPLE_ROWS = 500;
  private static final double MIN_COLUMN_WIDTH = 90;
  private static final double MAX_COLUMN_WIDTH = 360;

  private final DatasetPanelModel model;
  private final Map<String, Label> roleLabels = new HashMap<>();
  private @Nullable ImportState state;

  PreviewTable(DatasetPanelModel model) {
    this.model = model;
    getStyleClass().add("preview-table");
    setFixedCellSize(ROW_HEIGHT);
    setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
    setTableMenuButtonVisible(false);
    setPlaceholder(new Label("No rows."));
    setTooltip(new Tooltip("The file as read, one row per data line; rejected rows are"
        + " highlighted (hover for the reason). Choose a rejection on the left to jump to it."));
    setRowFactory(table -> new PreviewRow());
    model.stateProperty().addListener((obs, old, now) -> show(now));
    model.roles().rows().addListener((ListChangeListener<RoleRow>) change -> updateRoles());
    model.selectedRowProperty().addListener((obs, old, row) -> select(row.intValue()));
    show(model.stateProperty().get());
  }

  private void show(@Nullable ImportState now) {
    ImportState before = state;
    state = now;
    if (now == null) {
      getColumns().clear();
      roleLabels.clear();
      setItems(FXCollections.observableArrayList());
      return;
    }
    if (before != null && before.table() == now.table()) {
      refresh(); // same rows, new validation: only the highlighting changes
      updateRoles();
      return;
    }
    RawTable table = now.table();
    getColumns().clear();
    roleLabels.clear();
    TableColumn<Integer, Integer> line = new TableColumn<>("Line");
    line.setId("previewLine");
    line.setSortable(false);
    line.setReorderable(false);
    line.setPrefWidth(Math.max(56, textWidth(String.valueOf(table.line(
        Math.max(0, table.rowCount() - 1)))) + 28));
    line.getStyleClass().add("line-column");
    line.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(table.line(c.getValue())));
    getColumns().add(line);
    for (int i = 0; i < table.columnCount(); i++) {
      int column = i;
      String name = table.columnNames().get(i);
      TableColumn<Integer, String> c = new TableColumn<>();
      c.setSortable(false);
      c.setReorderable(false);
      c.setPrefWidth(columnWidth(table, column, name));
      Label title = new Label(name);
      title.getStyleClass().add("preview-column-name");
      Label role = new Label();
      role.getStyleClass().add("preview-column-role");
      roleLabels.put(name, role);
      VBox header = new VBox(title, role);
      header.getStyleClass().add("preview-header");
      c.setGraphic(header);
      c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(
          table.value(cell.getValue(), column)));
      getColumns().add(c);
    }
    setItems(FXCollections.observableList(new RowIndexList(table.rowCount())));
    updateRoles();
  }

  /** Wide enough for the name and the longest of the first rows' values, within limits. */
  private static double columnWidth(RawTable table, int column, String name) {
    String longest = name;
    int rows = Math.min(table.rowCount(), SAMPLE_ROWS);
    for (int r = 0; r < rows; r++) {
      String v = table.value(r, column);
      if (v.length() > longest.length()) {
        longest = v;
      }
    }
    return Math.min(MAX_COLUMN_WIDTH, Math.max(MIN_COLUMN_WIDTH, textWidth(longest) + 28));
  }

  static double textWidth(String s) {
    Text text = new Text(s.length() > 80 ? s.substring(0, 80) : s);
    text.setFont(Font.font(13));
    return text.getLayoutBounds().getWidth();
  }

  private void updateRoles() {
    for (RoleRow row : model.roles().rows()) {
      Label label = roleLabels.get(row.column());
      if (label != null) {
        label.textProperty().unbind();
        label.textProperty().bind(row.roleProperty().map(
            r -> r == ColumnRole.IGNORE ? "not used" : r.label()));
      }
    }
  }

  private void select(int row) {
    if (row < 0 || row >= getItems().size()) {
      return;
    }
    getSelectionModel().clearAndSelect(row);
    scrollTo(Math.max(0, row - 3)); // a little context above the row
  }

  /** A row that knows whether it was rejected and why. */
  private final class PreviewRow extends TableRow<Integer> {
    @Override
    protected void updateItem(Integer row, boolean empty) {
      super.updateItem(row, empty);
      ImportState s = state;
      Rejection rejection = empty || row == null || s == null || row >= s.table().rowCount()
          ? null : s.rejectionOfRow(row);
      pseudoClassStateChanged(REJECTED, rejection != null);
      setTooltip(rejection == null ? null
          : new Tooltip(ValidationReportModel.text(rejection)));
    }
  }
}
