package org.sim2real.core.model;

import java.io.Serial;
import java.io.Serializable;
import smile.data.DataFrame;
import smile.regression.DataFrameRegression;
import smile.regression.Regression;

/**
 * A fitted Smile regression model behind the {@link Predictor} interface. Predictions run row by
 * row on the calling thread (Smile's batch prediction would use the shared fork-join pool).
 */
final class TabularModel implements Predictor, Serializable {
  @Serial
  private static final long serialVersionUID = 1L;

  private final String kind;
  private final int inputCount;
  /** A {@link DataFrameRegression} (trees) or a {@code Regression<double[]>} (kernel models). */
  private final Regression<?> model;

  TabularModel(String kind, int inputCount, Regression<?> model) {
    this.kind = kind;
    this.inputCount = inputCount;
    this.model = model;
  }

  String kind() {
    return kind;
  }

  @Override
  public int inputCount() {
    return inputCount;
  }

  @Override
  @SuppressWarnings("unchecked")
  public float[] predict(float[] x, int rows) {
    if ((long) rows * inputCount > x.length) {
      throw new IllegalArgumentException(rows + " rows of " + inputCount
          + " features do not fit " + x.length + " values");
    }
    double[][] data = TabularRegressor.toDoubleRows(x, rows, inputCount, null);
    float[] out = new float[rows];
    if (model instanceof DataFrameRegression trees) {
      DataFrame frame = DataFrame.of(data, TabularRegressor.featureNames(inputCount));
      for (int r = 0; r < rows; r++) {
        out[r] = (float) trees.predict(frame.get(r));
      }
    } else {
      Regression<double[]> kernelModel = (Regression<double[]>) model;
      for (int r = 0; r < rows; r++) {
        out[r] = (float) kernelModel.predict(data[r]);
      }
    }
    return out;
  }
}
