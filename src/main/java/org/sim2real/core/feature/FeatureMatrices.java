package org.sim2real.core.feature;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntConsumer;
import java.util.function.IntFunction;
import org.jspecify.annotations.Nullable;

/**
 * Featurizes whole tables, in parallel over rows. Each row is written straight into its slot of
 * one float array, so the output order (and every value) is the same for any number of threads.
 * Rows that cannot be featurized are left out and reported with their reason.
 */
public final class FeatureMatrices {
  /** Rows a worker takes at a time: large enough to make coordination negligible. */
  private static final int BLOCK = 256;

  private FeatureMatrices() {}

  /** Same as the full version without progress reports. */
  public static FeaturizationResult featurize(int rows,
      IntFunction<List<String>> representationOfRow, Featurizer featurizer, int threads) {
    return featurize(rows, representationOfRow, featurizer, threads, done -> { });
  }

  /** Rows given as a list of representations (one list of column values per row). */
  public static FeaturizationResult featurize(List<List<String>> representations,
      Featurizer featurizer, int threads) {
    return featurize(representations.size(), representations::get, featurizer, threads);
  }

  /**
   * Featurizes rows {@code 0 .. rows-1}.
   *
   * @param representationOfRow the representation column values of a row; called once per row,
   *     from several threads at once
   * @param threads worker threads (1 = only the calling thread)
   * @param rowsDone told the number of rows finished so far, from worker threads, after each block
   * @throws IllegalArgumentException when the matrix would not fit in one Java array
   */
  public static FeaturizationResult featurize(int rows,
      IntFunction<List<String>> representationOfRow, Featurizer featurizer, int threads,
      IntConsumer rowsDone) {
    if (rows < 0 || threads < 1) {
      throw new IllegalArgumentException("rows " + rows + " and threads " + threads);
    }
    int dimension = featurizer.dimension();
    long size = (long) rows * dimension;
    if (size > Integer.MAX_VALUE - 16) {
      throw new IllegalArgumentException(rows + " rows x " + dimension + " features = " + size
          + " values do not fit in memory as one matrix; use fewer rows or fewer features");
    }
    float[] values = new float[(int) size];
    @Nullable String[] reasons = new String[rows];
    AtomicInteger next = new AtomicInteger();
    AtomicInteger done = new AtomicInteger();
    AtomicReference<Throwable> crash = new AtomicReference<>();
    Runnable worker = () -> {
      try {
        int start;
        while (crash.get() == null && (start = next.getAndAdd(BLOCK)) < rows) {
          int end = Math.min(rows, start + BLOCK);
          for (int row = start; row < end; row++) {
            try {
              featurizer.featurize(representationOfRow.apply(row), values, row * dimension);
            } catch (FeaturizationException e) {
              reasons[row] = e.getMessage() == null ? "cannot be featurized" : e.getMessage();
            }
          }
          rowsDone.accept(done.addAndGet(end - start));
        }
      } catch (RuntimeException | Error e) {
        crash.compareAndSet(null, e);
      }
    };
    List<Thread> helpers = new ArrayList<>();
    int workers = Math.min(threads, Math.max(1, (rows + BLOCK - 1) / BLOCK));
    for (int t = 1; t < workers; t++) {
      helpers.add(Thread.ofPlatform().name("featurize-" + t).daemon().start(worker));
    }
    worker.run();
    for (Thread helper : helpers) {
      joinUninterruptibly(helper);
    }
    Throwable failure = crash.get();
    if (failure instanceof RuntimeException e) {
      throw e;
    } else if (failure instanceof Error e) {
      throw e;
    }
    return collect(values, reasons, featurizer);
  }

  private static FeaturizationResult collect(float[] values, @Nullable String[] reasons,
      Featurizer featurizer) {
    int dimension = featurizer.dimension();
    List<FeaturizationResult.RowFailure> failures = new ArrayList<>();
    int[] kept = new int[reasons.length];
    int k = 0;
    for (int row = 0; row < reasons.length; row++) {
      if (reasons[row] != null) {
        failures.add(new FeaturizationResult.RowFailure(row, reasons[row]));
        continue;
      }
      if (k != row) {
        System.arraycopy(values, row * dimension, values, k * dimension, dimension);
      }
      kept[k++] = row;
    }
    float[] matrixValues = k == reasons.length ? values : Arrays.copyOf(values, k * dimension);
    FeatureMatrix matrix =
        new FeatureMatrix(matrixValues, k, dimension, featurizer.featureNames());
    return new FeaturizationResult(matrix, Arrays.copyOf(kept, k), failures);
  }

  private static void joinUninterruptibly(Thread thread) {
    boolean interrupted = false;
    while (true) {
      try {
        thread.join();
        break;
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }
}
