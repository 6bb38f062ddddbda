package org.sim2real.core.feature;

/**
 * A material that a featurizer cannot turn into a feature vector (unparseable formula, invalid
 * SMILES, ...). The message is the user-facing reason; callers add file, line and column.
 */
public class FeaturizationException extends Exception {
  private static final long serialVersionUID = 1L;

  public FeaturizationException(String message) {
    super(message);
  }

  public FeaturizationException(String message, Throwable cause) {
    super(message, cause);
  }
}
