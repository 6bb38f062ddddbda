package org.sim2real.core.model;

import java.util.SplittableRandom;

/** Small random regression problems for MLP tests. */
final class MlpTestData {
  final float[] x;
  final float[] y;
  final int rows;
  final int cols;

  private MlpTestData(float[] x, float[] y, int rows, int cols) {
    this.x = x;
    this.y = y;
    this.rows = rows;
    this.cols = cols;
  }

  /** Uniform inputs in [0, 1), targets = sum of inputs + small noise. */
  static MlpTestData sumOfInputs(int rows, int cols, double noise, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    float[] x = new float[rows * cols];
    float[] y = new float[rows];
    for (int r = 0; r < rows; r++) {
      double sum = 0;
      for (int c = 0; c < cols; c++) {
        float v = (float) random.nextDouble();
        x[r * cols + c] = v;
        sum += v;
      }
      y[r] = (float) (sum + noise * (random.nextDouble() * 2 - 1));
    }
    return new MlpTestData(x, y, rows, cols);
  }

  /**
   * Rows like element fractions: a few non-zero entries per row that sum to 1, target a fixed
   * weighted sum of them plus noise. Some rows are dense, so batches mix both kinds.
   */
  static MlpTestData sparseFractions(int rows, int cols, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    float[] x = new float[rows * cols];
    float[] y = new float[rows];
    for (int r = 0; r < rows; r++) {
      int nonZero = r % 17 == 0 ? cols : 1 + random.nextInt(4);
      double total = 0;
      for (int e = 0; e < nonZero; e++) {
        int c = nonZero == cols ? e : random.nextInt(cols);
        float amount = (float) (0.5 + random.nextDouble());
        x[r * cols + c] += amount;
        total += amount;
      }
      double target = 0;
      for (int c = 0; c < cols; c++) {
        x[r * cols + c] = (float) (x[r * cols + c] / total);
        target += x[r * cols + c] * ((c % 7) - 3);
      }
      y[r] = (float) (target + 0.05 * random.nextGaussian());
    }
    return new MlpTestData(x, y, rows, cols);
  }

  static MlpSettings settings(double lr, int batch, TrainingLength length, int... hidden) {
    java.util.List<Integer> layers = new java.util.ArrayList<>();
    for (int h : hidden) {
      layers.add(h);
    }
    return MlpSettings.defaults(lr, length).withBatchSize(batch)
        .withArchitecture(layers, Activation.RELU);
  }
}
