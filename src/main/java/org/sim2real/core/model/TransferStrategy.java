package org.sim2real.core.model;

/** How a model for the experimental task is obtained, with or without a simulation model. */
public enum TransferStrategy {
  /** A copy of the pretrained MLP with all layers trained on the experimental rows. */
  FINE_TUNE(true, ModelFamily.MLP),
  /** The pretrained hidden layers frozen as a feature extractor; a new output layer is trained. */
  FROZEN_FEATURES(true, ModelFamily.MLP),
  /** A fresh model on the experimental rows only: the baseline every study includes. */
  SCRATCH(false, ModelFamily.MLP, ModelFamily.TABULAR),
  /** The simulation model's prediction appended as an extra input feature of a new model. */
  SIM_PREDICTION_FEATURE(true, ModelFamily.TABULAR),
  /** A new model learns experiment minus simulation prediction; predicts sim + delta. */
  DELTA(true, ModelFamily.TABULAR);

  private final boolean needsPretrainedModel;
  private final ModelFamily[] families;

  TransferStrategy(boolean needsPretrainedModel, ModelFamily... families) {
    this.needsPretrainedModel = needsPretrainedModel;
    this.families = families;
  }

  public boolean needsPretrainedModel() {
    return needsPretrainedModel;
  }

  public boolean appliesTo(ModelFamily family) {
    for (ModelFamily f : families) {
      if (f == family) {
        return true;
      }
    }
    return false;
  }
}
