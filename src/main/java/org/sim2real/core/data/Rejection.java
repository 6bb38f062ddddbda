package org.sim2real.core.data;

import org.jspecify.annotations.Nullable;
import org.sim2real.core.table.TableMessages;

/**
 * One unusable row: where it is, which value is at fault and why.
 *
 * @param file the file name shown to the user
 * @param line physical line (text) or row number (Excel) where the record starts, 1-based
 * @param column the column at fault, null when the whole row is (a ragged row)
 * @param value the offending value shortened for display (at most {@link #MAX_VALUE_CHARS}
 *     characters, line breaks shown as "\n"), null when the whole row is at fault
 * @param reason the category, for counts
 * @param detail the exact explanation, e.g. "unparseable formula: unknown element 'Xx' in 'Xx99'"
 */
public record Rejection(
    String file,
    int line,
    @Nullable String column,
    @Nullable String value,
    RejectionReason reason,
    String detail) {

  public static final int MAX_VALUE_CHARS = 60;

  /** The full message, e.g. "exp.csv line 7, column 'formula': unparseable formula: ...". */
  public String message() {
    return file + " line " + line + (column == null ? "" : ", column '" + shortName(column) + "'")
        + ": " + detail;
  }

  /** Shortens a value for display: at most {@code max} characters, line breaks made visible. */
  public static String shorten(String value, int max) {
    return TableMessages.shorten(value, max);
  }

  /** A column name as shown in messages: names from hostile headers can be huge. */
  public static String shortName(String column) {
    return shorten(column, 40);
  }

  /** {@link #shorten(String, int)} with the default display length. */
  public static String shorten(String value) {
    return shorten(value, MAX_VALUE_CHARS);
  }
}
