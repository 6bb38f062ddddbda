package org.sim2real.core.model;

/** A trained regression model. Implementations are safe for concurrent prediction. */
public interface Predictor {
  /** Number of input features per row. */
  int inputCount();

  /** One prediction per row of the row-major matrix {@code x} ({@code rows} x inputCount()). */
  float[] predict(float[] x, int rows);
}
