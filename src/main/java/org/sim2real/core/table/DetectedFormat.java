package org.sim2real.core.table;

import org.jspecify.annotations.Nullable;

/**
 * What the reader found out about a file: container, compression, text encoding, delimiter and
 * sheet. Shown to the user so that a wrong guess is visible.
 *
 * @param container delimited text or an Excel workbook
 * @param gzip the file was gzip-compressed
 * @param encoding text encoding ("UTF-8", "UTF-8 with BOM", "UTF-16LE with BOM"), null for xlsx
 *     and for text that was given as characters
 * @param delimiter field separator of a text file, null for xlsx
 * @param delimiterDetected the delimiter was detected rather than given
 * @param sheet the sheet read from a workbook, null for text
 */
public record DetectedFormat(
    Container container,
    boolean gzip,
    @Nullable String encoding,
    @Nullable Character delimiter,
    boolean delimiterDetected,
    @Nullable String sheet) {

  /** The two kinds of table file. */
  public enum Container {
    DELIMITED_TEXT,
    XLSX
  }

  /** One line for the user, e.g. "delimited text, comma (detected), UTF-8, gzip-compressed". */
  public String describe() {
    StringBuilder sb = new StringBuilder();
    if (container == Container.XLSX) {
      sb.append("Excel workbook (.xlsx), sheet '").append(sheet).append('\'');
    } else {
      sb.append("delimited text, ");
      sb.append(delimiter == null ? "?" : TableMessages.delimiterName(delimiter));
      sb.append(delimiterDetected ? " (detected)" : " (given)");
      if (encoding != null) {
        sb.append(", ").append(encoding);
      }
    }
    if (gzip) {
      sb.append(", gzip-compressed");
    }
    return sb.toString();
  }
}
