package org.sim2real.core.scaling.curve;

import java.util.List;
import org.sim2real.core.io.UserFacingException;

/** The fields of one CSV row, with checked conversions whose errors name file, line and column. */
final class Cells {
  private final String file;
  private final int line;
  private final List<String> fields;

  Cells(String file, int line, List<String> fields) {
    this.file = file;
    this.line = line;
    this.fields = fields;
  }

  String text(int column, String name) {
    if (column >= fields.size()) {
      throw problem(column, name, "is missing (the row has only " + fields.size() + " fields)");
    }
    return fields.get(column);
  }

  /** A non-negative whole number that fits an int when it is m or a repetition. */
  long wholeNumber(int column, String name, String meaning) {
    String text = text(column, name);
    double value;
    try {
      value = Double.parseDouble(text);
    } catch (NumberFormatException e) {
      throw problem(column, name, "'" + text + "' is not a number; " + name + " must be " + meaning);
    }
    if (value != Math.rint(value) || Double.isInfinite(value)) {
      throw problem(column, name, "'" + text + "' is not a whole number; " + name + " must be " + meaning);
    }
    if (value < 0) {
      throw problem(column, name, "'" + text + "' is negative; " + name + " must be " + meaning);
    }
    boolean intSized = !name.equals("n");
    if (value > (intSized ? Integer.MAX_VALUE : Long.MAX_VALUE)) {
      throw problem(column, name, "'" + text + "' is too large for " + name);
    }
    return (long) value;
  }

  /** A finite, non-negative test error. */
  double error(int column, String name) {
    String text = text(column, name);
    double value;
    try {
      value = Double.parseDouble(text);
    } catch (NumberFormatException e) {
      throw problem(
          column, name,
          text.isEmpty()
              ? "is empty; every row needs a measured error (remove rows of failed runs)"
              : "'" + text + "' is not a number; the error column must hold test errors");
    }
    if (Double.isNaN(value) || Double.isInfinite(value)) {
      throw problem(column, name, "'" + text + "' is not a finite error; remove rows of failed runs");
    }
    if (value < 0) {
      throw problem(
          column, name, "'" + text + "' is negative; an error (MAE, RMSE) cannot be below zero"
              + " (for R2 or other scores fit an error column instead)");
    }
    return value;
  }

  private UserFacingException problem(int column, String name, String what) {
    return new UserFacingException(
        file + " line " + line + ", column " + (column + 1) + " (" + name + "): " + what);
  }
}
