package org.sim2real.ui.data;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.jspecify.annotations.Nullable;
import org.sim2real.core.data.ImportWarning;
import org.sim2real.core.data.Rejection;
import org.sim2real.core.data.ValidationReport;
import org.sim2real.ui.common.Texts;
import org.sim2real.ui.common.data.ImportState;

/**
 * The validation report of one dataset for the screen: the counts, the rejected rows per reason,
 * the warnings, and the list of rejections to pick from.
 */
public final class ValidationReportModel {
  private final ReadOnlyStringWrapper counts = new ReadOnlyStringWrapper(this, "counts", "");
  private final ReadOnlyStringWrapper emptyText = new ReadOnlyStringWrapper(this, "emptyText", "");
  private final ReadOnlyBooleanWrapper validated = new ReadOnlyBooleanWrapper(this, "validated");
  private final ObservableList<String> reasons = FXCollections.observableArrayList();
  private final ObservableList<String> warnings = FXCollections.observableArrayList();
  private final ObservableList<Rejection> rejections = FXCollections.observableArrayList();

  void refresh(@Nullable ImportState state) {
    ValidationReport report = state == null || state.result() == null ? null
        : state.result().report();
    validated.set(report != null);
    if (report == null) {
      counts.set("");
      reasons.clear();
      warnings.clear();
      rejections.clear();
      emptyText.set(state == null ? "" : "The rows are checked once the column roles are"
          + " complete.");
      return;
    }
    counts.set(countsOf(report));
    List<String> perReason = new ArrayList<>();
    report.countsByReason().forEach((reason, n) -> perReason.add(Texts.count(n) + " "
        + reason.label()));
    reasons.setAll(perReason);
    warnings.setAll(report.warnings().stream().map(ImportWarning::message).toList());
    rejections.setAll(report.rejections());
    emptyText.set(report.rejectedRows() > 0 ? ""
        : report.rowsRead() == 0 ? "The file has no data rows."
        : report.rowsRead() == 1 ? "The one row is usable."
        : "All " + Texts.count(report.rowsRead()) + " rows are usable.");
  }

  /** "4,604 rows read, 4,600 usable, 4 rejected" (and the dataset size when it differs). */
  static String countsOf(ValidationReport report) {
    String s = Texts.plural(report.rowsRead(), "row", "rows") + " read, "
        + Texts.count(report.usableRows()) + " usable, "
        + Texts.count(report.rejectedRows()) + " rejected";
    if (report.datasetRows() != report.usableRows()) {
      s += "; " + Texts.count(report.datasetRows()) + " in the dataset after averaging"
          + " duplicates";
    }
    return s;
  }

  /** "line 6, column 'formula': unparseable formula: unknown element 'Xx' in 'Xx99'". */
  public static String text(Rejection r) {
    return "line " + r.line() + (r.column() == null ? "" : ", column '"
        + Rejection.shortName(r.column()) + "'") + ": " + r.detail();
  }

  public ReadOnlyStringProperty countsProperty() {
    return counts.getReadOnlyProperty();
  }

  /** "All 106,113 rows are usable." when nothing was rejected; "" when something was. */
  public ReadOnlyStringProperty emptyTextProperty() {
    return emptyText.getReadOnlyProperty();
  }

  /** The rows were checked (the roles are complete). */
  public ReadOnlyBooleanProperty validatedProperty() {
    return validated.getReadOnlyProperty();
  }

  /** "3 unparseable formula", one per reason that occurs. */
  public ObservableList<String> reasons() {
    return reasons;
  }

  public ObservableList<String> warnings() {
    return warnings;
  }

  public ObservableList<Rejection> rejections() {
    return rejections;
  }
}
