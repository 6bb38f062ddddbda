package org.sim2real.core.data;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.sim2real.core.table.DetectedFormat;
import org.sim2real.core.table.RecordSink;
import org.sim2real.core.table.TableLimits;
import org.sim2real.core.table.TableMessages;

/**
 * Turns the records {@code core.table.TableFile} streams (fields plus start line) into a {@link
 * RawTable}: takes the header, skips blank rows (counting them), and rejects ragged rows instead
 * of guessing which field is missing. The same for text files and workbooks.
 */
final class RowCollector implements RecordSink {
  private static final int LINES_SHOWN = 5;

  private final ImportOptions options;
  private final boolean hasHeader;
  private RawTable.@Nullable Builder builder;
  private String joiner = ",";
  private boolean headerSeen;
  private int blankRows;
  private final List<Integer> blankLines = new ArrayList<>();

  RowCollector(ImportOptions options) {
    this.options = options;
    this.hasHeader = options.hasHeader();
  }

  @Override
  public void begin(String fileName, DetectedFormat format) {
    RawTable.Builder b = new RawTable.Builder(fileName, format);
    Character delimiter = format.delimiter();
    joiner = String.valueOf(delimiter == null ? ',' : delimiter);
    if (options.sheet() != null && format.container() == DetectedFormat.Container.DELIMITED_TEXT) {
      b.warn(new ImportWarning("sheet ignored", 0, TableMessages.sheetIgnored(options.sheet())));
    }
    builder = b;
  }

  /** All fields of the header; one per column of a data row. */
  @Override
  public int width() {
    return headerSeen ? builder().columnCount() : 0;
  }

  private RawTable.Builder builder() {
    if (builder == null) {
      throw new IllegalStateException("records before begin()");
    }
    return builder;
  }

  /** One record: the first {@code min(count, capacity)} entries of fields are its values. */
  @Override
  public void accept(String[] fields, int count, int line) {
    RawTable.Builder builder = builder();
    int kept = Math.min(count, headerSeen ? builder.columnCount() : TableLimits.MAX_COLUMNS);
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
    if (builder.rowCount() + 1 > TableLimits.MAX_ROWS) {
      throw TableMessages.tooManyRows(builder.fileName(), line);
    }
    int expected = builder.columnCount();
    if (count == expected) {
      builder.addRow(fields, line);
    } else {
      String shown = Rejection.shorten(String.join(joiner, Arrays.copyOf(fields, kept))
          + (count > kept ? joiner + "..." : ""));
      builder.reject(new Rejection(builder.fileName(), line, null, shown,
          RejectionReason.RAGGED_ROW, ImportMessages.raggedRow(count, expected)));
    }
  }

  private void header(String[] fields, int count, int line) {
    RawTable.Builder builder = builder();
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
        renamed.add(ImportMessages.renamedColumn(name, i + 1, unique));
      }
      names.add(unique);
    }
    builder.columnNames(names);
    if (!renamed.isEmpty()) {
      builder.warn(new ImportWarning("renamed columns", renamed.size(),
          ImportMessages.renamedColumns(line, renamed)));
    }
  }

  RawTable finish() {
    RawTable.Builder builder = builder();
    String name = builder.fileName();
    if (!headerSeen) {
      throw ImportMessages.noRows(name, blankRows > 0);
    }
    RawTable table;
    if (blankRows > 0) {
      builder.warn(new ImportWarning("blank rows", blankRows,
          ImportMessages.blankRows(blankRows, blankLines)));
    }
    table = builder.build();
    if (table.recordsRead() == 0) {
      throw ImportMessages.headerButNoDataRows(name, table.columnNames());
    }
    return table;
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
