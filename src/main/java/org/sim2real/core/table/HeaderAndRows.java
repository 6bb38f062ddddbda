package org.sim2real.core.table;

import java.util.ArrayList;
import java.util.List;

/**
 * A {@link RecordSink} for the small tables whose rows are read one by one into values (a
 * learning-curve table, a study's cells.csv): the first record that is not blank is the header,
 * blank records are skipped, every value is stripped of surrounding white space, and a data row
 * comes as its first header-width values (fewer when the row is short; the receiver names what is
 * missing). Rows beyond {@link TableLimits#MAX_ROWS} are refused with the message every table
 * gets.
 */
public abstract class HeaderAndRows implements RecordSink {
  private String fileName = "";
  private int width;
  private int rows;

  @Override
  public void begin(String fileName, DetectedFormat format) {
    this.fileName = fileName;
  }

  @Override
  public final int width() {
    return width;
  }

  @Override
  public final void accept(String[] fields, int count, int line) {
    int kept = width == 0 ? count : Math.min(count, width);
    List<String> values = new ArrayList<>(kept);
    boolean blank = true;
    for (int i = 0; i < kept; i++) {
      String value = fields[i].strip();
      blank &= value.isEmpty();
      values.add(value);
    }
    if (blank && count == kept) {
      return;
    }
    if (width == 0) {
      width = count;
      header(values, line);
      return;
    }
    if (++rows > TableLimits.MAX_ROWS) {
      throw TableMessages.tooManyRows(fileName, line);
    }
    row(values, line);
  }

  /** The header's names, stripped, in column order; {@code line} is where it starts. */
  protected abstract void header(List<String> names, int line);

  /** One data row's values, stripped; at most as many as the header has names. */
  protected abstract void row(List<String> values, int line);

  /** The number of data rows so far. */
  protected final int rowCount() {
    return rows;
  }
}
