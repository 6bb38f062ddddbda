package org.sim2real.core.table;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.sim2real.core.io.UserFacingException;

/**
 * Every message about a table file as a file: missing, empty, compressed and damaged, binary, in
 * the wrong encoding, an open quote, beyond a {@link TableLimits limit}, an unreadable workbook.
 * They are the same for every table the workbench reads, so "where does this message come from"
 * is this class. Messages about the rows of a dataset (rejections, duplicates, roles) are built by
 * {@code core.data.ImportMessages}; those about the values of a learning-curve table by
 * {@code core.scaling.curve.Cells}.
 *
 * <p>Each message starts with the file's name (and the line, where there is one) and says what to
 * do.
 */
public final class TableMessages {
  private TableMessages() {}

  static UserFacingException notFound(String name, Path file) {
    return new UserFacingException(name + ": file not found (" + file.toAbsolutePath()
        + "). Check the path.");
  }

  static UserFacingException isFolder(String name) {
    return new UserFacingException(name + ": this is a folder, not a file. Choose a CSV, TSV or"
        + " Excel .xlsx file.");
  }

  static UserFacingException gzipDamaged(String name, IOException e) {
    return new UserFacingException(name + ": the file starts like gzip data but cannot be"
        + " decompressed (" + e.getMessage() + "); it may be damaged. Copy or download it"
        + " again.", e);
  }

  static UserFacingException empty(String name, boolean gzip) {
    return new UserFacingException(name + ": the file is empty" + afterDecompression(gzip)
        + ". Choose a file with a header row and at least one data row.");
  }

  static UserFacingException oldExcel(String name) {
    return new UserFacingException(name + ": this is an old Excel .xls workbook, which is not"
        + " supported. In Excel, save it as .xlsx or as 'CSV UTF-8' and import that.");
  }

  static UserFacingException binary(String name, boolean gzip, int b, int offset) {
    return new UserFacingException(String.format(Locale.ROOT,
        "%s: this is not a text table%s: it contains binary data (byte 0x%02X at byte offset"
            + " %d). Choose a CSV, TSV or Excel .xlsx file.",
        name, afterDecompression(gzip), b, offset));
  }

  static UserFacingException cannotOpen(String name, IOException e) {
    return new UserFacingException(name + ": cannot read the file (" + e.getMessage()
        + "). Check that it exists and that you may read it.", e);
  }

  static UserFacingException cannotClose(String name, IOException e) {
    return new UserFacingException(name + ": cannot close the file (" + e.getMessage() + ").", e);
  }

  static UserFacingException cannotRead(String name, IOException e) {
    return new UserFacingException(name + ": cannot read the file (" + e.getMessage() + ").", e);
  }

  static UserFacingException notUtf8(String name, long line, int b, long offset) {
    return new UserFacingException(String.format(Locale.ROOT,
        "%s line %d: the file is not valid UTF-8 (byte 0x%02X at byte offset %d); it was probably"
            + " saved as Latin-1/Windows-1252. Save it as UTF-8 (in Excel: Save As > 'CSV UTF-8')"
            + " and import it again.",
        name, line, b, offset));
  }

  static UserFacingException notValidInEncoding(String name, IOException e) {
    return new UserFacingException(name + ": the text is not valid in its declared encoding ("
        + e.getMessage() + "). Save the file as UTF-8 and import it again.", e);
  }

  static UserFacingException stoppedReading(String name, long line, IOException e) {
    return new UserFacingException(name + ": the file could not be read to the end;"
        + " reading stopped near line " + line + " (" + e.getMessage() + ")."
        + " If it is compressed, it may be damaged or truncated; copy or download it again.", e);
  }

  /** @param where "" or " line N" */
  static UserFacingException notATable(String name, String where, String reason, Exception e) {
    return new UserFacingException(name + where + ": the text cannot be read as a table ("
        + reason + ").", e);
  }

  static UserFacingException quoteNeverClosed(String name, int line, Exception e) {
    return new UserFacingException(name + " line " + line + ": a quote (\") opened on this line"
        + " is never closed. Close it, or remove it if it is part of a value.", e);
  }

  static UserFacingException fieldTooLong(String name, int line, Exception e) {
    return new UserFacingException(name + " line " + line + ": a value is longer than "
        + TableLimits.format(TableLimits.MAX_FIELD_CHARS) + " characters (the limit). Is a quote"
        + " (\") left open on this line?", e);
  }

  static UserFacingException recordTooLong(String name, int line) {
    return new UserFacingException(name + " line " + line + ": the line is longer than "
        + TableLimits.format(TableLimits.MAX_RECORD_CHARS) + " characters (the limit). Is this"
        + " really a table? Check the delimiter and the file.");
  }

  static UserFacingException tooManyFields(String name, int line) {
    return new UserFacingException(name + " line " + line + ": more than "
        + TableLimits.format(TableLimits.MAX_COLUMNS) + " fields (the limit). Is this really a"
        + " table with that many columns? Check the delimiter.");
  }

  static UserFacingException tooManyCells(String name, int row) {
    return new UserFacingException(name + " row " + row + ": more than "
        + TableLimits.format(TableLimits.MAX_COLUMNS) + " columns (the limit).");
  }

  /** A table with more data rows than {@link TableLimits#MAX_ROWS}; the receiver counts them. */
  public static UserFacingException tooManyRows(String name, int line) {
    return new UserFacingException(name + " line " + line + ": more than "
        + TableLimits.format(TableLimits.MAX_ROWS) + " data rows (the limit). Split the file or"
        + " take a random subset.");
  }

  static UserFacingException workbookUnreadable(String name, Exception e) {
    return new UserFacingException(name + ": cannot read this Excel workbook (" + e.getMessage()
        + "). Open it in Excel and save it again as .xlsx, or export the sheet as 'CSV UTF-8'.",
        e);
  }

  static UserFacingException noSuchSheet(String name, String wanted, List<String> sheets) {
    List<String> quoted = sheets.stream().map(s -> "'" + s + "'").toList();
    return new UserFacingException(name + ": the workbook has no sheet '" + wanted + "'; its"
        + " sheets are " + String.join(", ", quoted) + " (or give a position 1 to "
        + sheets.size() + ").");
  }

  /** The warning when a sheet is chosen for a text file. */
  public static String sheetIgnored(String sheet) {
    return "the sheet option ('" + shorten(sheet, 60) + "') applies to Excel workbooks only;"
        + " this is a text file";
  }

  /** "comma", "tab", "semicolon" or the character in quotes; used in messages and reports. */
  public static String delimiterName(char delimiter) {
    return switch (delimiter) {
      case ',' -> "comma";
      case '\t' -> "tab";
      case ';' -> "semicolon";
      case '|' -> "pipe";
      case ' ' -> "space";
      case '"' -> "a double quote";
      case '\n', '\r' -> "a line break";
      default -> "'" + delimiter + "'";
    };
  }

  /** A value as messages show it: at most {@code max} characters, line breaks made visible. */
  public static String shorten(String value, int max) {
    String s = value.replace("\r", "\\r").replace("\n", "\\n");
    if (s.length() <= max) {
      return s;
    }
    return s.substring(0, max - 3) + "...";
  }

  private static String afterDecompression(boolean gzip) {
    return gzip ? " (after decompression)" : "";
  }
}
