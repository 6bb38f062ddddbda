package org.sim2real.core.study;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sim2real.core.model.MlpSettings;
import org.sim2real.core.model.ModelSpec;
import org.sim2real.core.model.TabularSettings;

/**
 * A simple, deliberately generous estimate of the memory a run of a planned study needs, for
 * asking a batch system for memory (and for telling a user before a run). It adds up the large
 * arrays the engine keeps, from the design and the data sizes alone, and then adds a margin:
 *
 * <ul>
 *   <li><b>fixed</b>: the JVM's own heap use, the libraries and a little headroom,
 *       {@value #FIXED_MB} MB;
 *   <li><b>data</b>: per dataset the imported table ({@value #IMPORTED_BYTES_PER_CELL} bytes per
 *       row and representation column, {@value #IMPORTED_BYTES_PER_ROW} per row) and its
 *       featurized rows as stored (their exact bytes: sparse rows where most values are zero);
 *   <li><b>per worker</b> (one per thread that has work, at most one per work group): the most
 *       demanding group of the run: its row lists and targets (the features are read through
 *       views of the one table, 24 bytes per row in all; a tree or kernel model copies its rows
 *       as dense floats), the network eight times over (weights, gradients, two Adam moments, the
 *       best weights kept for early stopping, the pretrained copy, the cached copy, the
 *       output-major copy) and the batch activations and their gradients (four buffers of batch
 *       size times the widest layer per layer); a tree model's rows as doubles four times over
 *       and its nodes; a Gaussian process its kernel matrix three times over;
 *   <li><b>results</b>: every cell of the run kept in memory with its test errors.
 * </ul>
 *
 * The heap asked for is that sum times {@value #MARGIN}, rounded up to 256 MB and at least
 * {@value #MIN_HEAP_MB} MB; the process needs about a quarter more plus {@value #NON_HEAP_MB} MB
 * outside the heap (class metadata, compiled code, thread stacks, I/O buffers). A better model of
 * the engine's memory may replace this one; it errs on the side of too much.
 *
 * @param fixedBytes the JVM and libraries
 * @param dataBytes imported tables and feature matrices
 * @param perWorkerBytes the most demanding work group of the run
 * @param workers how many groups run at once
 * @param resultsBytes the finished cells kept in memory
 */
