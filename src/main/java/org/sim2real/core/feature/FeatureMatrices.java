package org.sim2real.core.feature;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.function.IntConsumer;
import java.util.function.IntFunction;
import org.jspecify.annotations.Nullable;

/**
 * Featurizes whole tables, in parallel over blocks of rows. Each worker featurizes a block into
 * its own buffer and stores it compactly ({@link CompactFeatureRows}: sparse when most values
 * are zero) in the block's slot, so the output order (and every value) is the same for any number
 * of threads, and no dense matrix of the whole table is ever held. Rows that cannot be featurized
 * are left out and reported with their reason.
 */
public final class FeatureMatrices {
  /** Rows a worker takes at a time: large enough to make coordination negligible. */
  private static final int BLOCK = CompactFeatureRows.BLOCK;

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
   */
  public static FeaturizationResult featurize(int rows,
      IntFunction<List<String>> representationOfRow, Featurizer featurizer, int threads,
      IntConsumer rowsDone) {
    return featurize(rows, representationOfRow, featurizer, threads, rowsDone, () -> false);
  }

  /**
   * As {@link #featurize(int, IntFunction, Featurizer, int, IntConsumer)}, asking {@code stop}
   * before each block of {@value #BLOCK} rows.
   *
   * @throws CancellationException when {@code stop} said yes (nothing is returned)
   */
  public static FeaturizationResult featurize(int rows,
      IntFunction<List<String>> representationOfRow, Featurizer featurizer, int threads,
      IntConsumer rowsDone, BooleanSupplier stop) {
    if (rows < 0 || threads < 1) {
      throw new IllegalArgumentException("rows " + rows + " and threads " + threads);
    }
    int dimension = featurizer.dimension();
    int blockCount = (rows + BLOCK - 1) / BLOCK;
    CompactFeatureRows.Block[] blocks = new CompactFeatureRows.Block[blockCount];
    @Nullable String[] reasons = new String[rows];
    AtomicInteger next = new AtomicInteger();
    AtomicInteger done = new AtomicInteger();
    AtomicReference<Throwable> crash = new AtomicReference<>();
    Runnable worker = () -> {
      try {
        float[] buffer = new float[BLOCK * dimension];
        int[] kept = new int[BLOCK];
        int start;
        while (crash.get() == null && (start = next.getAndAdd(BLOCK)) < rows) {
          if (stop.getAsBoolean()) {
            crash.compareAndSet(null, new CancellationException("featurizing was cancelled"));
            break;
          }
          int end = Math.min(rows, start + BLOCK);
          int count = 0;
          for (int row = start; row < end; row++) {
            int offset = (row - start) * dimension;
            Arrays.fill(buffer, offset, offset + dimension, 0f);
            try {
              featurizer.featurize(representationOfRow.apply(row), buffer, offset);
              kept[count++] = row - start;
            } catch (FeaturizationException e) {
              reasons[row] = e.getMessage() == null ? "cannot be featurized" : e.getMessage();
            }
          }
          blocks[start / BLOCK] = CompactFeatureRows.block(buffer, kept, count, dimension);
          rowsDone.accept(done.addAndGet(end - start));
        }
      } catch (RuntimeException | Error e) {
        crash.compareAndSet(null, e);
      }
    };
    List<Thread> helpers = new ArrayList<>();
    int workers = Math.min(threads, Math.max(1, blockCount));
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
    List<FeaturizationResult.RowFailure> failures = new ArrayList<>();
    int[] kept = new int[rows];
    int k = 0;
    for (int row = 0; row < rows; row++) {
      if (reasons[row] != null) {
        failures.add(new FeaturizationResult.RowFailure(row, reasons[row]));
      } else {
        kept[k++] = row;
      }
    }
    CompactFeatureRows features = new CompactFeatureRows(Arrays.asList(blocks), dimension,
        featurizer.featureNames());
    return new FeaturizationResult(features, Arrays.copyOf(kept, k), failures);
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
