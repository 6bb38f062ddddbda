package org.sim2real.core.report;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * Text for the PDF's standard fonts. JFreePDF writes strings with the base-14 fonts, which show
 * only ASCII reliably (anything else comes out as "?"), so typographic characters become their
 * ASCII spelling and accents are dropped; the text stays searchable and copyable.
 */
final class PdfText {
  private PdfText() {}

  static String ascii(String text) {
    String mapped = text
        .replace("\u2013", "-").replace("\u2014", "-").replace("\u2212", "-")
        .replace("\u2248", "~").replace("\u2264", "<=").replace("\u2265", ">=")
        .replace("\u00b7", "*").replace("\u00d7", "x").replace("\u03b1", "alpha")
        .replace("\u2192", "->").replace("\u2018", "'").replace("\u2019", "'")
        .replace("\u201c", "\"").replace("\u201d", "\"").replace("\u00a0", " ")
        .replace("\u2026", "...");
    String decomposed = Normalizer.normalize(mapped, Normalizer.Form.NFD);
    StringBuilder sb = new StringBuilder(decomposed.length());
    for (int i = 0; i < decomposed.length(); i++) {
      char c = decomposed.charAt(i);
      if (Character.getType(c) == Character.NON_SPACING_MARK) {
        continue;
      }
      if (c == '\n' || c == '\t') {
        sb.append(' ');
      } else if (c < 0x20 || c > 0x7e) {
        if (!Character.isLowSurrogate(c)) {
          sb.append('?');
        }
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  /**
   * A string literal body for the PDF content stream. JFreePDF 2.0.1 writes {@code (text) Tj}
   * without escaping, so an unbalanced parenthesis would end the literal early: the rest of the
   * line would be lost, and a crafted name could even inject drawing operators.
   */
  static String literal(String asciiText) {
    return asciiText.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)");
  }

  /** Lines of at most {@code width} points; words longer than a line are broken. */
  static List<String> wrap(String text, ToDoubleFunction<String> measure, double width) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : text.split(" ")) {
      if (word.isEmpty()) {
        continue;
      }
      String candidate = line.isEmpty() ? word : line + " " + word;
      if (measure.applyAsDouble(candidate) <= width) {
        line.setLength(0);
        line.append(candidate);
        continue;
      }
      if (!line.isEmpty()) {
        lines.add(line.toString());
        line.setLength(0);
      }
      String rest = word;
      while (measure.applyAsDouble(rest) > width && rest.length() > 1) {
        int cut = rest.length() - 1;
        while (cut > 1 && measure.applyAsDouble(rest.substring(0, cut)) > width) {
          cut--;
        }
        lines.add(rest.substring(0, cut));
        rest = rest.substring(cut);
      }
      line.append(rest);
    }
    if (!line.isEmpty()) {
      lines.add(line.toString());
    }
    return lines;
  }
}
