package org.sim2real.core.data;

/** Why a row is not usable. The labels are stable: reports and tests use them literally. */
public enum RejectionReason {
  RAGGED_ROW("ragged row"),
  MISSING_REPRESENTATION("missing representation"),
  UNPARSEABLE_FORMULA("unparseable formula"),
  INVALID_SMILES("invalid SMILES"),
  NON_NUMERIC_DESCRIPTOR("non-numeric descriptor"),
  MISSING_TARGET("missing target"),
  NON_NUMERIC_TARGET("non-numeric target"),
  NON_FINITE_TARGET("NaN or infinite target"),
  DUPLICATE_DROPPED("duplicate key (first occurrence kept)"),
  DUPLICATE_CONFLICT("duplicate key with a conflicting value");

  private final String label;

  RejectionReason(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
