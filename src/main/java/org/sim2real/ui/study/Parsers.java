package org.sim2real.ui.study;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sim2real.ui.common.Texts;
import org.sim2real.ui.common.study.DesignField;
import org.sim2real.ui.common.study.SizeSchedule;

/** Readers of typed values with reasons a user can act on ("enter a whole number from 1 to 10"). */
public final class Parsers {
  private Parsers() {}

  /** A whole number in [min, max]; "1e4" and "10_000" are read too. */
  public static DesignField.Parser<Integer> wholeNumber(long min, long max) {
    return text -> (int) whole(text, min, max);
  }

  /** A whole number in [min, max] as a long. */
  public static DesignField.Parser<Long> longNumber(long min, long max) {
    return text -> whole(text, min, max);
  }

  /** Any whole number (a seed). */
  public static DesignField.Parser<Long> anyLong() {
    return text -> {
      try {
        return Long.parseLong(text.replace("_", ""));
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("enter a whole number, such as 0 or 42");
      }
    };
  }

  /** A positive finite number ("0.001", "1e-3"). */
  public static DesignField.Parser<Double> positive() {
    return text -> {
      double v = number(text);
      if (!(v > 0) || Double.isInfinite(v)) {
        throw new IllegalArgumentException("enter a positive number, such as 0.001 or 1e-3");
      }
      return v;
    };
  }

  /** A number >= 0 ("0" means automatic for some settings). */
  public static DesignField.Parser<Double> nonNegative() {
    return text -> {
      double v = number(text);
      if (!(v >= 0) || Double.isInfinite(v)) {
        throw new IllegalArgumentException("enter a number of 0 or more");
      }
      return v;
    };
  }

  /**
   * A fraction strictly between 0 and 1 (or at most 1 when {@code oneAllowed}); "20%" reads as
   * 0.2.
   */
  public static DesignField.Parser<Double> fraction(boolean oneAllowed) {
    return text -> {
      String t = text.strip();
      boolean percent = t.endsWith("%");
      double v = number(percent ? t.substring(0, t.length() - 1) : t) / (percent ? 100 : 1);
      boolean ok = v > 0 && (oneAllowed ? v <= 1 : v < 1);
      if (!ok) {
        throw new IllegalArgumentException(oneAllowed
            ? "enter a fraction above 0 and at most 1, such as 0.7 or 70%"
            : "enter a fraction between 0 and 1, such as 0.2 or 20%");
      }
      return v;
    };
  }

  /** Positive whole numbers separated by commas or spaces, at least one ("256, 128"). */
  public static DesignField.Parser<List<Integer>> widths() {
    return text -> {
      List<Integer> values = new ArrayList<>();
      for (String part : text.strip().split("[,;\\s]+")) {
        if (!part.isEmpty()) {
          values.add(SizeSchedule.parsePositive(part));
        }
      }
      if (values.isEmpty()) {
        throw new IllegalArgumentException("enter the widths of the hidden layers, such as"
            + " 256, 128");
      }
      return List.copyOf(values);
    };
  }

  private static long whole(String text, long min, long max) {
    String t = text.strip().replace("_", "").replace(",", "").toLowerCase(Locale.ROOT);
    String range = "enter a whole number from " + Texts.count(min) + " to " + Texts.count(max);
    double v;
    try {
      v = t.contains("e") ? Double.parseDouble(t) : Long.parseLong(t);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(t.isEmpty() ? range : "'" + text.strip()
          + "' is not a whole number; " + range);
    }
    if (v != Math.rint(v) || v < min || v > max) {
      throw new IllegalArgumentException(range);
    }
    return (long) v;
  }

  private static double number(String text) {
    try {
      return Double.parseDouble(text.strip().replace("_", ""));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(text.isBlank() ? "enter a number"
          : "'" + text.strip() + "' is not a number");
    }
  }
}
