package org.sim2real.core.scaling.curve;

import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The per-test-row errors of the cells of a table: for every (strategy, m, n, repetition) the error
 * of each row of the study's fixed experimental test set, in the same row order for every cell. They
 * let the bootstrap resample test rows jointly for all cells (src/site/SCIENCE.md, "Uncertainty"),
 * so that the test set's own sampling error enters every interval. Immutable.
 */
public final class RowErrors {
  /** What a cell's error is made of: the mean of the rows' values (MAE) or its square root (RMSE). */
  public enum Kind {
    /** Values are absolute errors; the cell's error is their mean (MAE). */
    ABSOLUTE,
    /** Values are squared errors; the cell's error is the square root of their mean (RMSE). */
    SQUARED
  }

  /** Identifies one cell of a table. */
  public record CellKey(String strategy, int m, long n, int repetition) {}

  private final Kind kind;
  private final int testRows;
  private final Map<CellKey, float[]> values;

  private RowErrors(Kind kind, int testRows, Map<CellKey, float[]> values) {
    this.kind = kind;
    this.testRows = testRows;
    this.values = values;
  }

  /**
   * Per-row errors from residuals (predicted minus measured) of each cell.
   *
   * @throws IllegalArgumentException when the cells have different numbers of rows or none
   */
  public static RowErrors fromResiduals(Kind kind, Map<CellKey, float[]> residuals) {
    int rows = -1;
    Map<CellKey, float[]> converted = new HashMap<>();
    for (Map.Entry<CellKey, float[]> e : residuals.entrySet()) {
      float[] r = e.getValue();
      if (rows < 0) {
        rows = r.length;
      } else if (r.length != rows) {
        throw new IllegalArgumentException("cells have " + rows + " and " + r.length
            + " test rows: per-row errors must come from one fixed test set");
      }
      float[] v = new float[r.length];
      for (int i = 0; i < r.length; i++) {
        v[i] = kind == Kind.ABSOLUTE ? Math.abs(r[i]) : r[i] * r[i];
      }
      converted.put(e.getKey(), v);
    }
    if (rows <= 0) {
      throw new IllegalArgumentException("per-row errors need at least one cell with test rows");
    }
    return new RowErrors(kind, rows, Map.copyOf(converted));
  }

  /** Per-row errors already converted to the kind's values (for combining tables in this package). */
  static RowErrors ofValues(Kind kind, int testRows, Map<CellKey, float[]> values) {
    return new RowErrors(kind, testRows, Map.copyOf(values));
  }

  public Kind kind() {
    return kind;
  }

  public int testRows() {
    return testRows;
  }

  public int cellCount() {
    return values.size();
  }

  /** The rows' values of one cell (do not modify), or null when that cell has none. */
  public float @Nullable [] of(String strategy, int m, long n, int repetition) {
    return values.get(new CellKey(strategy, m, n, repetition));
  }
}
