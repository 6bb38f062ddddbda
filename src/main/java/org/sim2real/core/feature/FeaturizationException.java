package org.sim2real.core.feature;

import org.sim2real.core.io.InputEcho;

/**
 * A material that a featurizer cannot turn into a feature vector (unparseable formula, invalid
 * SMILES, ...). The message is the user-facing reason; callers add file, line and column. It is
 * kept to one line of readable length whatever input it quotes (see {@link InputEcho#oneLine}).
 */
public class FeaturizationException extends Exception {
  private static final long serialVersionUID = 1L;

  public FeaturizationException(String message) {
    super(InputEcho.oneLine(message));
  }

  public FeaturizationException(String message, Throwable cause) {
    super(InputEcho.oneLine(message), cause);
  }
}
