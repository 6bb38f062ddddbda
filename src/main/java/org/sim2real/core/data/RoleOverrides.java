package org.sim2real.core.data;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Roles the user chose explicitly; everything left empty is detected. SMILES columns become
 * {@link RepresentationKind#POLYMER_SMILES} when most of their values carry '*' connection points.
 * At most one of formula, SMILES and descriptor columns may be given, except that a formula
 * column and a SMILES column may form a pair.
 */
public record RoleOverrides(
    List<String> formulaColumns,
    List<String> smilesColumns,
    List<String> descriptorColumns,
    @Nullable String target,
    @Nullable String id,
    @Nullable String group) {

  public RoleOverrides {
    formulaColumns = List.copyOf(formulaColumns);
    smilesColumns = List.copyOf(smilesColumns);
    descriptorColumns = List.copyOf(descriptorColumns);
    if (!descriptorColumns.isEmpty() && !(formulaColumns.isEmpty() && smilesColumns.isEmpty())) {
      throw ImportMessages.descriptorsMixedWithText(false);
    }
  }

  /** Detect everything. */
  public static RoleOverrides none() {
    return new RoleOverrides(List.of(), List.of(), List.of(), null, null, null);
  }

  /** Whether the representation columns are given. */
  public boolean hasRepresentations() {
    return !formulaColumns.isEmpty() || !smilesColumns.isEmpty() || !descriptorColumns.isEmpty();
  }

  public RoleOverrides withTarget(@Nullable String value) {
    return new RoleOverrides(formulaColumns, smilesColumns, descriptorColumns, value, id, group);
  }
}
