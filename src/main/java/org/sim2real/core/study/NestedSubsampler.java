package org.sim2real.core.study;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.sim2real.core.io.UserFacingException;

/**
 * The workbench's own seeded {@link Splits}: a fixed experimental test set drawn once from the
 * master seed, and per repetition one permutation of the experimental pool and one of the
 * simulation rows whose prefixes give nested subsets (src/site/SCIENCE.md, "Study design").
 */
public final class NestedSubsampler implements Splits {
  private final long masterSeed;
  private final int simulationRowCount;
  private final int[] testRows;
  private final int[] pool;
  private final ConcurrentMap<Integer, int[]> poolOrder = new ConcurrentHashMap<>();
  private final ConcurrentMap<Integer, int[]> simulationOrder = new ConcurrentHashMap<>();

  /**
   * @param testFraction share of experimental rows held out, in (0, 1)
   */
  public NestedSubsampler(long masterSeed, int simulationRows, int experimentalRows, double testFraction) {
    if (!(testFraction > 0 && testFraction < 1)) {
      throw new UserFacingException(
          "test fraction must be between 0 and 1 (exclusive), got " + testFraction);
    }
    int testCount = (int) Math.round(testFraction * experimentalRows);
    if (testCount < 1 || testCount >= experimentalRows) {
      throw new UserFacingException("a test fraction of " + testFraction + " of " + experimentalRows
          + " experimental rows leaves no test rows or no training rows; use more data or another fraction");
    }
    this.masterSeed = masterSeed;
    this.simulationRowCount = simulationRows;
    int[] order = permutation(experimentalRows, Seeds.derive(masterSeed, "test-split"));
    this.testRows = Arrays.copyOf(order, testCount);
    this.pool = Arrays.copyOfRange(order, testCount, experimentalRows);
  }

  /** Uses a separate test table: every experimental row is available for training. */
  public static NestedSubsampler withSeparateTestSet(long masterSeed, int simulationRows,
      int experimentalRows, int testRows) {
    return new NestedSubsampler(masterSeed, simulationRows, experimentalRows, testRows);
  }

  private NestedSubsampler(long masterSeed, int simulationRows, int experimentalRows, int testRowCount) {
    this.masterSeed = masterSeed;
    this.simulationRowCount = simulationRows;
    this.testRows = new int[testRowCount];
    Arrays.setAll(testRows, i -> i);
    this.pool = new int[experimentalRows];
    Arrays.setAll(pool, i -> i);
  }

  @Override
  public int[] testRows() {
    return testRows.clone();
  }

  @Override
  public int poolSize() {
    return pool.length;
  }

  @Override
  public int[] experimentalTrainingRows(int repetition, int m) {
    if (m < 1 || m > pool.length) {
      throw new UserFacingException("m = " + m + " experimental training rows requested, but only "
          + pool.length + " rows remain after the test split");
    }
    int[] order = poolOrder.computeIfAbsent(repetition, r -> {
      int[] p = permutation(pool.length, Seeds.derive(masterSeed, "experimental-order", r));
      int[] rows = new int[p.length];
      for (int i = 0; i < p.length; i++) {
        rows[i] = pool[p[i]];
      }
      return rows;
    });
    return Arrays.copyOf(order, m);
  }

  @Override
  public int[] simulationRows(int repetition, int n) {
    if (n < 1 || n > simulationRowCount) {
      throw new UserFacingException("n = " + n + " simulation rows requested, but the simulation data has "
          + simulationRowCount + " usable rows");
    }
    int[] order = simulationOrder.computeIfAbsent(repetition,
        r -> permutation(simulationRowCount, Seeds.derive(masterSeed, "simulation-order", r)));
    return Arrays.copyOf(order, n);
  }

  /** Fisher-Yates permutation of 0..size-1 from a SplittableRandom (a specified algorithm). */
  static int[] permutation(int size, long seed) {
    int[] p = new int[size];
    Arrays.setAll(p, i -> i);
    SplittableRandom random = new SplittableRandom(seed);
    for (int i = size - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      int t = p[i];
      p[i] = p[j];
      p[j] = t;
    }
    return p;
  }
}
