package org.sim2real.core.io;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * Writes CSV that is safe to open in a spreadsheet: a text cell beginning with '=', '+', '-', '@',
 * a tab or a carriage return could be run as a formula ("CSV injection"), so such cells are
 * prefixed with a single quote. Numbers (including negative ones such as "-0.5") are written as
 * they are. Cells are quoted per RFC 4180 when they contain a delimiter, quote or line break.
 */
public final class SafeCsvWriter {
  private final Writer out;
  private final char delimiter;

  public SafeCsvWriter(Writer out) {
    this(out, ',');
  }

  public SafeCsvWriter(Writer out, char delimiter) {
    this.out = out;
    this.delimiter = delimiter;
  }

  public void writeRow(List<?> cells) throws IOException {
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        line.append(delimiter);
      }
      line.append(cell(cells.get(i), delimiter));
    }
    line.append('\n');
    out.write(line.toString());
  }

  /** The CSV text of one cell, neutralized and quoted as needed. */
  public static String cell(Object value, char delimiter) {
    if (value instanceof Double d && (d.isNaN() || d.isInfinite())) {
      return d.isNaN() ? "NaN" : (d > 0 ? "Inf" : "'-Inf");
    }
    String s = String.valueOf(value);
    if (!s.isEmpty() && isFormulaTrigger(s.charAt(0)) && !isNumber(s)) {
      s = "'" + s;
    }
    if (s.indexOf(delimiter) >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0) {
      s = '"' + s.replace("\"", "\"\"") + '"';
    }
    return s;
  }

  private static boolean isFormulaTrigger(char c) {
    return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
  }

  private static boolean isNumber(String s) {
    return s.matches("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");
  }
}
