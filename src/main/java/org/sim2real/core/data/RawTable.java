package org.sim2real.core.data;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.sim2real.core.table.DetectedFormat;

/**
 * The cells of a table file as text, column by column, before any validation: the well-formed
 * rows (as many fields as the header) with the physical line each starts on. Malformed rows are
 * kept out of the cells and listed as {@link #rejections()} so that no row disappears silently.
 */
public final class RawTable {
  private final String fileName;
  private final DetectedFormat format;
  private final List<String> columnNames;
  private final String[][] columns; // [column][row]
  private final int[] lines;
  private final int rowCount;
  private final int recordsRead;
  private final List<Rejection> rejections;
  private final List<ImportWarning> warnings;

  private RawTable(Builder b) {
    this.fileName = b.fileName;
    this.format = b.format;
    this.columnNames = List.copyOf(b.columnNames);
    this.rowCount = b.rowCount;
    this.columns = new String[b.columns.length][];
    for (int c = 0; c < columns.length; c++) {
      columns[c] = Arrays.copyOf(b.columns[c], rowCount);
    }
    this.lines = Arrays.copyOf(b.lines, rowCount);
    this.recordsRead = b.recordsRead;
    this.rejections = List.copyOf(b.rejections);
    this.warnings = List.copyOf(b.warnings);
  }

  /** The file name shown in messages. */
  public String fileName() {
    return fileName;
  }

  public DetectedFormat format() {
    return format;
  }

  public List<String> columnNames() {
    return columnNames;
  }

  public int columnCount() {
    return columnNames.size();
  }

  /** Index of a column by exact name, or -1. */
  public int columnIndex(String name) {
    return columnNames.indexOf(name);
  }

  /** Number of well-formed data rows. */
  public int rowCount() {
    return rowCount;
  }

  /** Data records read (well-formed plus malformed, blank rows excluded). */
  public int recordsRead() {
    return recordsRead;
  }

  /** The cell text as read (not stripped). */
  public String value(int row, int column) {
    return columns[column][row];
  }

  /** Physical line (text) or row number (Excel) where the row starts, 1-based. */
  public int line(int row) {
    return lines[row];
  }

  /** Malformed rows (ragged), in file order. */
  public List<Rejection> rejections() {
    return rejections;
  }

  /** Blank rows skipped, header columns renamed, and similar. */
  public List<ImportWarning> warnings() {
    return warnings;
  }

  /** Collects rows while a reader streams through a file. */
  static final class Builder {
    private final String fileName;
    private DetectedFormat format;
    private List<String> columnNames = List.of();
    private String[][] columns = new String[0][];
    private int[] lines = new int[0];
    private int rowCount;
    private int recordsRead;
    private final List<Rejection> rejections = new ArrayList<>();
    private final List<ImportWarning> warnings = new ArrayList<>();

    Builder(String fileName, DetectedFormat format) {
      this.fileName = fileName;
      this.format = format;
    }

    String fileName() {
      return fileName;
    }

    void format(DetectedFormat value) {
      this.format = value;
    }

    void columnNames(List<String> names) {
      this.columnNames = names;
      this.columns = new String[names.size()][1024];
      this.lines = new int[1024];
    }

    int columnCount() {
      return columnNames.size();
    }

    int rowCount() {
      return rowCount;
    }

    /** Adds a well-formed row; {@code fields} must have exactly one value per column. */
    void addRow(String[] fields, int line) {
      recordsRead++;
      if (rowCount == lines.length) {
        int capacity = lines.length + (lines.length >> 1) + 16;
        lines = Arrays.copyOf(lines, capacity);
        for (int c = 0; c < columns.length; c++) {
          columns[c] = Arrays.copyOf(columns[c], capacity);
        }
      }
      for (int c = 0; c < columns.length; c++) {
        columns[c][rowCount] = fields[c];
      }
      lines[rowCount++] = line;
    }

    void reject(Rejection rejection) {
      recordsRead++;
      rejections.add(rejection);
    }

    void warn(ImportWarning warning) {
      warnings.add(warning);
    }

    RawTable build() {
      return new RawTable(this);
    }
  }
}
