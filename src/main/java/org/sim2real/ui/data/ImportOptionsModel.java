package org.sim2real.ui.data;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import org.jspecify.annotations.Nullable;
import org.sim2real.core.table.DetectedFormat;
import org.sim2real.core.data.DuplicatePolicy;
import org.sim2real.core.project.DatasetRole;
import org.sim2real.core.project.ImportSettings;
import org.sim2real.ui.common.data.DataSession;
import org.sim2real.ui.common.data.ImportState;

/**
 * The reading options of one dataset (delimiter, decimal comma, sheet, duplicates, header row)
 * as editable properties. They show the project's settings; a change by the user becomes an
 * undoable settings edit, after which the file is read again.
 */
public final class ImportOptionsModel {
  private final DatasetRole role;
  private final DataSession data;
  private final ObjectProperty<DelimiterChoice> delimiter =
      new SimpleObjectProperty<>(this, "delimiter", DelimiterChoice.AUTO);
  private final BooleanProperty decimalComma = new SimpleBooleanProperty(this, "decimalComma");
  private final StringProperty sheet = new SimpleStringProperty(this, "sheet", "");
  private final ObjectProperty<DuplicatePolicy> duplicates =
      new SimpleObjectProperty<>(this, "duplicates", DuplicatePolicy.KEEP_ALL);
  private final BooleanProperty headerRow = new SimpleBooleanProperty(this, "headerRow", true);
  private final ReadOnlyBooleanWrapper editable = new ReadOnlyBooleanWrapper(this, "editable");
  private final ReadOnlyBooleanWrapper workbook = new ReadOnlyBooleanWrapper(this, "workbook");
  private boolean refreshing;

  ImportOptionsModel(DatasetRole role, DataSession data) {
    this.role = role;
    this.data = data;
    commitOnChange(delimiter, "Change Delimiter", "delimiter");
    commitOnChange(decimalComma, "Change Decimal Comma", "decimalComma");
    commitOnChange(duplicates, "Change Duplicate Handling", "duplicates");
    commitOnChange(headerRow, "Change Header Row", "headerRow");
  }

  private void commitOnChange(ObservableValue<?> property, String description, String key) {
    property.addListener((obs, old, now) -> {
      if (!refreshing) {
        commit(description, key);
      }
    });
  }

  /** Shows the project's settings (or the defaults when there is no file). */
  void refresh(@Nullable ImportSettings settings, @Nullable ImportState state) {
    refreshing = true;
    try {
      ImportSettings s = settings == null ? ImportSettings.undecided() : settings;
      delimiter.set(DelimiterChoice.of(s.delimiter()));
      decimalComma.set(s.decimalComma());
      sheet.set(s.sheet() == null ? "" : s.sheet());
      duplicates.set(duplicatePolicy(s));
      headerRow.set(!s.noHeaderRow());
      editable.set(settings != null);
      workbook.set(state != null
          && state.table().format().container() == DetectedFormat.Container.XLSX);
    } finally {
      refreshing = false;
    }
  }

  /** Takes the sheet field's text (on Enter or when the field loses focus). */
  public void commitSheet() {
    commit("Change Sheet", "sheet");
  }

  private void commit(String description, String key) {
    ImportSettings s = data.settings(role);
    if (s == null) {
      return;
    }
    String sheetText = sheet.get() == null ? "" : sheet.get().strip();
    ImportSettings changed = new ImportSettings(s.representationKind(),
        s.representationColumns(), s.targetColumn(), s.idColumns(), s.groupColumns(),
        delimiter.get().setting(), decimalComma.get(), sheetText.isEmpty() ? null : sheetText,
        duplicates.get().label(), !headerRow.get());
    if (!headerRow.get() && !s.noHeaderRow() || headerRow.get() && s.noHeaderRow()) {
      // the column names change with the header row, so roles named by the old ones are void
      changed = changed.withoutRoles();
    }
    data.changeSettings(role, changed, description, role + ":" + key);
  }

  private static DuplicatePolicy duplicatePolicy(ImportSettings s) {
    try {
      return s.duplicates();
    } catch (RuntimeException e) {
      return DuplicatePolicy.KEEP_ALL; // an unknown name shows as the import's error
    }
  }

  public ObjectProperty<DelimiterChoice> delimiterProperty() {
    return delimiter;
  }

  public BooleanProperty decimalCommaProperty() {
    return decimalComma;
  }

  /** The sheet's name or 1-based position; empty for the first sheet. */
  public StringProperty sheetProperty() {
    return sheet;
  }

  public ObjectProperty<DuplicatePolicy> duplicatesProperty() {
    return duplicates;
  }

  /** The first row holds the column names. */
  public BooleanProperty headerRowProperty() {
    return headerRow;
  }

  /** There is a file whose options can be changed. */
  public ReadOnlyBooleanProperty editableProperty() {
    return editable.getReadOnlyProperty();
  }

  /** The file is an Excel workbook: the sheet applies, the delimiter does not. */
  public ReadOnlyBooleanProperty workbookProperty() {
    return workbook.getReadOnlyProperty();
  }
}
