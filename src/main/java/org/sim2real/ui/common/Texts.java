package org.sim2real.ui.common;

import java.time.Duration;
import java.util.Locale;

/** Number and time formats of the screens' labels, the same in every locale. */
public final class Texts {
  private Texts() {}

  /** 106113 -> "106,113". */
  public static String count(long n) {
    return String.format(Locale.ROOT, "%,d", n);
  }

  /** A value with two decimals, "-" for NaN. */
  public static String number(double v) {
    return Double.isNaN(v) ? "-" : String.format(Locale.ROOT, "%.2f", v);
  }

  /** 0.4312 -> "43.1%". */
  public static String percent(double share) {
    return Double.isNaN(share) ? "-" : String.format(Locale.ROOT, "%.1f%%", 100 * share);
  }

  /** "1 cell" / "2 cells". */
  public static String plural(long n, String one, String many) {
    return count(n) + " " + (n == 1 ? one : many);
  }

  /**
   * A number as typed back into a field, exact and without exponent where that stays short:
   * 0.001 -> "0.001", 1e-4 -> "0.0001", 100.0 -> "100", 1e-9 -> "1e-9".
   */
  public static String plain(double v) {
    if (v == Math.rint(v) && Math.abs(v) < 1e15) {
      return Long.toString((long) v);
    }
    double a = Math.abs(v);
    if (a >= 1e-5 && a < 1e7) {
      return new java.math.BigDecimal(Double.toString(v)).stripTrailingZeros().toPlainString();
    }
    return Double.toString(v).replace("E", "e").replace(".0e", "e");
  }

  /**
   * A duration for people: "45 s", "3 min 20 s", "2 h 05 min", "3 days 4 h". Under a second
   * reads "under 1 s".
   */
  public static String duration(Duration d) {
    long seconds = Math.max(0, d.toSeconds());
    if (seconds < 1) {
      return "under 1 s";
    }
    if (seconds < 60) {
      return seconds + " s";
    }
    long minutes = seconds / 60;
    if (minutes < 60) {
      return minutes + " min " + (seconds % 60) + " s";
    }
    long hours = minutes / 60;
    if (hours < 48) {
      return String.format(Locale.ROOT, "%d h %02d min", hours, minutes % 60);
    }
    return (hours / 24) + " days " + (hours % 24) + " h";
  }
}
