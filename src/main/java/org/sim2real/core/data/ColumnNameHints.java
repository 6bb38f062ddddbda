package org.sim2real.core.data;

/**
 * What a header name suggests about a column, for role detection. Names are compared after
 * lower-casing and turning other characters into '_' ("Band gap (eV)" -> "band_gap_ev"); short
 * words must be a whole '_'-separated part ("y", "id"), longer fragments may occur anywhere
 * ("gap" in "band_gap_ev").
 */
final class ColumnNameHints {
  /** Identifier columns (kept out of the representation unless nothing else qualifies). */
  static final String[] ID_WORDS = {"id", "mpid", "mp_id", "material_id", "material", "cas",
      "index", "idx", "name", "sample", "uid"};
  static final String[] GROUP_WORDS = {"group", "cluster", "family", "series", "fold", "split",
      "batch"};
  /** Names that say "this is what to predict". */
  static final String[] TARGET_WORDS = {"target", "y", "label", "output", "response"};

  private ColumnNameHints() {}

  static boolean isId(ColumnProfile p) {
    return p.nameHas(ID_WORDS);
  }

  static boolean isTarget(ColumnProfile p) {
    return p.nameHas(TARGET_WORDS);
  }

  /** A measured or computed property: an explicit target name, a unit, a property word. */
  static boolean looksLikeProperty(ColumnProfile p) {
    return isTarget(p) || p.nameHas("value", "property", "measured", "tg", "ev", "mev", "k")
        || p.nameContains("gap", "energy", "solubility", "conductivity", "modulus",
            "temperature", "density", "permittivity", "viscosity", "strength", "hardness",
            "enthalpy", "entropy", "potential", "yield");
  }

  static boolean suggestsSmiles(ColumnProfile p) {
    return p.nameContains("smiles", "polymer", "monomer", "solvent", "solute", "molecule",
        "repeat_unit", "ligand");
  }

  static boolean suggestsFormula(ColumnProfile p) {
    return p.nameContains("formula", "composition", "compound", "chemical");
  }
}
