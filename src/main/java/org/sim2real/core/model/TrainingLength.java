package org.sim2real.core.model;

/**
 * How long a training phase runs, as a number of optimizer steps derived from the training rows.
 * Training stops after exactly {@link #steps} steps, possibly in the middle of an epoch.
 * Variants: whole {@link Epochs}, the reference's {@link StepBudget}, and the workbench default
 * for pretraining, a {@link GrowingStepBudget} whose cap grows with the rows (src/site/SCIENCE.md,
 * "Study design").
 */
public sealed interface TrainingLength {

  /** The number of mini-batch steps for {@code rows} training rows at the given batch size. */
  long steps(int rows, int batchSize);

  /** Whole epochs: epochs * ceil(rows / batch) steps. */
  static TrainingLength epochs(int epochs) {
    return new Epochs(epochs);
  }

  /**
   * The reference's pretraining budget: clip(epochs * ceil(rows / batch), minSteps, maxSteps), so
   * small sets get at least minSteps and large sets are capped at maxSteps.
   */
  static TrainingLength stepBudget(int epochs, long minSteps, long maxSteps) {
    return new StepBudget(epochs, minSteps, maxSteps);
  }

  /**
   * A step budget whose cap grows with the training rows: clip(epochs * ceil(rows / batch),
   * minSteps, cap) with cap = maxSteps up to {@code referenceRows} rows and maxSteps *
   * sqrt(rows / referenceRows) above (rounded), so that large sets are not cut short by a cap
   * chosen for smaller ones. Up to {@code referenceRows} rows it gives exactly {@link
   * #stepBudget}'s steps.
   */
  static TrainingLength growingStepBudget(int epochs, long minSteps, long maxSteps,
      int referenceRows) {
    return new GrowingStepBudget(epochs, minSteps, maxSteps, referenceRows);
  }

  private static long batchesPerEpoch(int rows, int batchSize) {
    if (rows <= 0 || batchSize <= 0) {
      throw new IllegalArgumentException(
          "rows and batch size must be positive, got " + rows + " and " + batchSize);
    }
    return (rows + (long) batchSize - 1) / batchSize;
  }

  /** Whole epochs over the training rows. */
  record Epochs(int epochs) implements TrainingLength {
    public Epochs {
      if (epochs < 1) {
        throw new IllegalArgumentException("epochs must be at least 1, got " + epochs);
      }
    }

    @Override
    public long steps(int rows, int batchSize) {
      return epochs * batchesPerEpoch(rows, batchSize);
    }
  }

  /** Epochs clipped to [minSteps, maxSteps] steps. */
  record StepBudget(int epochs, long minSteps, long maxSteps) implements TrainingLength {
    public StepBudget {
      if (epochs < 1) {
        throw new IllegalArgumentException("epochs must be at least 1, got " + epochs);
      }
      if (minSteps < 1 || maxSteps < minSteps) {
        throw new IllegalArgumentException(
            "need 1 <= minSteps <= maxSteps, got " + minSteps + " and " + maxSteps);
      }
    }

    @Override
    public long steps(int rows, int batchSize) {
      long s = epochs * batchesPerEpoch(rows, batchSize);
      return Math.min(Math.max(s, minSteps), maxSteps);
    }
  }

  /**
   * Epochs clipped to [minSteps, cap] steps, where the cap is maxSteps up to referenceRows rows
   * and grows with the square root of the rows above.
   */
  record GrowingStepBudget(int epochs, long minSteps, long maxSteps, int referenceRows)
      implements TrainingLength {
    /** The workbench's default reference: the cap grows from 10,000 training rows on. */
    public static final int DEFAULT_REFERENCE_ROWS = 10_000;

    public GrowingStepBudget {
      if (epochs < 1) {
        throw new IllegalArgumentException("epochs must be at least 1, got " + epochs);
      }
      if (minSteps < 1 || maxSteps < minSteps) {
        throw new IllegalArgumentException(
            "need 1 <= minSteps <= maxSteps, got " + minSteps + " and " + maxSteps);
      }
      if (referenceRows < 1) {
        throw new IllegalArgumentException(
            "referenceRows must be at least 1, got " + referenceRows);
      }
    }

    /** The most steps for {@code rows} training rows. */
    public long cap(int rows) {
      if (rows <= referenceRows) {
        return maxSteps;
      }
      return Math.round(maxSteps * Math.sqrt((double) rows / referenceRows));
    }

    @Override
    public long steps(int rows, int batchSize) {
      long s = epochs * batchesPerEpoch(rows, batchSize);
      return Math.min(Math.max(s, minSteps), cap(rows));
    }
  }
}
