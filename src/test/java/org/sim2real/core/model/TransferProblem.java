package org.sim2real.core.model;

import java.util.SplittableRandom;

/**
 * A synthetic sim-to-real pair: the simulation computes a smooth nonlinear function f of six
 * inputs; the "experiment" is f shifted by a constant offset plus a mild extra slope and noise,
 * i.e. related but systematically biased, as DFT versus measured band gaps.
 */
final class TransferProblem {
  static final int COLS = 6;

  final float[] x;
  final float[] y;
  final int rows;

  private TransferProblem(float[] x, float[] y, int rows) {
    this.x = x;
    this.y = y;
    this.rows = rows;
  }

  static double source(float[] x, int row) {
    int o = row * COLS;
    return 2 * x[o] + Math.sin(3 * x[o + 1]) + x[o + 2] * x[o + 3] - x[o + 4]
        + 0.5 * x[o + 5] * x[o + 5];
  }

  static TransferProblem simulation(int rows, long seed) {
    return make(rows, seed, false);
  }

  static TransferProblem experiment(int rows, long seed) {
    return make(rows, seed, true);
  }

  private static TransferProblem make(int rows, long seed, boolean experiment) {
    SplittableRandom random = new SplittableRandom(seed);
    float[] x = new float[rows * COLS];
    float[] y = new float[rows];
    for (int r = 0; r < rows; r++) {
      for (int c = 0; c < COLS; c++) {
        x[r * COLS + c] = (float) random.nextDouble();
      }
      double v = source(x, r);
      if (experiment) {
        v += 0.5 + 0.2 * x[r * COLS] + 0.05 * random.nextGaussian();
      }
      y[r] = (float) v;
    }
    return new TransferProblem(x, y, rows);
  }

  double mae(Predictor predictor) {
    return Metrics.of(y, predictor.predict(x, rows)).mae();
  }
}
