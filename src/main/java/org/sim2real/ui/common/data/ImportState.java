package org.sim2real.ui.common.data;

import java.nio.file.Path;
import java.util.BitSet;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.sim2real.core.data.ImportOptions;
import org.sim2real.core.data.ImportResult;
import org.sim2real.core.data.RawTable;
import org.sim2real.core.data.Rejection;
import org.sim2real.core.data.RoleDetection;
import org.sim2real.core.project.ImportSettings;

/**
 * One imported data file as the Data screen and the later steps see it: the raw table (for the
 * preview), the roles the detector suggests and those in use, and, when those roles are
 * complete, the {@link ImportResult} with the usable dataset and the validation report.
 * Immutable; made off the FX thread by {@link DatasetLoader}.
 *
 * @param file the data file (absolute)
 * @param sha256 SHA-256 of the file's bytes when it was read
 * @param settings the project settings this import follows
 * @param options the reading options those settings give
 * @param table the cells as read
 * @param suggestions the detector's roles and reasons, null when it found none
 * @param assignment the roles in use (from the settings, or the suggestions)
 * @param result the validated import, null while the roles are incomplete ({@code rolesProblem})
 * @param rolesProblem what is wrong with the roles, null when {@code result} is there
 * @param notes things worth telling about this import (roles detected again, file changed)
 * @param rejectedRows rows of {@code table} (0-based) the validation rejected
 */
public record ImportState(
    Path file,
    String sha256,
    ImportSettings settings,
    ImportOptions options,
    RawTable table,
    @Nullable RoleDetection suggestions,
    RoleAssignment assignment,
    @Nullable ImportResult result,
    @Nullable String rolesProblem,
    List<String> notes,
    BitSet rejectedRows) {

  public ImportState {
    notes = List.copyOf(notes);
    rejectedRows = (BitSet) rejectedRows.clone();
  }

  /** A copy; {@link #isRejected} and {@link #rejectedCount} read without copying. */
  @Override
  public BitSet rejectedRows() {
    return (BitSet) rejectedRows.clone();
  }

  /** Rows of the table that were rejected (ragged rows are not in the table). */
  public int rejectedCount() {
    return rejectedRows.cardinality();
  }

  /** Whether the roles are complete and there is a dataset (it may still have zero rows). */
  public boolean isValidated() {
    return result != null;
  }

  /** The file name as shown to the user. */
  public String fileName() {
    return table.fileName();
  }

  public boolean isRejected(int row) {
    return rejectedRows.get(row);
  }

  /** The row of the table that starts on {@code line}, or -1 (ragged rows are not in it). */
  public int rowOfLine(int line) {
    return rowOfLine(table, line);
  }

  static int rowOfLine(RawTable table, int line) {
    int lo = 0;
    int hi = table.rowCount() - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      int l = table.line(mid);
      if (l < line) {
        lo = mid + 1;
      } else if (l > line) {
        hi = mid - 1;
      } else {
        return mid;
      }
    }
    return -1;
  }

  /** The rejection of a table row, or null when the row is usable. */
  public @Nullable Rejection rejectionOfRow(int row) {
    if (result == null || !rejectedRows.get(row)) {
      return null;
    }
    List<Rejection> all = result.report().rejections(); // sorted by line
    int line = table.line(row);
    int lo = 0;
    int hi = all.size() - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      int l = all.get(mid).line();
      if (l < line) {
        lo = mid + 1;
      } else if (l > line) {
        hi = mid - 1;
      } else {
        return all.get(mid);
      }
    }
    return null;
  }

  /** The role the detector suggests for a column (ignore when it suggests nothing). */
  public ColumnRole suggestedRole(String column) {
    return suggestions == null ? ColumnRole.IGNORE
        : RoleAssignment.of(table.columnNames(), suggestions.roles()).role(column);
  }

  /** The detector's reason for its suggestion about a column, or a plain sentence. */
  public String explanation(String column) {
    if (suggestions != null) {
      String quoted = "'" + Rejection.shortName(column) + "'";
      for (String why : suggestions.explanations()) {
        if (why.startsWith("column " + quoted + ":")) {
          return why;
        }
        int colon = why.indexOf("': ");
        if (why.startsWith("columns ") && colon > 0 && why.substring(0, colon + 1).contains(quoted)) {
          return why;
        }
      }
    }
    return "column " + "'" + Rejection.shortName(column) + "': the detector found no role for it";
  }
}
