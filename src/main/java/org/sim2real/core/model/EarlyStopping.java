package org.sim2real.core.model;

/**
 * Early stopping on a validation split of the training rows: after every epoch the validation MSE
 * is measured; training stops when it has not improved for {@code patienceEpochs} epochs, and the
 * weights of the best epoch are restored.
 */
public record EarlyStopping(double validationFraction, int patienceEpochs) {
  public EarlyStopping {
    if (!(validationFraction > 0 && validationFraction < 1)) {
      throw new IllegalArgumentException(
          "validation fraction must be between 0 and 1 (exclusive), got " + validationFraction);
    }
    if (patienceEpochs < 1) {
      throw new IllegalArgumentException("patience must be at least 1 epoch, got " + patienceEpochs);
    }
  }
}
