package org.sim2real.ui.common.data;

import org.jspecify.annotations.Nullable;
import org.sim2real.core.data.RepresentationKind;

/** What one column of a data file is used for, as the role editor offers it. */
public enum ColumnRole {
  IGNORE("ignore", "Not used."),
  FORMULA("formula", "Chemical formulas such as Fe2O3 or Ba0.5Sr0.5TiO3 describe the material."),
  SMILES("SMILES", "Molecules written as SMILES (CCO) describe the material."),
  POLYMER_SMILES("polymer SMILES",
      "Polymer repeat units as SMILES with * connection points (*CC(*)c1ccccc1)."),
  DESCRIPTOR("descriptor",
      "A numeric feature of the material; all descriptor columns together describe it."),
  TARGET("target", "The property to predict; exactly one numeric column."),
  ID("id", "A name or identifier of the row; kept for reference, not learned from."),
  GROUP("group", "A group label (e.g. a material family) for grouped splits.");

  private final String label;
  private final String description;

  ColumnRole(String label, String description) {
    this.label = label;
    this.description = description;
  }

  /** What the role editor shows, e.g. "polymer SMILES". */
  public String label() {
    return label;
  }

  /** One sentence for the tooltip. */
  public String description() {
    return description;
  }

  /** Only one column can have this role; choosing it for another column frees the first. */
  public boolean isSingle() {
    return this == TARGET || this == ID || this == GROUP;
  }

  /** The representation kind of a representation role, null for the others. */
  public @Nullable RepresentationKind representationKind() {
    return switch (this) {
      case FORMULA -> RepresentationKind.FORMULA;
      case SMILES -> RepresentationKind.SMILES;
      case POLYMER_SMILES -> RepresentationKind.POLYMER_SMILES;
      case DESCRIPTOR -> RepresentationKind.DESCRIPTORS;
      default -> null;
    };
  }

  /** The role of a representation column of this kind. */
  public static ColumnRole of(RepresentationKind kind) {
    return switch (kind) {
      case FORMULA -> FORMULA;
      case SMILES -> SMILES;
      case POLYMER_SMILES -> POLYMER_SMILES;
      case DESCRIPTORS -> DESCRIPTOR;
    };
  }

  @Override
  public String toString() {
    return label;
  }
}
