package org.sim2real.core.data;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Set;

/**
 * Reads numbers from table cells, strictly: an optional sign, digits with an optional decimal
 * mark, an optional exponent ("1", "-0.5", ".5", "1.2e-3"). Java's own parser would also take
 * "1.5d", "0x1p3" or "Infinity", none of which a scientist means as a measured value.
 *
 * <p>Each call classifies the text: {@link #OK} (then {@link #value()} holds it), {@link #MISSING}
 * (empty, "NA", "N/A", "null", "none", "-", "?"), {@link #NOT_FINITE} ("NaN", "inf", "1e999"),
 * or {@link #NOT_A_NUMBER}. With a decimal comma, ',' and '.' are both accepted as the decimal
 * mark. One instance per thread (it keeps the last value).
 */
final class NumberReader {
  static final int OK = 0;
  static final int MISSING = 1;
  static final int NOT_FINITE = 2;
  static final int NOT_A_NUMBER = 3;

  private static final Set<String> MISSING_WORDS = Set.of("na", "n/a", "null", "none", "-", "?");
  private static final Set<String> NOT_FINITE_WORDS = Set.of("nan", "+nan", "-nan", "inf", "+inf",
      "-inf", "infinity", "+infinity", "-infinity", "∞", "-∞");

  private final boolean decimalComma;
  private double value;

  NumberReader(boolean decimalComma) {
    this.decimalComma = decimalComma;
  }

  /** The value of the last {@link #read} that returned {@link #OK}. */
  double value() {
    return value;
  }

  int read(String raw) {
    String s = raw.strip();
    if (s.isEmpty()) {
      return MISSING;
    }
    int n = s.length();
    int i = 0;
    char c = s.charAt(0);
    if (c == '+' || c == '-') {
      i++;
    }
    int digits = 0;
    int commaAt = -1;
    boolean mark = false;
    while (i < n) {
      c = s.charAt(i);
      if (c >= '0' && c <= '9') {
        digits++;
      } else if ((c == '.' || (c == ',' && decimalComma)) && !mark) {
        mark = true;
        if (c == ',') {
          commaAt = i;
        }
      } else {
        break;
      }
      i++;
    }
    boolean ok = digits > 0;
    if (ok && i < n && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
      i++;
      if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
        i++;
      }
      int expDigits = 0;
      while (i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
        i++;
        expDigits++;
      }
      ok = expDigits > 0;
    }
    if (!ok || i != n) {
      String lower = s.toLowerCase(Locale.ROOT);
      if (MISSING_WORDS.contains(lower)) {
        return MISSING;
      }
      return NOT_FINITE_WORDS.contains(lower) ? NOT_FINITE : NOT_A_NUMBER;
    }
    if (commaAt >= 0) {
      s = s.substring(0, commaAt) + '.' + s.substring(commaAt + 1);
    }
    value = Double.parseDouble(s);
    return Double.isFinite(value) ? OK : NOT_FINITE;
  }

  /** Whether a text that failed looks like a number written with a decimal comma ("1,25"). */
  static boolean looksLikeDecimalComma(String raw) {
    return raw.strip().matches("[+-]?\\d*,\\d+([eE][+-]?\\d+)?");
  }

  /** A number as people write it: "1", "2.5", "1.7505000000000002" (no exponent, no ".0"). */
  static String display(double v) {
    if (!Double.isFinite(v)) {
      return Double.toString(v);
    }
    return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
  }
}
