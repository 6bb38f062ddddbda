package org.sim2real.core.model;

/**
 * A mini-batch of input rows in compressed sparse row form, for inputs that are mostly zeros
 * (element fractions: a compound has 2 to 5 of 103 elements). The first layer then multiplies
 * only the non-zero entries: same sums in the same order, so the same bits, at a fraction of the
 * work. Holds at most a quarter of the batch's entries; denser batches stay dense.
 */
final class SparseRows {
  final int[] rowStart;
  final int[] columns;
  final float[] values;

  SparseRows(int capacityRows, int cols) {
    rowStart = new int[capacityRows + 1];
    int limit = Math.max(1, capacityRows * cols / 4);
    columns = new int[limit];
    values = new float[limit];
  }

  /**
   * Compresses {@code rows} rows of {@code x} from {@code xOff}; false if more than a quarter of
   * the entries are non-zero (then use the dense product).
   */
  boolean compress(float[] x, int xOff, int rows, int cols) {
    int count = 0;
    int limit = columns.length;
    for (int r = 0; r < rows; r++) {
      rowStart[r] = count;
      int base = xOff + r * cols;
      for (int c = 0; c < cols; c++) {
        float v = x[base + c];
        if (v != 0f) {
          if (count == limit) {
            return false;
          }
          columns[count] = c;
          values[count] = v;
          count++;
        }
      }
    }
    rowStart[rows] = count;
    return true;
  }
}
