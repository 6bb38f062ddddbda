package org.sim2real.ui.teach;

import java.math.BigDecimal;
import java.math.MathContext;
import org.sim2real.core.scaling.curve.Format;

/** Numbers as a class reads them aloud: "1.2", "0.3", "0.05" (3 significant digits, no padding). */
final class TeachFormat {
  private TeachFormat() {}

  /** A size as "4,640", "846k", "20.8M" or "\u221e" (infinity), for narrow table cells. */
  static String size(double n) {
    if (Double.isNaN(n)) {
      return "n/a";
    }
    if (Double.isInfinite(n)) {
      return "\u221e";
    }
    if (n < 10_000) {
      return Format.size(n);
    }
    String[] units = {"k", "M", "G", "T"};
    double scaled = n / 1000;
    int unit = 0;
    while (scaled >= 999.5 && unit < units.length - 1) {
      scaled /= 1000;
      unit++;
    }
    return plain(scaled) + units[unit];
  }

  static String plain(double v) {
    if (!Double.isFinite(v) || v == 0 || Math.abs(v) < 1e-4 || Math.abs(v) >= 1e6) {
      return Format.value(v);
    }
    return new BigDecimal(v).round(new MathContext(3)).stripTrailingZeros().toPlainString();
  }
}
