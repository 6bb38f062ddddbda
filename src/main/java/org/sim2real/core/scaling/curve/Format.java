package org.sim2real.core.scaling.curve;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;

/** Number formatting shared by the plain-language sentences of the scaling results. */
public final class Format {
  private Format() {}

  /** A measured or fitted value with 3 significant digits: 0.516, 0.0123, 30.5, 1.2e-05. */
  public static String value(double v) {
    if (Double.isNaN(v)) {
      return "n/a";
    }
    if (Double.isInfinite(v)) {
      return v > 0 ? "infinity" : "-infinity";
    }
    if (v == 0) {
      return "0";
    }
    double magnitude = Math.abs(v);
    if (magnitude < 1e-4 || magnitude >= 1e6) {
      return String.format(Locale.ROOT, "%.2e", v);
    }
    return new BigDecimal(v).round(new MathContext(3)).toPlainString();
  }

  /** Same as {@link #value} (errors are values); named for readability at call sites. */
  public static String error(double v) {
    return value(v);
  }

  /** A sample size with thousands separators: 10,000; large or fractional values rounded. */
  public static String size(double n) {
    if (Double.isNaN(n)) {
      return "n/a";
    }
    if (Double.isInfinite(n)) {
      return "infinity";
    }
    if (n >= 1e12) {
      return String.format(Locale.ROOT, "%.2e", n);
    }
    if (n >= 100) {
      return String.format(Locale.ROOT, "%,d", Math.round(new BigDecimal(n).round(new MathContext(3)).doubleValue()));
    }
    return new BigDecimal(n).round(new MathContext(3)).stripTrailingZeros().toPlainString();
  }

  /** A measured size exactly: 21,544. */
  public static String size(long n) {
    return String.format(Locale.ROOT, "%,d", n);
  }

  /** "0.214 (0.0912-0.381)" or "0.214 (no interval)". */
  public static String withInterval(Estimate e) {
    return value(e.value()) + interval(e.interval(), false);
  }

  /** Like {@link #withInterval} for sample sizes. */
  public static String sizeWithInterval(Estimate e) {
    return size(e.value()) + interval(e.interval(), true);
  }

  private static String interval(Interval i, boolean sizes) {
    if (!i.isKnown() && !(Double.isFinite(i.lower()) && Double.isInfinite(i.upper()))) {
      return " (no interval)";
    }
    String lo = sizes ? size(i.lower()) : value(i.lower());
    String hi = sizes ? size(i.upper()) : value(i.upper());
    return " (90%: " + lo + " to " + hi + ")";
  }

  /** A share as a percentage: "12.5%". */
  public static String percent(double share) {
    return String.format(Locale.ROOT, "%.1f%%", 100 * share);
  }
}
