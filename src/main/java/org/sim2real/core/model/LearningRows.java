package org.sim2real.core.model;

import org.sim2real.core.feature.FeatureRows;

/**
 * The rows a model learns from: feature rows (read as they are, often a view of a larger table)
 * and the target of each row in {@code y}. Nothing is copied.
 */
public record LearningRows(FeatureRows x, float[] y) {
  public LearningRows {
    if (y.length < x.rows()) {
      throw new IllegalArgumentException(x.rows() + " rows but " + y.length + " targets");
    }
  }

  /** The first {@code rows} rows of {@code cols} values each, row-major in {@code x}. */
  public LearningRows(float[] x, float[] y, int rows, int cols) {
    this(FeatureRows.ofArray(x, rows, cols), y);
  }

  public int rows() {
    return x.rows();
  }

  public int cols() {
    return x.columns();
  }
}
