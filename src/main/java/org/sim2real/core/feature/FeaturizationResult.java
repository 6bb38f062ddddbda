package org.sim2real.core.feature;

import java.util.List;

/**
 * The features of the rows that could be featurized, and why the others could not.
 *
 * @param matrix one row per featurized input row, in input order (compactly stored)
 * @param rows for each matrix row, the index of the input row it came from (ascending; shared
 *     array, do not modify)
 * @param failures the input rows that could not be featurized, ascending, with the reason
 */
public record FeaturizationResult(FeatureRows matrix, int[] rows, List<RowFailure> failures) {

  /** An input row (0-based, as passed to {@link FeatureMatrices}) and the user-facing reason. */
  public record RowFailure(int row, String reason) {}

  public FeaturizationResult {
    if (rows.length != matrix.rows()) {
      throw new IllegalArgumentException(
          rows.length + " row indices for " + matrix.rows() + " rows");
    }
    failures = List.copyOf(failures);
  }

  /** Number of input rows, featurized or not. */
  public int inputRows() {
    return rows.length + failures.size();
  }
}
