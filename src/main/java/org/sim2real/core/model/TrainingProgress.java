package org.sim2real.core.model;

/** Told after every epoch of an MLP training phase (on the training thread; keep it cheap). */
@FunctionalInterface
public interface TrainingProgress {
  /**
   * @param epoch epochs completed so far (the last one may be partial when the step budget ends)
   * @param stepsDone optimizer steps done
   * @param totalSteps step budget of the phase
   * @param trainingLoss mean mini-batch loss (MSE) of this epoch
   * @param validationLoss validation MSE, or NaN without early stopping
   */
  void epochFinished(int epoch, long stepsDone, long totalSteps, double trainingLoss,
      double validationLoss);
}
