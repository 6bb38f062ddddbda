package org.sim2real.core.feature;

import java.util.Arrays;

/**
 * Per-column standardization z = (x - mean) / std with mean and std fitted on training rows only,
 * so nothing about validation or test rows leaks into the features. std is the population
 * deviation (divide by the number of training rows). A column that is constant over the training
 * rows (std 0, e.g. an element that never occurs) is only centred: it maps to 0 there, with scale
 * 1, and never produces NaN. Immutable.
 */
public final class Standardizer {
  private final double[] means;
  private final double[] scales; // std, or 1 for a constant column

  private Standardizer(double[] means, double[] scales) {
    this.means = means;
    this.scales = scales;
  }

  /**
   * Fits means and deviations over {@code trainingRows} of {@code matrix}.
   *
   * @throws IllegalArgumentException when there are no training rows or an index is out of range
   */
  public static Standardizer fit(FeatureRows matrix, int[] trainingRows) {
    if (trainingRows.length == 0) {
      throw new IllegalArgumentException("a standardizer needs at least one training row");
    }
    int columns = matrix.columns();
    float[] values = new float[columns];
    double[] sum = new double[columns];
    float[] min = new float[columns];
    float[] max = new float[columns];
    Arrays.fill(min, Float.POSITIVE_INFINITY);
    Arrays.fill(max, Float.NEGATIVE_INFINITY);
    for (int row : trainingRows) {
      if (row < 0 || row >= matrix.rows()) {
        throw new IllegalArgumentException(
            "training row " + row + " is outside the matrix of " + matrix.rows() + " rows");
      }
      matrix.copyRow(row, values, 0);
      for (int c = 0; c < columns; c++) {
        float x = values[c];
        sum[c] += x;
        min[c] = Math.min(min[c], x);
        max[c] = Math.max(max[c], x);
      }
    }
    double[] means = new double[columns];
    for (int c = 0; c < columns; c++) {
      // a constant column takes its exact value as mean, so rounding cannot fake a tiny std
      means[c] = min[c] == max[c] ? min[c] : sum[c] / trainingRows.length;
    }
    double[] squares = new double[columns];
    for (int row : trainingRows) {
      matrix.copyRow(row, values, 0);
      for (int c = 0; c < columns; c++) {
        double d = values[c] - means[c];
        squares[c] += d * d;
      }
    }
    double[] scales = new double[columns];
    for (int c = 0; c < columns; c++) {
      double std = Math.sqrt(squares[c] / trainingRows.length);
      scales[c] = min[c] == max[c] || !(std > 0) ? 1 : std;
    }
    return new Standardizer(means, scales);
  }

  /** Fits on every row of {@code matrix}. */
  public static Standardizer fit(FeatureRows matrix) {
    int[] all = new int[matrix.rows()];
    Arrays.setAll(all, i -> i);
    return fit(matrix, all);
  }

  /** A standardizer with given statistics (e.g. restored from a project file). */
  public static Standardizer of(double[] means, double[] standardDeviations) {
    if (means.length != standardDeviations.length) {
      throw new IllegalArgumentException(
          means.length + " means for " + standardDeviations.length + " deviations");
    }
    double[] scales = new double[means.length];
    for (int c = 0; c < scales.length; c++) {
      double std = standardDeviations[c];
      if (!Double.isFinite(means[c]) || !(std >= 0) || Double.isInfinite(std)) {
        throw new IllegalArgumentException("column " + c + ": mean " + means[c] + ", deviation "
            + std + " are not finite and non-negative");
      }
      scales[c] = std == 0 ? 1 : std;
    }
    return new Standardizer(means.clone(), scales);
  }

  public int columns() {
    return means.length;
  }

  public double mean(int column) {
    return means[column];
  }

  /** The divisor of the column: its training deviation, or 1 when that is 0. */
  public double scale(int column) {
    return scales[column];
  }

  /** A new standardized matrix (same names); the input is not changed. */
  public FeatureMatrix apply(FeatureMatrix matrix) {
    if (matrix.columns() != means.length) {
      throw new IllegalArgumentException("standardizer fitted on " + means.length
          + " columns, matrix has " + matrix.columns());
    }
    float[] out = matrix.values().clone();
    for (int row = 0; row < matrix.rows(); row++) {
      applyToRow(out, row * means.length);
    }
    return new FeatureMatrix(out, matrix.rows(), matrix.columns(), matrix.names());
  }

  /**
   * A view of {@code rows} standardized as they are read: the same values as {@link #apply},
   * without a standardized copy of the table.
   */
  public FeatureRows view(FeatureRows rows) {
    if (rows.columns() != means.length) {
      throw new IllegalArgumentException("standardizer fitted on " + means.length
          + " columns, rows have " + rows.columns());
    }
    return new StandardizedRows(rows, this);
  }

  private record StandardizedRows(FeatureRows base, Standardizer standardizer)
      implements FeatureRows {
    @Override public int rows() { return base.rows(); }
    @Override public int columns() { return base.columns(); }
    @Override public java.util.List<String> names() { return base.names(); }
    @Override public long valueBytes() { return 0; }

    @Override
    public void copyRow(int row, float[] destination, int offset) {
      base.copyRow(row, destination, offset);
      standardizer.applyToRow(destination, offset);
    }

    @Override
    public FeatureRows select(int[] rowIndices) {
      return new StandardizedRows(base.select(rowIndices), standardizer);
    }
  }

  /** Standardizes one row in place: {@code row[offset .. offset + columns())}. */
  public void applyToRow(float[] row, int offset) {
    for (int c = 0; c < means.length; c++) {
      row[offset + c] = (float) ((row[offset + c] - means[c]) / scales[c]);
    }
  }
}
