package org.sim2real.core.scaling.curve;

import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * The measured errors of one (strategy, m) curve: one row per simulation size n (ascending), one
 * column per repetition of the whole table (so that the same column means the same repetition in
 * every curve of the table; {@code NaN} where a cell was not measured). The scratch baseline of an m
 * is a curve with the single size n = 0. Immutable.
 */
public final class LearningCurve {
  private final String strategy;
  private final int m;
  private final long[] sizes;
  private final int[] repetitionIds;
  private final double[][] errors;
  private final float @Nullable [][] @Nullable [] rowValues;
  private final RowErrors.@Nullable Kind rowKind;

  /** A curve from its arrays (copied and checked: sizes strictly ascending, one error per repetition). */
  public LearningCurve(String strategy, int m, long[] sizes, int[] repetitionIds, double[][] errors) {
    this(strategy, m, sizes, repetitionIds, errors, null, null);
  }

  /**
   * A curve with the per-test-row errors of its cells.
   *
   * @param rowValues per size index and repetition column the per-test-row errors of that cell
   *     (null where not known), or null for none at all
   * @param rowKind how the rows' values make the cell's error, null without row values
   */
  public LearningCurve(String strategy, int m, long[] sizes, int[] repetitionIds,
      double[][] errors, float @Nullable [][] @Nullable [] rowValues,
      RowErrors.@Nullable Kind rowKind) {
    if (sizes.length == 0 || errors.length != sizes.length) {
      throw new IllegalArgumentException("a curve needs one row of errors per size");
    }
    for (int j = 1; j < sizes.length; j++) {
      if (sizes[j] <= sizes[j - 1]) {
        throw new IllegalArgumentException("sizes must be strictly ascending");
      }
    }
    this.strategy = strategy;
    this.m = m;
    this.sizes = sizes.clone();
    this.repetitionIds = repetitionIds.clone();
    this.errors = new double[sizes.length][];
    for (int j = 0; j < sizes.length; j++) {
      if (errors[j].length != repetitionIds.length) {
        throw new IllegalArgumentException("one error column per repetition");
      }
      this.errors[j] = errors[j].clone();
    }
    this.rowValues = rowValues;
    this.rowKind = rowKind;
  }

  public String strategy() {
    return strategy;
  }

  public int m() {
    return m;
  }

  public int sizeCount() {
    return sizes.length;
  }

  public long size(int j) {
    return sizes[j];
  }

  public long[] sizes() {
    return sizes.clone();
  }

  /** Repetition numbers of the table, in column order (shared by every curve of the table). */
  public int[] repetitionIds() {
    return repetitionIds.clone();
  }

  /**
   * The per-test-row errors of the cell at size index j, repetition column r (do not modify), or
   * null when they are not known.
   */
  public float @Nullable [] rowValues(int j, int r) {
    return rowValues == null ? null : rowValues[j][r];
  }

  /**
   * The rows' values at size index j averaged over its measured repetitions, or null when one of
   * them lacks its {@code testRows} values or none is measured.
   */
  public double @Nullable [] averagedRowValues(int j, int testRows) {
    double[] sum = new double[testRows];
    int measured = 0;
    for (int r = 0; r < repetitionIds.length; r++) {
      if (Double.isNaN(error(j, r))) {
        continue;
      }
      float[] values = rowValues(j, r);
      if (values == null || values.length != testRows) {
        return null;
      }
      for (int i = 0; i < testRows; i++) {
        sum[i] += values[i];
      }
      measured++;
    }
    if (measured == 0) {
      return null;
    }
    for (int i = 0; i < testRows; i++) {
      sum[i] /= measured;
    }
    return sum;
  }

  /** How the rows' values make a cell's error, or null when the curve has no row values. */
  public RowErrors.@Nullable Kind rowKind() {
    return rowKind;
  }

  /** Error of size index j in repetition column r, or NaN when that cell was not measured. */
  public double error(int j, int r) {
    return errors[j][r];
  }

  /** Number of repetitions measured at size index j. */
  public int repetitionCount(int j) {
    int count = 0;
    for (double e : errors[j]) {
      if (!Double.isNaN(e)) {
        count++;
      }
    }
    return count;
  }

  /** Smallest number of repetitions over all sizes. */
  public int minRepetitionCount() {
    int min = Integer.MAX_VALUE;
    for (int j = 0; j < sizes.length; j++) {
      min = Math.min(min, repetitionCount(j));
    }
    return min;
  }

  public double mean(int j) {
    return weightedMean(j, null);
  }

  /**
   * Mean error at size index j over a bootstrap resample of repetitions: {@code counts[r]} is how
   * often repetition column r was drawn (null = every column once). NaN when none of the drawn
   * repetitions measured this size.
   */
  public double weightedMean(int j, int @Nullable [] counts) {
    double sum = 0;
    int total = 0;
    double[] row = errors[j];
    for (int r = 0; r < row.length; r++) {
      int c = counts == null ? 1 : counts[r];
      if (c > 0 && !Double.isNaN(row[r])) {
        sum += c * row[r];
        total += c;
      }
    }
    return total == 0 ? Double.NaN : sum / total;
  }

  /** Squared standard error of the mean at size index j (sample variance / R); NaN if R < 2. */
  public double varianceOfMean(int j) {
    int count = repetitionCount(j);
    if (count < 2) {
      return Double.NaN;
    }
    double mean = mean(j);
    double ss = 0;
    for (double e : errors[j]) {
      if (!Double.isNaN(e)) {
        ss += (e - mean) * (e - mean);
      }
    }
    return ss / (count - 1) / count;
  }

  /** Standard deviation over repetitions at size index j; NaN if fewer than 2 repetitions. */
  public double standardDeviation(int j) {
    return Math.sqrt(varianceOfMean(j) * repetitionCount(j));
  }

  /** Index of size n, or -1. */
  public int indexOf(long n) {
    int index = Arrays.binarySearch(sizes, n);
    return index >= 0 ? index : -1;
  }

  @Override
  public String toString() {
    return strategy + " " + Observation.describeM(m) + " " + Arrays.toString(sizes);
  }
}
