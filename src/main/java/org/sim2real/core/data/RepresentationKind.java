package org.sim2real.core.data;

/** How a material is written in a representation column. */
public enum RepresentationKind {
  /** A chemical formula ("Fe2O3", "Ba0.5Sr0.5TiO3"), parsed by CompositionParser. */
  FORMULA("formula"),
  /** A molecule as SMILES ("CCO"), parsed by CDK through MoleculeParser. */
  SMILES("SMILES"),
  /** A polymer repeat unit as SMILES with '*' connection points ("*CC(*)c1ccccc1"). */
  POLYMER_SMILES("polymer SMILES"),
  /** A set of numeric columns that already describe the material. */
  DESCRIPTORS("descriptors");

  private final String label;

  RepresentationKind(String label) {
    this.label = label;
  }

  /** Human name, e.g. "polymer SMILES". */
  public String label() {
    return label;
  }

  /** Formula or SMILES: one text value per row that needs a chemistry parser. */
  public boolean isText() {
    return this != DESCRIPTORS;
  }

  /** SMILES or polymer SMILES. */
  public boolean isSmiles() {
    return this == SMILES || this == POLYMER_SMILES;
  }
}
