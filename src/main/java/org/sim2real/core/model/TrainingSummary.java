package org.sim2real.core.model;

import java.util.Objects;

/**
 * What one training phase did.
 *
 * @param steps optimizer steps taken
 * @param epochs epochs started (the last may be partial)
 * @param lastEpochLoss mean mini-batch MSE of the last epoch (NaN or infinite if training diverged)
 * @param bestValidationLoss best validation MSE with early stopping, else NaN
 * @param stoppedEarly whether early stopping ended training before the step budget
 * @param convergence whether the training loss had flattened over the steps taken
 */
public record TrainingSummary(long steps, int epochs, double lastEpochLoss,
    double bestValidationLoss, boolean stoppedEarly, LossConvergence convergence) {
  public TrainingSummary {
    Objects.requireNonNull(convergence, "convergence");
  }
}
