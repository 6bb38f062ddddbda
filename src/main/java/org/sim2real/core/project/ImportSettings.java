package org.sim2real.core.project;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * How a data file is read and which columns play which role, as the project file keeps them.
 *
 * <p>The import step's own records (column roles, import options) are being built in
 * {@code core.data}; until then these are plain strings so that a project written now stays
 * readable. {@code representationKind} names how a material is described (for example
 * "composition", "smiles" or "features"), {@code duplicatePolicy} what happens to repeated
 * materials (for example "mean", "first", "reject").
 */
public record ImportSettings(
    String representationKind,
    List<String> representationColumns,
    String targetColumn,
    List<String> idColumns,
    List<String> groupColumns,
    String delimiter,
    boolean decimalComma,
    @Nullable String sheet,
    String duplicatePolicy) {

  public ImportSettings {
    representationKind = orEmpty(representationKind);
    representationColumns = copyOf(representationColumns, "representationColumns");
    targetColumn = orEmpty(targetColumn);
    idColumns = copyOf(idColumns, "idColumns");
    groupColumns = copyOf(groupColumns, "groupColumns");
    delimiter = orEmpty(delimiter);
    duplicatePolicy = orEmpty(duplicatePolicy);
    if (delimiter.length() > 1) {
      throw new IllegalArgumentException(
          "delimiter must be a single character or empty (detect), not '" + delimiter + "'");
    }
  }

  /** Settings that leave everything to the import step: detect the delimiter, no roles yet. */
  public static ImportSettings undecided() {
    return new ImportSettings("", List.of(), "", List.of(), List.of(), "", false, null, "");
  }

  private static String orEmpty(@Nullable String value) {
    return value == null ? "" : value;
  }

  private static List<String> copyOf(@Nullable List<String> values, String field) {
    if (values == null) {
      return List.of();
    }
    for (String v : values) {
      if (v == null || v.isBlank()) {
        throw new IllegalArgumentException(field + " contains an empty column name");
      }
    }
    return List.copyOf(values);
  }
}
