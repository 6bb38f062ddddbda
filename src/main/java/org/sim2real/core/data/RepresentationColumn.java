package org.sim2real.core.data;


/**
 * A column that describes the material, with how it is written. Kinds are per column so that a
 * pair may mix them (a polymer repeat unit with a solvent molecule).
 */
public record RepresentationColumn(String column, RepresentationKind kind) {
  public RepresentationColumn {
    if (column.isBlank()) {
      throw ImportMessages.unnamedRepresentation();
    }
  }
}
