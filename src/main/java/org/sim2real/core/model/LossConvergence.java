package org.sim2real.core.model;

import org.jspecify.annotations.Nullable;

/**
 * Whether the training loss had flattened when a training phase stopped (src/site/SCIENCE.md,
 * "Trust", the paragraph on the floor C): the mean mini-batch loss of the last tenth of the
 * steps against the mean of the tenth before it. The loss counts as flat ("converged") when it
 * improved by less than {@link #FLAT_BELOW} (2%) of the earlier mean, a rise included.
 *
 * <p>Short runs have no answer: each window must hold at least {@link #MIN_WINDOW_STEPS} steps
 * (so about 3,000 steps of training), since the means of shorter windows move by more than the
 * threshold with the mini-batch noise alone. A loss that is not finite, or an earlier window
 * whose mean is not positive, has no answer either.
 *
 * @param relativeImprovement (earlier mean - last mean) / earlier mean; NaN when unknown
 * @param windowSteps steps in each of the two windows; 0 when unknown
 */
public record LossConvergence(double relativeImprovement, long windowSteps) {
  /** The share of the steps in each window compared. */
  public static final double WINDOW_FRACTION = 0.1;
  /** A relative improvement below this means the loss had flattened. */
  public static final double FLAT_BELOW = 0.02;
  /** Fewest steps per window for an answer. */
  public static final long MIN_WINDOW_STEPS = 300;

  private static final LossConvergence UNKNOWN = new LossConvergence(Double.NaN, 0);

  public LossConvergence {
    boolean unknown = Double.isNaN(relativeImprovement) && windowSteps == 0;
    boolean known = Double.isFinite(relativeImprovement) && windowSteps >= MIN_WINDOW_STEPS;
    if (!unknown && !known) {
      throw new IllegalArgumentException("a known improvement is finite and has windows of at"
          + " least " + MIN_WINDOW_STEPS + " steps; an unknown one is NaN with 0 steps, got "
          + relativeImprovement + " over " + windowSteps + " steps");
    }
  }

  /** No answer: too few steps, a loss that is not finite, or no loss curve (tabular models). */
  public static LossConvergence unknown() {
    return UNKNOWN;
  }

  public boolean isKnown() {
    return windowSteps > 0;
  }

  /** True when the loss had flattened, false when it was still falling, null when unknown. */
  public @Nullable Boolean converged() {
    return isKnown() ? relativeImprovement < FLAT_BELOW : null;
  }

  /** The relative improvement, or null when unknown. */
  public @Nullable Double improvement() {
    return isKnown() ? relativeImprovement : null;
  }
}
