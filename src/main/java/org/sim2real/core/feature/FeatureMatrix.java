package org.sim2real.core.feature;

import java.util.List;
import java.util.Objects;

/**
 * A dense row-major float32 matrix of features: row i occupies {@code values[i*columns ..
 * (i+1)*columns)}. The array is shared, not copied: treat it as read-only.
 */
public record FeatureMatrix(float[] values, int rows, int columns, List<String> names)
    implements FeatureRows {
  public FeatureMatrix {
    Objects.requireNonNull(values, "values");
    if (rows < 0 || columns < 0 || (long) rows * columns != values.length) {
      throw new IllegalArgumentException(
          "matrix " + rows + "x" + columns + " does not match " + values.length + " values");
    }
    if (names.size() != columns) {
      throw new IllegalArgumentException(names.size() + " names for " + columns + " columns");
    }
    names = List.copyOf(names);
  }

  public float get(int row, int column) {
    return values[row * columns + column];
  }

  @Override
  public void copyRow(int row, float[] destination, int offset) {
    System.arraycopy(values, row * columns, destination, offset, columns);
  }

  @Override
  public long valueBytes() {
    return 4L * values.length;
  }

  /** The matrix's own array (do not modify it). */
  @Override
  public float[] denseValues() {
    return values;
  }

  @Override
  public FeatureMatrix toMatrix() {
    return this;
  }

  /** A new matrix with the given rows, in the given order (used for subsets of a study). */
  public FeatureMatrix selectRows(int[] rowIndices) {
    float[] out = new float[rowIndices.length * columns];
    for (int i = 0; i < rowIndices.length; i++) {
      System.arraycopy(values, rowIndices[i] * columns, out, i * columns, columns);
    }
    return new FeatureMatrix(out, rowIndices.length, columns, names);
  }
}
