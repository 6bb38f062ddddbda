package org.sim2real.core.study;

import java.util.Objects;

/**
 * A cell just computed: its ledger record and its error on each test row, which go to the
 * results folder together (the errors first, see {@code TestErrorsLog}).
 *
 * @param residuals prediction minus measured target of each test row, in the study's fixed order
 *     of test rows
 */
public record FinishedCell(CellResult result, float[] residuals) {
  public FinishedCell {
    Objects.requireNonNull(result, "result");
    if (residuals.length == 0) {
      throw new IllegalArgumentException("cell " + result.cellId() + " has no test rows");
    }
  }

  /**
   * Prediction minus measurement of each row, the difference taken in double precision as the
   * metrics take it and stored as float.
   */
  public static float[] residuals(float[] predicted, float[] measured) {
    if (predicted.length != measured.length) {
      throw new IllegalArgumentException(predicted.length + " predictions for " + measured.length
          + " measured targets");
    }
    float[] residuals = new float[predicted.length];
    for (int i = 0; i < residuals.length; i++) {
      residuals[i] = (float) ((double) predicted[i] - measured[i]);
    }
    return residuals;
  }
}
