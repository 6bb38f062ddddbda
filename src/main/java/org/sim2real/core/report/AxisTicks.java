package org.sim2real.core.report;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Tick positions and labels for a log axis that people can read. Over a decade or more: powers of
 * ten (with 2 and 5 when the range is short), unlabelled minor ticks in between. Within less than
 * a decade, which is the usual case for test errors (0.40 to 0.55), powers of ten would leave the
 * axis without a single label, so the ticks are evenly spaced round numbers (0.40, 0.45, 0.50).
 */
final class AxisTicks {
  /** How labels read: sample sizes as 100, 1k, 10k, 1M; values as 0.45 or 0.1. */
  enum Style {
    SIZE,
    VALUE
  }

  /** One tick; minor ticks have an empty label. */
  record Tick(double value, String label, boolean major) {}

  private static final double[] NICE_STEPS = {1, 2, 2.5, 5, 10};

  private AxisTicks() {}

  static List<Tick> forLogRange(double lower, double upper, Style style) {
    if (!(lower > 0) || !(upper > lower) || Double.isInfinite(upper)) {
      return List.of();
    }
    double decades = Math.log10(upper / lower);
    return decades < 1 ? evenlySpaced(lower, upper, style) : decadeTicks(lower, upper, decades, style);
  }

  private static List<Tick> evenlySpaced(double lower, double upper, Style style) {
    double step = niceStep((upper - lower) / 7, style);
    if ((upper - lower) / step < 3) {
      step = niceStep((upper - lower) / 10, style);
    }
    int decimals = decimals(step);
    List<Tick> ticks = new ArrayList<>();
    long first = (long) Math.ceil(lower / step - 1e-9);
    for (long k = first; k * step <= upper * (1 + 1e-9); k++) {
      double v = k * step;
      if (v > 0) {
        ticks.add(new Tick(v, style == Style.SIZE ? sizeLabel(v) : fixed(v, decimals), true));
      }
    }
    return ticks;
  }

  private static List<Tick> decadeTicks(double lower, double upper, double decades, Style style) {
    int every = decades > 8 ? (int) Math.ceil(decades / 6) : 1;
    boolean withTwoAndFive = decades <= 2;
    int lowest = (int) Math.floor(Math.log10(lower));
    int highest = (int) Math.ceil(Math.log10(upper));
    List<Tick> ticks = new ArrayList<>();
    for (int k = lowest; k <= highest; k++) {
      for (int multiple = 1; multiple <= 9; multiple++) {
        double v = multiple * Math.pow(10, k);
        if (v < lower * (1 - 1e-9) || v > upper * (1 + 1e-9)) {
          continue;
        }
        boolean labelled = multiple == 1 ? Math.floorMod(k, every) == 0
            : withTwoAndFive && (multiple == 2 || multiple == 5);
        if (labelled) {
          ticks.add(new Tick(v, style == Style.SIZE ? sizeLabel(v) : shortest(v), true));
        } else if (every == 1 || multiple == 1) {
          ticks.add(new Tick(v, "", false));
        }
      }
    }
    return ticks;
  }

  /** A round step near {@code raw}: 1, 2, 2.5 or 5 times a power of ten (no 2.5 for sizes). */
  static double niceStep(double raw, Style style) {
    double power = Math.pow(10, Math.floor(Math.log10(raw)));
    for (double f : NICE_STEPS) {
      if (f == 2.5 && style == Style.SIZE) {
        continue;
      }
      if (f * power >= raw * (1 - 1e-9)) {
        return f * power;
      }
    }
    return 10 * power;
  }

  /** Decimals that show every multiple of step exactly: 0.05 -> 2, 0.025 -> 3, 5 -> 0. */
  private static int decimals(double step) {
    for (int d = 0; d < 12; d++) {
      double scaled = step * Math.pow(10, d);
      if (Math.abs(scaled - Math.rint(scaled)) < 1e-6 * Math.max(1, scaled)) {
        return d;
      }
    }
    return 12;
  }

  private static String fixed(double v, int decimals) {
    return String.format(Locale.ROOT, "%." + decimals + "f", v);
  }

  /** 0.1, 0.2, 1, 20: the value with up to 6 significant digits and no trailing zeros. */
  static String shortest(double v) {
    return new BigDecimal(v).round(new MathContext(6)).stripTrailingZeros().toPlainString();
  }

  /** 100, 2.5k, 10k, 1M, 1e9, 2.5e10: how sizes read on the axis and in marker labels. */
  static String sizeLabel(double value) {
    // round first, so that 999,999.9 reads 1M and not 1000k
    double n = value > 0 && Double.isFinite(value)
        ? new BigDecimal(value).round(new MathContext(3)).doubleValue() : value;
    if (n >= 1e9) {
      int exponent = (int) Math.floor(Math.log10(n) + 1e-9);
      return threeDigits(n / Math.pow(10, exponent)) + "e" + exponent;
    }
    if (n >= 1e6) {
      return threeDigits(n / 1e6) + "M";
    }
    if (n >= 1e3) {
      return threeDigits(n / 1e3) + "k";
    }
    return threeDigits(n);
  }

  private static String threeDigits(double v) {
    return new BigDecimal(v).round(new MathContext(3)).stripTrailingZeros().toPlainString();
  }
}
