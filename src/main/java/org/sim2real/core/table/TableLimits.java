package org.sim2real.core.table;

import java.util.Locale;

/**
 * Limits that keep a hostile or broken table file from exhausting memory, the same for every
 * table the workbench reads (datasets, learning-curve tables, a study's cells.csv). Each is named
 * in the message the user sees when a file exceeds it ({@link TableMessages}). A real table is far
 * below all of them.
 */
public final class TableLimits {
  /** Longest value (characters); an unclosed quote usually trips this first. */
  public static final int MAX_FIELD_CHARS = 100_000;
  /** Longest record (characters, from its first to its last field). */
  public static final int MAX_RECORD_CHARS = 1_000_000;
  /** Most columns (and fields on a line). Wide enough for 8192-bit fingerprints. */
  public static final int MAX_COLUMNS = 10_000;
  /** Most data rows. */
  public static final int MAX_ROWS = 10_000_000;

  private TableLimits() {}

  /** 100000 -> "100,000" for messages. */
  public static String format(long value) {
    return String.format(Locale.ROOT, "%,d", value);
  }
}
