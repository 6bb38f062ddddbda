package org.sim2real.core.table;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/**
 * Reads a table file, the same way for every table the workbench reads (datasets, learning-curve
 * tables, a study's cells.csv): the format comes from the file's first bytes, not its name. CSV,
 * TSV, semicolon- or pipe-separated text (delimiter detected unless given; RFC 4180 quoting, so a
 * quoted field may hold delimiters, quotes and line breaks), UTF-8 with or without a byte-order
 * mark, UTF-16 with one, optionally gzip-compressed, or an Excel .xlsx workbook (first sheet
 * unless one is chosen). Every problem with the file itself is a {@code UserFacingException}
 * built by {@link TableMessages}, naming the file and, where there is one, the line; the limits
 * are {@link TableLimits}. What the records mean is up to the {@link RecordSink}.
 */
public final class TableFile {
  private TableFile() {}

  /**
   * Streams the records of a file into {@code sink}.
   *
   * @param delimiter the field separator of a text file, or null to detect it
   * @param sheet the sheet of a workbook (its name, or its 1-based position when no sheet has
   *     that name), or null for the first; ignored for text files
   */
  public static void read(Path file, @Nullable Character delimiter, @Nullable String sheet,
      RecordSink sink) {
    String name = displayName(file);
    TableInput input = TableInput.open(file, name);
    try (input) {
      if (input.kind == TableInput.Kind.XLSX) {
        XlsxTableReader.read(input, name, sheet, sink);
      } else {
        DelimitedTextReader.read(input, name, delimiter, sink);
      }
    } catch (IOException e) {
      throw TableMessages.cannotClose(name, e);
    }
  }

  /**
   * Streams the records of delimited text that is already characters (the same parser, quoting,
   * delimiter detection and limits as for a file; a leading byte-order mark is skipped).
   *
   * @param name the table's name in messages
   */
  public static void read(String name, Reader text, @Nullable Character delimiter,
      RecordSink sink) {
    DelimitedTextReader.read(text, name, delimiter, false, null, sink);
  }

  /** The name of a file as messages show it: its file name. */
  public static String displayName(Path file) {
    Path fileName = file.getFileName();
    return fileName == null ? file.toString() : fileName.toString();
  }
}