public record MemoryEstimate(long fixedBytes, long dataBytes, long perWorkerBytes, int workers,
    long resultsBytes) {
  static final long FIXED_MB = 200;
  static final long IMPORTED_BYTES_PER_CELL = 160;
  static final long IMPORTED_BYTES_PER_ROW = 96;
  static final double MARGIN = 1.5;
  static final long MIN_HEAP_MB = 512;
  static final long NON_HEAP_MB = 256;
  private static final long MB = 1L << 20;
  private static final long ROUNDING = 256 * MB;

  /** The memory of a run of {@code shard} of the planned study with {@code threads} threads. */
  public static MemoryEstimate of(StudyPlan plan, ShardSpec shard, int threads) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1, got " + threads);
    }
    List<PreparedDataset> datasets = new ArrayList<>(List.of(plan.simulation(),
        plan.experimental()));
    if (plan.testSet() != null) {
      datasets.add(plan.testSet());
    }
    for (PreparedSource source : plan.sources()) {
      datasets.add(source.data()); // every source's table is held for the whole run
    }
    long data = 0;
    for (PreparedDataset d : datasets) {
      long rows = d.dataset().size();
      long representationColumns = Math.max(1, d.dataset().roles().representationColumns().size());
      data += rows * (IMPORTED_BYTES_PER_ROW + IMPORTED_BYTES_PER_CELL * representationColumns);
      data += d.features().valueBytes() + 8L * d.rows(); // features, targets and row numbers
    }
    List<WorkOrder.Group> groups = WorkOrder.groups(plan.design(), shard);
    int columns = plan.simulation().features().columns();
    long perWorker = 0;
    long cells = 0;
    for (WorkOrder.Group group : groups) {
      perWorker = Math.max(perWorker, groupBytes(plan.design().model(), group, columns));
      cells += group.cells().size();
    }
    long testRows = plan.splits().testRows().length;
    long results = cells * (1024 + 12 * testRows);
    int workers = Math.max(1, Math.min(threads, groups.size()));
    return new MemoryEstimate(FIXED_MB * MB, data, perWorker, workers, results);
  }

  /** The arrays one worker holds while it runs {@code group}. */
  static long groupBytes(ModelSpec model, WorkOrder.Group group, int columns) {
    int rows = 0;
    for (Cell cell : group.cells()) {
      rows = Math.max(rows, Math.max(cell.n(), cell.m()));
    }
    // a cell reads its rows of the one feature table through views: row numbers (selected,
    // shuffled, training and validation) and targets (selected, scaled), not copies of features
    long features = 6L * 4 * rows;
    return features + switch (model) {
      case ModelSpec.Mlp mlp -> Math.max(mlpBytes(mlp.pretrain(), columns),
          Math.max(mlpBytes(mlp.fineTune(), columns), mlpBytes(mlp.scratch(), columns)));
      // a tree or kernel model copies its rows as dense floats before it converts them
      case ModelSpec.Tabular tabular -> 4L * rows * columns
          + tabularBytes(tabular.settings(), rows, columns);
    };
  }

  private static long mlpBytes(MlpSettings settings, int columns) {
    int[] sizes = settings.layerSizes(columns);
    long parameters = 0;
    long widths = 0;
    for (int l = 1; l < sizes.length; l++) {
      parameters += (long) sizes[l - 1] * sizes[l] + sizes[l];
      widths += sizes[l];
    }
    long batch = settings.batchSize();
    return 8 * 4 * parameters + 4 * 4 * batch * (widths + columns);
  }

  private static long tabularBytes(TabularSettings settings, int rows, int columns) {
    return switch (settings) {
      case TabularSettings.GaussianProcess gp -> {
        long fitted = Math.min(rows, gp.maxTrainingRows());
        yield 3 * 8 * fitted * fitted + 4 * 8 * fitted * columns;
      }
      case TabularSettings.GradientBoosting gbm ->
          4L * 8 * rows * (columns + 1) + 64L * gbm.trees() * gbm.maxNodes();
      case TabularSettings.RandomForest rf ->
          4L * 8 * rows * (columns + 1) + 64L * rf.trees() * rf.maxNodes();
    };
  }

  /** The sum of the parts, before the margin. */
  public long totalBytes() {
    return fixedBytes + dataBytes + (long) workers * perWorkerBytes + resultsBytes;
  }

  /** The Java heap to give the run (-Xmx): the total with the margin, rounded up. */
  public long heapBytes() {
    return Math.max(MIN_HEAP_MB * MB, roundUp((long) Math.ceil(totalBytes() * MARGIN)));
  }

  /** The memory of the whole process: the heap, a quarter more and what lives outside it. */
  public long processBytes() {
    return roundUp(heapBytes() + heapBytes() / 4 + NON_HEAP_MB * MB);
  }

  public long heapMegabytes() {
    return heapBytes() / MB;
  }

  public long processMegabytes() {
    return processBytes() / MB;
  }

  private static long roundUp(long bytes) {
    return (bytes + ROUNDING - 1) / ROUNDING * ROUNDING;
  }

  /** "heap 1,536 MB (fixed 200 MB + data 310 MB + 2 workers x 120 MB + results 4 MB, x1.5)". */
  public String describe() {
    return String.format(Locale.ROOT, "heap %,d MB = (JVM %,d MB + data %,d MB + %d worker%s x"
        + " %,d MB + results %,d MB) x %.1f, rounded up; process %,d MB", heapMegabytes(),
        megabytes(fixedBytes), megabytes(dataBytes), workers, workers == 1 ? "" : "s",
        megabytes(perWorkerBytes), megabytes(resultsBytes), MARGIN, processMegabytes());
  }

  private static long megabytes(long bytes) {
    return (bytes + MB - 1) / MB;
  }
}
