package org.sim2real.core.data;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sim2real.core.io.UserFacingException;

/**
 * Turns the records a reader streams (fields plus start line) into a {@link RawTable}: takes the
 * header, skips blank rows (counting them), and rejects ragged rows instead of guessing which
 * field is missing. Shared by the text and the Excel reader so both behave alike.
 */
final class RowCollector {
  private static final int LINES_SHOWN = 5;

  private final RawTable.Builder builder;
  private final boolean hasHeader;
  private final String joiner;
  private boolean headerSeen;
  private int blankRows;
  private final List<Integer> blankLines = new ArrayList<>();

  RowCollector(RawTable.Builder builder, boolean hasHeader, char delimiter) {
    this.builder = builder;
    this.hasHeader = hasHeader;
    this.joiner = String.valueOf(delimiter);
  }

  boolean headerSeen() {
    return headerSeen;
  }

  /** How many fields of a record the reader must keep: all for the header, else one per column. */
  int fieldCapacity() {
    return headerSeen ? builder.columnCount() : ImportLimits.MAX_COLUMNS;
  }

  /** One record: the first {@code min(count, fieldCapacity())} entries of fields are its values. */
  void accept(String[] fields, int count, int line) {
    int kept = Math.min(count, fieldCapacity());
    if (count == kept && isBlank(fields, count)) {
      blankRows++;
      if (blankLines.size() < LINES_SHOWN) {
        blankLines.add(line);
      }
      return;
    }
    if (!headerSeen) {
      header(fields, count, line);
      if (hasHeader) {
        return;
      }
    }
    if (builder.rowCount() + 1 > ImportLimits.MAX_ROWS) {
      throw new UserFacingException(builder.fileName() + " line " + line + ": more than "
          + ImportLimits.format(ImportLimits.MAX_ROWS) + " data rows (the limit). Split the file"
          + " or take a random subset.");
    }
    int expected = builder.columnCount();
    if (count == expected) {
      builder.addRow(fields, line);
    } else {
      String shown = Rejection.shorten(String.join(joiner, Arrays.copyOf(fields, kept))
          + (count > kept ? joiner + "..." : ""));
      builder.reject(new Rejection(builder.fileName(), line, null, shown,
          RejectionReason.RAGGED_ROW, "ragged row: " + count + (count == 1 ? " field" : " fields")
              + ", expected " + expected));
    }
  }

  private void header(String[] fields, int count, int line) {
    headerSeen = true;
    List<String> names = new ArrayList<>(count);
    Map<String, Integer> seen = new HashMap<>();
    List<String> renamed = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      String name = hasHeader ? fields[i].strip() : "";
      if (name.isEmpty()) {
        name = "column " + (i + 1);
      }
      String unique = name;
      int k = seen.merge(name, 1, Integer::sum);
      while (k > 1 && names.contains(unique = name + " (" + k + ")")) {
        k++;
      }
      if (!unique.equals(name)) {
        renamed.add("'" + Rejection.shortName(name) + "' (column " + (i + 1) + ") -> '"
            + Rejection.shortName(unique) + "'");
      }
      names.add(unique);
    }
    builder.columnNames(names);
    if (!renamed.isEmpty()) {
      List<String> shown = renamed.size() <= 5 ? renamed : renamed.subList(0, 5);
      builder.warn(new ImportWarning("renamed columns", renamed.size(), "the header on line "
          + line + " repeats column names; renamed " + String.join(", ", shown)
          + (renamed.size() > shown.size() ? ", ... (" + renamed.size() + " in all)" : "")));
    }
  }

  RawTable finish() {
    String name = builder.fileName();
    if (!headerSeen) {
      throw new UserFacingException(name + ": the file has no rows, only "
          + (blankRows == 0 ? "nothing" : "blank lines") + ". Choose a file with a header row"
          + " and at least one data row.");
    }
    RawTable table;
    if (blankRows > 0) {
      builder.warn(new ImportWarning("blank rows", blankRows, blankRows
          + (blankRows == 1 ? " blank row skipped" : " blank rows skipped") + " (line"
          + (blankLines.size() == 1 ? " " : "s ") + joinLines(blankLines)
          + (blankRows > blankLines.size() ? ", ..." : "") + ")"));
    }
    table = builder.build();
    if (table.recordsRead() == 0) {
      throw new UserFacingException(name + ": the file has a header row but no data rows. Add"
          + " data rows below the header (columns: " + shortList(table.columnNames()) + ").");
    }
    return table;
  }

  private static String joinLines(List<Integer> lines) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < lines.size(); i++) {
      sb.append(i == 0 ? "" : ", ").append(lines.get(i));
    }
    return sb.toString();
  }

  private static String shortList(List<String> names) {
    List<String> shown = (names.size() <= 5 ? names : names.subList(0, 5)).stream()
        .map(Rejection::shortName).toList();
    String s = String.join(", ", shown);
    return Rejection.shorten(names.size() <= 5 ? s : s + ", ...", 120);
  }

  private static boolean isBlank(String[] fields, int count) {
    for (int i = 0; i < count; i++) {
      if (!fields[i].isBlank()) {
        return false;
      }
    }
    return true;
  }
}
