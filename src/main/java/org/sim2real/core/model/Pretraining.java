package org.sim2real.core.model;

import java.util.Objects;

/**
 * A pretrained model and whether its training loss had flattened when pretraining stopped
 * ({@link LossConvergence#unknown()} for tabular models, which have no loss curve).
 */
public record Pretraining(PretrainedModel model, LossConvergence convergence) {
  public Pretraining {
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(convergence, "convergence");
  }
}
