package org.sim2real.core.feature;

/** A chemical formula that cannot be parsed; the message says why, in words a chemist reads. */
public final class FormulaException extends FeaturizationException {
  private static final long serialVersionUID = 1L;

  public FormulaException(String message) {
    super(message);
  }
}
