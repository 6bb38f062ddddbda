package org.sim2real.core.data;

import java.io.IOException;
import java.nio.file.Path;
import org.sim2real.core.io.UserFacingException;

/**
 * Reads a table file into a {@link RawTable}. The format comes from the file's first bytes, not
 * its name: CSV, TSV, semicolon- or pipe-separated text (delimiter detected unless given), UTF-8
 * with or without a byte-order mark (UTF-16 with a byte-order mark too), optionally
 * gzip-compressed, or an Excel .xlsx workbook (first sheet unless one is chosen).
 *
 * <p>Every problem with the file itself (missing, empty, binary, not UTF-8, header only, an open
 * quote, absurd sizes beyond {@link ImportLimits}) is a {@link UserFacingException} naming the
 * file and, where there is one, the line. Problems with single rows (ragged rows) are not errors:
 * they are listed in {@link RawTable#rejections()}.
 */
public final class TableReader {
  private TableReader() {}

  public static RawTable read(Path file, ImportOptions options) {
    Path fileName = file.getFileName();
    String name = fileName == null ? file.toString() : fileName.toString();
    TableInput input = TableInput.open(file, name);
    try (input) {
      return input.kind == TableInput.Kind.XLSX
          ? XlsxTableReader.read(input, name, options)
          : DelimitedTextReader.read(input, name, options);
    } catch (IOException e) {
      throw new UserFacingException(name + ": cannot close the file (" + e.getMessage() + ").", e);
    }
  }
}
