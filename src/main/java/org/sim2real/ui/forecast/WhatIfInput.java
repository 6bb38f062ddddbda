package org.sim2real.ui.forecast;

import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Parses the what-if fields as people type them: an error ("0.40", "0,40"), a cost or budget
 * ("2.50", "10,000", "25k", "1.5M"). Empty means "not set". Every problem is a sentence saying
 * what to type instead.
 */
record WhatIfInput(boolean valid, @Nullable Double value, String problem) {
  private static final Pattern THOUSANDS = Pattern.compile("\\d{1,3}(,\\d{3})+(\\.\\d*)?");

  static WhatIfInput empty() {
    return new WhatIfInput(true, null, "");
  }

  static WhatIfInput of(double value) {
    return new WhatIfInput(true, value, "");
  }

  static WhatIfInput invalid(String problem) {
    return new WhatIfInput(false, null, problem);
  }

  /** A target test error: a positive number; a decimal comma is accepted. */
  static WhatIfInput error(String text) {
    return error(text, null);
  }

  /**
   * A target test error in {@code unit} (null when unknown), which the message names: "45%" is
   * not a number, and a percentage is no error in eV.
   */
  static WhatIfInput error(String text, @Nullable String unit) {
    String s = text.strip();
    if (s.isEmpty()) {
      return empty();
    }
    if (s.indexOf('.') < 0) {
      s = s.replace(',', '.');
    }
    Double v = number(s);
    if (v == null) {
      return invalid("\"" + text.strip() + "\" is not a number: type the target error"
          + (unit == null ? " itself" : " in " + unit) + ", e.g. 0.40");
    }
    if (!(v > 0) || v.isInfinite()) {
      return invalid("The target error must be a positive number.");
    }
    return of(v);
  }

  /** A cost or a budget: a positive amount; thousands separators and k/M suffixes allowed. */
  static WhatIfInput amount(String text, String what) {
    String s = text.strip().replace(" ", "").replace("_", "").toLowerCase(Locale.ROOT);
    if (s.isEmpty()) {
      return empty();
    }
    double factor = 1;
    if (s.endsWith("k")) {
      factor = 1e3;
    } else if (s.endsWith("m")) {
      factor = 1e6;
    }
    if (factor > 1) {
      s = s.substring(0, s.length() - 1);
    }
    if (THOUSANDS.matcher(s).matches()) {
      s = s.replace(",", "");
    } else if (s.indexOf('.') < 0) {
      s = s.replace(',', '.');
    }
    Double v = number(s);
    if (v == null) {
      return invalid("\"" + text.strip() + "\" is not an amount: type e.g. 2.5, 10,000 or 25k");
    }
    v *= factor;
    if (!(v > 0) || v.isInfinite() || v > 1e15) {
      return invalid("The " + what + " must be a positive amount.");
    }
    return of(v);
  }

  private static @Nullable Double number(String s) {
    if (!s.matches("[0-9.eE+-]+")) {
      return null; // Double.parseDouble would also take "NaN", "Infinity" and hex
    }
    try {
      return Double.parseDouble(s);
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
