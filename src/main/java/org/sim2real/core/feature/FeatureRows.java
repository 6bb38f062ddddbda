package org.sim2real.core.feature;

import java.util.List;

/**
 * Rows of features, read one row at a time: a dense {@link FeatureMatrix}, the compact storage of
 * a featurized table ({@link CompactFeatureRows}: mostly-zero blocks kept as sparse rows), or a
 * view of another's rows (a subset in a given order, or the rows standardized on the fly). Models
 * read their mini-batches through {@link #copyRow}, so a study's cells and scalings are views of
 * the one featurized table, never copies of it. Implementations are immutable and safe to read
 * from several threads.
 */
public interface FeatureRows {
  int rows();

  int columns();

  /** The feature names, one per column. */
  List<String> names();

  /**
   * Writes the {@link #columns()} values of {@code row} to {@code destination[offset ..
   * offset + columns())}, every one of them (zeros too).
   */
  void copyRow(int row, float[] destination, int offset);

  /** Heap held by these rows' own values (0 for a view, which holds only its row list). */
  long valueBytes();

  /**
   * A view of the given rows in the given order: row i of the view is {@code rowIndices[i]} of
   * these rows. Nothing is copied but the index list.
   */
  default FeatureRows select(int[] rowIndices) {
    return new SelectedRows(this, rowIndices.clone());
  }

  /**
   * All values row-major, {@code rows() * columns()} of them. A dense matrix returns its own
   * array (do not modify it); other rows are copied. Meant for small sets (an experimental test
   * set, a tabular model's training rows), not for a large simulation table.
   */
  default float[] denseValues() {
    long size = (long) rows() * columns();
    if (size > Integer.MAX_VALUE - 16) {
      throw new IllegalArgumentException(rows() + " rows x " + columns()
          + " features do not fit in one dense matrix");
    }
    float[] out = new float[(int) size];
    int columns = columns();
    for (int r = 0; r < rows(); r++) {
      copyRow(r, out, r * columns);
    }
    return out;
  }

  /** These rows as a dense matrix (see {@link #denseValues()}). */
  default FeatureMatrix toMatrix() {
    return new FeatureMatrix(denseValues(), rows(), columns(), names());
  }

  /** Rows that are {@code rows} rows of {@code columns} values of a row-major array. */
  static FeatureRows ofArray(float[] values, int rows, int columns) {
    return new ArrayRows(values, rows, columns);
  }

  /** A view of selected rows of a base. */
  record SelectedRows(FeatureRows base, int[] indices) implements FeatureRows {
    public SelectedRows {
      for (int index : indices) {
        if (index < 0 || index >= base.rows()) {
          throw new IndexOutOfBoundsException(
              "row " + index + " of " + base.rows() + " feature rows");
        }
      }
    }

    @Override public int rows() { return indices.length; }
    @Override public int columns() { return base.columns(); }
    @Override public List<String> names() { return base.names(); }

    @Override
    public void copyRow(int row, float[] destination, int offset) {
      base.copyRow(indices[row], destination, offset);
    }

    @Override public long valueBytes() { return 0; }

    @Override
    public FeatureRows select(int[] rowIndices) {
      int[] composed = new int[rowIndices.length];
      for (int i = 0; i < rowIndices.length; i++) {
        composed[i] = indices[rowIndices[i]];
      }
      return new SelectedRows(base, composed);
    }
  }

  /**
   * The first {@code rows} rows of a row-major array that may be longer (a caller's buffer);
   * names are "x1", "x2", ...
   */
  record ArrayRows(float[] values, int rows, int columns) implements FeatureRows {
    public ArrayRows {
      if (rows < 0 || columns < 0 || (long) rows * columns > values.length) {
        throw new IllegalArgumentException(rows + " rows of " + columns
            + " features do not fit " + values.length + " values");
      }
    }

    @Override
    public List<String> names() {
      return java.util.stream.IntStream.rangeClosed(1, columns).mapToObj(i -> "x" + i).toList();
    }

    @Override
    public void copyRow(int row, float[] destination, int offset) {
      System.arraycopy(values, row * columns, destination, offset, columns);
    }

    @Override public long valueBytes() { return 4L * rows * columns; }

    @Override
    public float[] denseValues() {
      return values.length == rows * columns ? values : FeatureRows.super.denseValues();
    }
  }
}
