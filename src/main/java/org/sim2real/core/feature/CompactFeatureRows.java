package org.sim2real.core.feature;

import java.util.Arrays;
import java.util.List;

/**
 * A featurized table in blocks of up to {@value #BLOCK} rows, each block stored the way it is
 * smaller: dense float32 rows, or compressed sparse rows (column index as a 16-bit char and the
 * float32 value of each non-zero) when most values are zero, as for fingerprints and element
 * fractions. {@link #copyRow} gives the same values either way. Immutable once built.
 *
 * <p>Element fractions (3 to 5 non-zeros of 103) take about 30 bytes a row instead of 412; a
 * pair of SMILES with 1,024-bit fingerprints about 700 instead of 8,280.
 */
public final class CompactFeatureRows implements FeatureRows {
  /** Rows per block. */
  public static final int BLOCK = 256;
  private static final int MAX_SPARSE_COLUMNS = 1 << 16;

  private final Block[] blocks;
  /** firstRow[b] = index of block b's first row; firstRow[blocks] = rows. */
  private final int[] firstRow;
  private final int rows;
  private final int columns;
  private final List<String> names;
  private final boolean uniform;

  /**
   * @param blocks the blocks in row order; every block but the last holds {@link #BLOCK} rows
   *     when {@code uniform}, any number otherwise (a featurizer's blocks less the failed rows)
   */
  CompactFeatureRows(List<Block> blocks, int columns, List<String> names) {
    if (names.size() != columns) {
      throw new IllegalArgumentException(names.size() + " names for " + columns + " columns");
    }
    List<Block> nonEmpty = blocks.stream().filter(b -> b.rows() > 0).toList();
    this.blocks = nonEmpty.toArray(Block[]::new);
    this.firstRow = new int[this.blocks.length + 1];
    boolean full = true;
    long total = 0;
    for (int b = 0; b < this.blocks.length; b++) {
      firstRow[b] = (int) total;
      total += this.blocks[b].rows();
      if (this.blocks[b].columns() != columns) {
        throw new IllegalArgumentException("block of " + this.blocks[b].columns()
            + " columns in rows of " + columns);
      }
      full &= b == this.blocks.length - 1 || this.blocks[b].rows() == BLOCK;
    }
    if (total > Integer.MAX_VALUE - 16) {
      throw new IllegalArgumentException(total + " rows are too many for one table");
    }
    firstRow[this.blocks.length] = (int) total;
    this.rows = (int) total;
    this.columns = columns;
    this.names = List.copyOf(names);
    this.uniform = full;
  }

  @Override public int rows() { return rows; }
  @Override public int columns() { return columns; }
  @Override public List<String> names() { return names; }

  @Override
  public void copyRow(int row, float[] destination, int offset) {
    if (row < 0 || row >= rows) {
      throw new IndexOutOfBoundsException("row " + row + " of " + rows + " feature rows");
    }
    int b;
    if (uniform) {
      b = row / BLOCK;
    } else {
      b = Arrays.binarySearch(firstRow, 0, blocks.length, row);
      if (b < 0) {
        b = -b - 2;
      }
    }
    blocks[b].copyRow(row - firstRow[b], destination, offset);
  }

  @Override
  public long valueBytes() {
    long bytes = 16L + 4L * firstRow.length;
    for (Block block : blocks) {
      bytes += block.bytes();
    }
    return bytes;
  }

  /** How many blocks are stored sparse (for tests and memory reports). */
  public int sparseBlocks() {
    int n = 0;
    for (Block block : blocks) {
      n += block instanceof SparseBlock ? 1 : 0;
    }
    return n;
  }

  /**
   * The block of rows {@code rowsInBuffer[i]} of {@code buffer} (each row {@code columns} values
   * from {@code rowsInBuffer[i] * columns}), stored sparse when that is smaller. The buffer is
   * only read.
   */
  static Block block(float[] buffer, int[] rowsInBuffer, int count, int columns) {
    long nonZero = 0;
    for (int i = 0; i < count; i++) {
      int base = rowsInBuffer[i] * columns;
      for (int c = 0; c < columns; c++) {
        if (buffer[base + c] != 0f) {
          nonZero++;
        }
      }
    }
    long denseBytes = 4L * count * columns;
    long sparseBytes = 6L * nonZero + 4L * (count + 1);
    if (columns > MAX_SPARSE_COLUMNS || sparseBytes * 4 > denseBytes * 3) {
      float[] values = new float[count * columns];
      for (int i = 0; i < count; i++) {
        System.arraycopy(buffer, rowsInBuffer[i] * columns, values, i * columns, columns);
      }
      return new DenseBlock(values, count, columns);
    }
    int[] start = new int[count + 1];
    char[] cols = new char[(int) nonZero];
    float[] values = new float[(int) nonZero];
    int k = 0;
    for (int i = 0; i < count; i++) {
      start[i] = k;
      int base = rowsInBuffer[i] * columns;
      for (int c = 0; c < columns; c++) {
        float v = buffer[base + c];
        if (v != 0f) {
          cols[k] = (char) c;
          values[k++] = v;
        }
      }
    }
    start[count] = k;
    return new SparseBlock(start, cols, values, columns);
  }

  /** Builds a table row by row, e.g. while reading it from a file. */
  public static final class Builder {
    private final int columns;
    private final List<String> names;
    private final java.util.ArrayList<Block> blocks = new java.util.ArrayList<>();
    private final float[] buffer;
    private final int[] identity = new int[BLOCK];
    private int pending;

    public Builder(int columns, List<String> names) {
      this.columns = columns;
      this.names = names;
      this.buffer = new float[BLOCK * columns];
      Arrays.setAll(identity, i -> i);
    }

    /** The slot of the next row: write all its values there, then call {@link #add()}. */
    public float[] row() {
      return buffer;
    }

    public int rowOffset() {
      return pending * columns;
    }

    /** Adds the row written at {@link #rowOffset()}. */
    public void add() {
      pending++;
      if (pending == BLOCK) {
        flush();
      }
    }

    private void flush() {
      if (pending > 0) {
        blocks.add(block(buffer, identity, pending, columns));
        pending = 0;
      }
    }

    public CompactFeatureRows build() {
      flush();
      return new CompactFeatureRows(blocks, columns, names);
    }
  }

  sealed interface Block permits DenseBlock, SparseBlock {
    int rows();

    int columns();

    void copyRow(int row, float[] destination, int offset);

    long bytes();
  }

  record DenseBlock(float[] values, int rows, int columns) implements Block {
    @Override
    public void copyRow(int row, float[] destination, int offset) {
      System.arraycopy(values, row * columns, destination, offset, columns);
    }

    @Override public long bytes() { return 32L + 4L * values.length; }
  }

  record SparseBlock(int[] start, char[] cols, float[] values, int columns) implements Block {
    @Override public int rows() { return start.length - 1; }

    @Override
    public void copyRow(int row, float[] destination, int offset) {
      Arrays.fill(destination, offset, offset + columns, 0f);
      for (int k = start[row], end = start[row + 1]; k < end; k++) {
        destination[offset + cols[k]] = values[k];
      }
    }

    @Override public long bytes() { return 64L + 4L * start.length + 6L * values.length; }
  }
}
