package org.sim2real.core.report;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;
import org.sim2real.core.scaling.curve.Estimate;
import org.sim2real.core.scaling.curve.Format;
import org.sim2real.core.scaling.curve.Interval;

/**
 * Numbers as a lab manager reads them in a headline: sample sizes to two significant digits
 * ("about 180,000"), intervals as "120,000 to 310,000", shares as whole percentages. A forecast
 * that claims five digits suggests a precision the bootstrap does not have.
 */
final class PlainNumbers {
  private PlainNumbers() {}

  /** 181,234 -> "180,000"; 1,234 -> "1,200"; 87 -> "87"; 3.4e13 -> "3.4e+13". */
  static String size(double n) {
    if (Double.isNaN(n)) {
      return "n/a";
    }
    if (Double.isInfinite(n)) {
      return "unbounded";
    }
    if (n >= 1e12) {
      return String.format(Locale.ROOT, "%.1e", n);
    }
    if (n < 100) {
      return Format.size(Math.round(n));
    }
    double rounded = new BigDecimal(n).round(new MathContext(2)).doubleValue();
    return String.format(Locale.ROOT, "%,d", Math.round(rounded));
  }

  /** "(90%: 120,000 to 310,000)", "(90%: 120,000 to unbounded)" or "" without an interval. */
  static String sizeInterval(Estimate e) {
    Interval i = e.interval();
    boolean openTop = Double.isFinite(i.lower()) && Double.isInfinite(i.upper());
    if (!i.isKnown() && !openTop) {
      return "(no interval: too few repetitions)";
    }
    return "(90%: " + size(i.lower()) + " to " + size(i.upper()) + ")";
  }

  /**
   * "(90% forecast interval: 120,000 to 310,000)": a size read off the forecast draws (bootstrap
   * and the extrapolation spread).
   */
  static String forecastSizeInterval(Estimate e) {
    String plain = sizeInterval(e);
    return plain.startsWith("(90%: ") ? "(90% forecast interval: " + plain.substring(6) : plain;
  }

  /** "(90% forecast band: 0.330 to 0.380)" for an error forecast beyond the measured sizes. */
  static String forecastValueInterval(Estimate e) {
    String plain = valueInterval(e);
    return plain.startsWith("(90%: ") ? "(90% forecast band: " + plain.substring(6) : plain;
  }

  /** "120,000 to 310,000" (an open top reads "unbounded"), or "" without an interval. */
  static String sizeRange(Interval i) {
    boolean openTop = Double.isFinite(i.lower()) && Double.isInfinite(i.upper());
    return i.isKnown() || openTop ? size(i.lower()) + " to " + size(i.upper()) : "";
  }

  /** "0.330 to 0.380", or "" without an interval. */
  static String valueRange(Interval i) {
    return i.isKnown() ? Format.value(i.lower()) + " to " + Format.value(i.upper()) : "";
  }

  /** "(90%: 0.330 to 0.380)" or "(no interval)". */
  static String valueInterval(Estimate e) {
    Interval i = e.interval();
    if (!i.isKnown()) {
      return "(no interval: too few repetitions)";
    }
    return "(90%: " + Format.value(i.lower()) + " to " + Format.value(i.upper()) + ")";
  }

  /** 0.9712 -> "97%"; below 1% but above 0 -> "under 1%"; NaN -> "n/a". */
  static String percent(double share) {
    if (Double.isNaN(share)) {
      return "n/a";
    }
    if (share > 0 && share < 0.005) {
      return "under 1%";
    }
    if (share < 1 && share > 0.995) {
      return "over 99%";
    }
    return String.format(Locale.ROOT, "%.0f%%", 100 * share);
  }

  /** A signed change: "-0.0705" or "+0.0120". */
  static String change(double value) {
    String plain = Format.value(value);
    return value > 0 ? "+" + plain : plain;
  }
}
