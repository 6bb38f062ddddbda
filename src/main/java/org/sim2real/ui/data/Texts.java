package org.sim2real.ui.data;

import java.util.Locale;

/** Number formats shared by the Data screen's labels, the same in every locale. */
final class Texts {
  private Texts() {}

  /** 106113 -> "106,113". */
  static String count(long n) {
    return String.format(Locale.ROOT, "%,d", n);
  }

  /** A value with two decimals, "-" for NaN. */
  static String number(double v) {
    return Double.isNaN(v) ? "-" : String.format(Locale.ROOT, "%.2f", v);
  }

  /** 0.4312 -> "43.1%". */
  static String percent(double share) {
    return Double.isNaN(share) ? "-" : String.format(Locale.ROOT, "%.1f%%", 100 * share);
  }

  /** "1 row" / "2 rows". */
  static String plural(long n, String one, String many) {
    return count(n) + " " + (n == 1 ? one : many);
  }
}
