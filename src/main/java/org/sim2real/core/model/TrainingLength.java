package org.sim2real.core.model;

/**
 * How long a training phase runs, as a number of optimizer steps derived from the training rows.
 * Training stops after exactly {@link #steps} steps, possibly in the middle of an epoch.
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
}
