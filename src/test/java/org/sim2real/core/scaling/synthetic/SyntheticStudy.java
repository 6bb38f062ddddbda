package org.sim2real.core.scaling.synthetic;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.sim2real.core.scaling.curve.LearningCurveTable;
import org.sim2real.core.scaling.curve.Observation;
import org.sim2real.core.scaling.curve.RowErrors;

/**
 * A synthetic Sim2Real study with realistic noise, measured on the band-gap study (bandgap-v1, 10
 * sizes, 5 repetitions, 921 test rows, per-row errors kept): every cell's error on test row i is
 *
 * <pre>E(n) * u(n, r) * d(n, i) * v(n, r, i)</pre>
 *
 * <ul>
 *   <li>d: the difficulty of test row i, log-normal with a relative spread of 1.4 (absolute errors
 *       are heavy-tailed); it changes slowly with n (the correlation of a row's difficulty between
 *       the smallest and the largest n is 0.77), so the shared test set moves the whole curve and
 *       also bends it, as on the real study;
 *   <li>u: the repetition's effect, 2.5% spread, correlated between neighbouring sizes (0.3;
 *       nested subsets), the same for every row;
 *   <li>v: the cell-by-row interaction, 20% (two repetitions of one size agree on a row's error
 *       with a correlation of 0.95, as measured).
 * </ul>
 *
 * The mean over test rows of a cell is its MAE; the truth is E(n), the expected error over test
 * sets, repetitions and rows.
 */
public final class SyntheticStudy {
  public static final String STRATEGY = "finetune";
  public static final int M = 1000;
  public static final long[] SIZES =
      {100, 215, 464, 1000, 2154, 4642, 10000, 21544, 46416, 100000};

  private static final double ROW_SIGMA = 1.04;
  private static final double ROW_TURN = 0.557;
  private static final double REPETITION_SPREAD = 0.025;
  private static final double REPETITION_CORRELATION = 0.3;
  private static final double INTERACTION_SPREAD = 0.2;

  private SyntheticStudy() {}

  /** A study of the truth at the given sizes, with repetitions and test rows. */
  public static LearningCurveTable generate(TrueCurve truth, long[] sizes, int repetitions,
      int testRows, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    return generate(truth, sizes, repetitions, testRows, random, random,
        "synthetic study (seed " + seed + ")");
  }

  /**
   * One simulation source's study against an experimental target shared with every study of the
   * same {@code sharedSeed}: the test rows' difficulty, the repetitions' effects and the scratch
   * cells come from {@code sharedSeed} (the same experimental rows, so the scratch cells are the
   * same computation), the transfer cells' own noise from {@code sourceSeed}. Give every source
   * the same scratch error in its truth.
   */
  public static LearningCurveTable generateSource(TrueCurve truth, long[] sizes, int repetitions,
      int testRows, long sharedSeed, long sourceSeed) {
    return generate(truth, sizes, repetitions, testRows, new SplittableRandom(sharedSeed),
        new SplittableRandom(sourceSeed),
        "synthetic source (seeds " + sharedSeed + ", " + sourceSeed + ")");
  }

  /** With one generator for both (the original study) the draws are in the original order. */
  private static LearningCurveTable generate(TrueCurve truth, long[] sizes, int repetitions,
      int testRows, SplittableRandom random, SplittableRandom cellNoise, String label) {
    int cells = sizes.length + 1; // index 0 is the scratch baseline
    double[] x = new double[testRows];
    double[] y = new double[testRows];
    for (int i = 0; i < testRows; i++) {
      x[i] = random.nextGaussian();
      y[i] = random.nextGaussian();
    }
    double[] turn = new double[cells];
    double[] mean = new double[cells];
    mean[0] = truth.scratch();
    double span = Math.log((double) sizes[sizes.length - 1] / sizes[0]);
    for (int j = 1; j < cells; j++) {
      turn[j] = ROW_TURN * Math.log((double) sizes[j - 1] / sizes[0]) / span;
      mean[j] = truth.value(sizes[j - 1]);
    }
    double[][] z = new double[cells][repetitions];
    for (int r = 0; r < repetitions; r++) {
      z[0][r] = random.nextGaussian();
      for (int j = 1; j < cells; j++) {
        z[j][r] = REPETITION_CORRELATION * z[j - 1][r]
            + Math.sqrt(1 - REPETITION_CORRELATION * REPETITION_CORRELATION)
                * random.nextGaussian();
      }
    }
    List<Observation> observations = new ArrayList<>();
    Map<RowErrors.CellKey, float[]> rows = new HashMap<>();
    for (int j = 0; j < cells; j++) {
      String strategy = j == 0 ? Observation.SCRATCH : STRATEGY;
      long n = j == 0 ? 0 : sizes[j - 1];
      for (int r = 0; r < repetitions; r++) {
        double u = Math.exp(REPETITION_SPREAD * z[j][r]
            - REPETITION_SPREAD * REPETITION_SPREAD / 2);
        float[] errors = new float[testRows];
        double sum = 0;
        for (int i = 0; i < testRows; i++) {
          double d = Math.exp(ROW_SIGMA * (Math.cos(turn[j]) * x[i] + Math.sin(turn[j]) * y[i])
              - ROW_SIGMA * ROW_SIGMA / 2);
          double v = Math.exp(INTERACTION_SPREAD * (j == 0 ? random : cellNoise).nextGaussian()
              - INTERACTION_SPREAD * INTERACTION_SPREAD / 2);
          errors[i] = (float) (mean[j] * u * d * v);
          sum += errors[i];
        }
        observations.add(new Observation(strategy, M, n, r, sum / testRows));
        rows.put(new RowErrors.CellKey(strategy, M, n, r), errors);
      }
    }
    return LearningCurveTable.of(label, observations)
        .withRowErrors(RowErrors.fromResiduals(RowErrors.Kind.ABSOLUTE, rows));
  }
}
