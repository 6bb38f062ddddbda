package org.sim2real.ui.scaling;

import java.util.Locale;

/**
 * Parses what people type into the n and error fields: "1e6", "1,000,000", "250k", "2M" for
 * sizes; "0.45" or "0,45" for errors. Empty means "not set".
 */
final class NumberInput {
  /** A parsed value, or the reason it is not one. */
  record Parsed(boolean valid, @org.jspecify.annotations.Nullable Double value, String problem) {
    static Parsed empty() {
      return new Parsed(true, null, "");
    }

    static Parsed of(double value) {
      return new Parsed(true, value, "");
    }

    static Parsed invalid(String problem) {
      return new Parsed(false, null, problem);
    }
  }

  static final double MAX_N = 1e12;

  private NumberInput() {}

  /** A simulation size: a whole number from 1 to 10^12, with k/M/G suffixes allowed. */
  static Parsed size(String text) {
    String s = text.strip().replace(",", "").replace("_", "").replace(" ", "")
        .toLowerCase(Locale.ROOT);
    if (s.isEmpty()) {
      return Parsed.empty();
    }
    double factor = 1;
    if (s.endsWith("k")) {
      factor = 1e3;
    } else if (s.endsWith("m")) {
      factor = 1e6;
    } else if (s.endsWith("g")) {
      factor = 1e9;
    }
    if (factor > 1) {
      s = s.substring(0, s.length() - 1);
    }
    double v;
    try {
      v = Double.parseDouble(s) * factor;
    } catch (NumberFormatException e) {
      return Parsed.invalid("\"" + text.strip() + "\" is not a size: type e.g. 1000000, 1e6 or 1M");
    }
    if (!(v >= 1 && v <= MAX_N)) {
      return Parsed.invalid("n must lie between 1 and 10^12");
    }
    return Parsed.of(Math.rint(v));
  }

  /** A test error: a positive number; a decimal comma is accepted. */
  static Parsed error(String text) {
    String s = text.strip();
    if (s.isEmpty()) {
      return Parsed.empty();
    }
    if (s.indexOf('.') < 0) {
      s = s.replace(',', '.');
    }
    double v;
    try {
      v = Double.parseDouble(s);
    } catch (NumberFormatException e) {
      return Parsed.invalid("\"" + text.strip() + "\" is not a number: type the target error"
          + " itself, e.g. 0.40");
    }
    if (!(v > 0) || Double.isInfinite(v)) {
      return Parsed.invalid("the target error must be a positive number");
    }
    return Parsed.of(v);
  }
}
