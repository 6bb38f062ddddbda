package org.sim2real.core.scaling.curve;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The bootstrap draws of one study, shared by every quantity computed from its table, so that draw
 * b of any two quantities belongs together (a gain is a transfer mean minus the scratch mean of the
 * same draw; a back-test compares a prediction and a measurement of the same draw).
 *
 * <p>A draw perturbs every measured mean by two independent parts (src/site/SCIENCE.md,
 * "Uncertainty"):
 *
 * <ul>
 *   <li><b>Repetitions</b> (seeds, nested simulation subsets, the experimental training draw): a
 *       wild bootstrap, mean + t_b sqrt(R / (R - 1)) / R * sum_r g_r (y_r - mean) with g_r
 *       standard normal, the same g_r for every cell of repetition r (so the correlation of a
 *       repetition's cells across n, m and strategies is kept), and t_b = sqrt(nu / chi2_b)
 *       with chi2_b a chi-square draw with nu = 1.5 (R - 1) degrees of freedom (rounded), which
 *       makes a mean's draws Student-t distributed: R repetitions estimate their own spread only
 *       roughly, and a curve's sizes share repetitions, so its spread rests on somewhat more than
 *       R - 1 degrees of freedom (1.5 (R - 1) is where the measured coverage of alpha, C, n* and
 *       the 10x error sits inside 85% to 95% together). Resampling R
 *       repetitions with replacement instead shrinks the spread by (R - 1) / R and ignores that
 *       roughness; with 5 repetitions its 90% intervals covered the truth in only 75% of curves.
 *       This scheme's coverage is measured by {@code CoverageTest}.
 *   <li><b>The test set</b>, when the table has per-test-row errors: a Poisson bootstrap of the
 *       test rows (every row weighted by an independent Poisson(1) count), the same weights for
 *       every cell, so a hard or easy test set moves all points together and transfer-vs-scratch
 *       gains stay paired.
 * </ul>
 *
 * Same table, count and seed give the same draws. Thread-safe.
 */
public final class StudyDraws {
  /** Default number of draws of an analysis. */
  public static final int DEFAULT_COUNT = 1000;

  /** Above this many weights (draws x test rows) they are regenerated per curve, not kept. */
  private static final long KEPT_WEIGHTS = 4_000_000;

  private static final double[] POISSON_ONE_CDF = poissonOneCdf();

  private final int count;
  private final long seed;
  private final double[][] repetitionMultipliers;
  private final double[] repetitionScale;
  private final int testRows;
  private final float[][] keptWeights;
  private final Map<LearningCurve, double[][]> cache = new IdentityHashMap<>();

  /**
   * Draws for a table: test rows are resampled when every cell of the table has its per-row
   * errors ({@link LearningCurveTable#hasRowErrors()}).
   */
  public StudyDraws(LearningCurveTable table, int count, long seed) {
    this(table.repetitionIds().length,
        table.hasRowErrors() && table.rowErrors() != null ? table.rowErrors().testRows() : 0,
        count, seed);
  }

  /**
   * @param repetitions repetition columns of the table
   * @param testRows rows of the test set whose per-row errors the curves carry, 0 for none
   * @param count number of draws B
   * @param seed every draw is a function of this seed
   */
  public StudyDraws(int repetitions, int testRows, int count, long seed) {
    if (repetitions < 1 || count < 1 || testRows < 0) {
      throw new IllegalArgumentException("need >= 1 repetition, >= 1 draw and >= 0 test rows");
    }
    this.count = count;
    this.seed = seed;
    this.testRows = testRows;
    SplittableRandom random = new SplittableRandom(seed);
    repetitionMultipliers = new double[count][repetitions];
    repetitionScale = new double[count];
    for (int b = 0; b < count; b++) {
      double[] draw = repetitionMultipliers[b];
      for (int r = 0; r < repetitions; r++) {
        draw[r] = random.nextGaussian();
      }
      int df = degreesOfFreedom(repetitions);
      double chi = 0;
      for (int k = 0; k < df; k++) {
        double g = random.nextGaussian();
        chi += g * g;
      }
      repetitionScale[b] = repetitions > 1 ? Math.sqrt(df / chi) : 1;
    }
    boolean keep = testRows > 0 && (long) testRows * count <= KEPT_WEIGHTS;
    keptWeights = keep ? new float[count][] : new float[0][];
    for (int b = 0; keep && b < count; b++) {
      keptWeights[b] = rowWeights(b);
    }
  }

  public int count() {
    return count;
  }

  /** Whether the draws resample the test rows (else only repetitions). */
  public boolean includesTestRows() {
    return testRows > 0;
  }

  /** Draws of the mean error at every size of a curve: [size index][draw]. Do not modify. */
  public synchronized double[][] means(LearningCurve curve) {
    return cache.computeIfAbsent(curve, this::compute);
  }

  /** Draws of the mean error at size index j of a curve. Do not modify. */
  public double[] means(LearningCurve curve, int j) {
    return means(curve)[j];
  }

  private double[][] compute(LearningCurve curve) {
    int sizes = curve.sizeCount();
    double[][] out = new double[sizes][count];
    double[][] rowMeans = new double[sizes][];
    double[] rowBase = new double[sizes];
    for (int j = 0; j < sizes; j++) {
      rowMeans[j] = testRows > 0 ? curve.averagedRowValues(j, testRows) : null;
      if (rowMeans[j] != null) {
        double sum = 0;
        for (double v : rowMeans[j]) {
          sum += v;
        }
        rowBase[j] = sum / testRows;
      }
    }
    int columns = curve.repetitionIds().length;
    for (int b = 0; b < count; b++) {
      float[] weights = testRows == 0 ? null : keptWeights.length > 0 ? keptWeights[b] : rowWeights(b);
      double weightSum = 0;
      if (weights != null) {
        for (float w : weights) {
          weightSum += w;
        }
      }
      double[] g = repetitionMultipliers[b];
      for (int j = 0; j < sizes; j++) {
        double mean = curve.mean(j);
        if (Double.isNaN(mean)) {
          out[j][b] = Double.NaN;
          continue;
        }
        double value = mean + repetitionScale[b] * repetitionPart(curve, j, g, mean, columns);
        if (weights != null && rowMeans[j] != null && weightSum > 0 && rowBase[j] > 0) {
          double weighted = 0;
          double[] e = rowMeans[j];
          for (int i = 0; i < e.length; i++) {
            weighted += weights[i] * e[i];
          }
          double ratio = weighted / weightSum / rowBase[j];
          value += mean * ((curve.rowKind() == RowErrors.Kind.SQUARED ? Math.sqrt(ratio) : ratio) - 1);
        }
        out[j][b] = Math.max(value, 1e-12);
      }
    }
    return out;
  }

  /** sqrt(R / (R - 1)) / R * sum_r g_r (y_r - mean) over the repetitions measured at j. */
  private static double repetitionPart(
      LearningCurve curve, int j, double[] g, double mean, int columns) {
    int measured = curve.repetitionCount(j);
    if (measured < 2) {
      return 0;
    }
    double sum = 0;
    for (int r = 0; r < columns; r++) {
      double e = curve.error(j, r);
      if (!Double.isNaN(e)) {
        sum += g[r] * (e - mean);
      }
    }
    return Math.sqrt(measured / (measured - 1.0)) / measured * sum;
  }

  /** Poisson(1) weights of the test rows in draw b (the same for every curve). */
  private float[] rowWeights(int b) {
    SplittableRandom random = new SplittableRandom(seed ^ (0x9E3779B97F4A7C15L * (b + 1L)));
    float[] w = new float[testRows];
    for (int i = 0; i < testRows; i++) {
      double u = random.nextDouble();
      int k = 0;
      while (k < POISSON_ONE_CDF.length - 1 && u > POISSON_ONE_CDF[k]) {
        k++;
      }
      w[i] = k;
    }
    return w;
  }

  /** nu of the Student-t scale of R repetitions' draws: 1.5 (R - 1), rounded; 0 for R = 1. */
  static int degreesOfFreedom(int repetitions) {
    return (int) Math.round(1.5 * (repetitions - 1));
  }

  private static double[] poissonOneCdf() {
    double[] cdf = new double[16];
    double p = Math.exp(-1);
    double sum = 0;
    for (int k = 0; k < cdf.length; k++) {
      sum += p;
      cdf[k] = sum;
      p /= (k + 1);
    }
    cdf[cdf.length - 1] = 1.0;
    return cdf;
  }
}
