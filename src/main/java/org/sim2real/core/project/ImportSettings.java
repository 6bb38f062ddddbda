package org.sim2real.core.project;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.sim2real.core.data.ColumnRoles;
import org.sim2real.core.data.DuplicatePolicy;
import org.sim2real.core.data.ImportOptions;
import org.sim2real.core.data.RepresentationColumn;
import org.sim2real.core.data.RepresentationKind;
import org.sim2real.core.io.UserFacingException;

/**
 * How a data file is read and which columns play which role, as the project file keeps them.
 *
 * <p>Plain strings, so that a file stays readable whatever it holds: the roles may be a draft the
 * user has not finished (no target yet, formula and descriptors mixed); {@link #toRoles()} turns
 * them into {@link ColumnRoles} or says what is wrong. {@code representationKind} is one kind for
 * all representation columns ("formula", "smiles", "polymer-smiles", "descriptors"; the older
 * names "composition" and "features" are read too) or one kind per column joined with '+'
 * ("polymer-smiles+smiles" for a pair). {@code duplicatePolicy} is a {@link DuplicatePolicy}
 * label ("keep-all", "keep-first", "mean", "reject"; "first" is read too), empty for the default.
 * No roles at all (no representation and no target column) means "detect them".
 *
 * @param noHeaderRow the first row is data, not column names (absent in older files: false)
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
    String duplicatePolicy,
    boolean noHeaderRow) {

  private static final String KIND_SEPARATOR = "+";

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
    return new ImportSettings("", List.of(), "", List.of(), List.of(), "", false, null, "", false);
  }

  /** The settings of an import with these options and (when decided) these roles. */
  public static ImportSettings of(ImportOptions options, @Nullable ColumnRoles roles) {
    ImportSettings s = undecided().withOptions(options);
    return roles == null ? s : s.withRoles(roles);
  }

  /** How to read the file; throws a message when the combination is impossible. */
  public ImportOptions toOptions() {
    Character d = delimiter.isEmpty() ? null : delimiter.charAt(0);
    return new ImportOptions(d, decimalComma, sheet == null || sheet.isBlank() ? null : sheet,
        duplicates(), ImportOptions.DEFAULT_CONFLICT_TOLERANCE, !noHeaderRow);
  }

  /** These roles with the reading options replaced by {@code options}. */
  public ImportSettings withOptions(ImportOptions options) {
    return new ImportSettings(representationKind, representationColumns, targetColumn, idColumns,
        groupColumns, options.delimiter() == null ? "" : options.delimiter().toString(),
        options.decimalComma(), options.sheet(), options.duplicates().label(),
        !options.hasHeader());
  }

  /** Whether the options part equals {@code other}'s, so a re-read gives the same table. */
  public boolean sameReadingAs(ImportSettings other) {
    return delimiter.equals(other.delimiter) && decimalComma == other.decimalComma
        && java.util.Objects.equals(sheet, other.sheet) && noHeaderRow == other.noHeaderRow
        && duplicates() == other.duplicates();
  }

  /** Whether any role is chosen; when none is, the import detects them. */
  public boolean hasRoles() {
    return !representationColumns.isEmpty() || !targetColumn.isEmpty() || !idColumns.isEmpty()
        || !groupColumns.isEmpty();
  }

  /** Every column the roles name. */
  public List<String> roleColumns() {
    List<String> all = new ArrayList<>(representationColumns);
    if (!targetColumn.isEmpty()) {
      all.add(targetColumn);
    }
    all.addAll(idColumns);
    all.addAll(groupColumns);
    return all;
  }

  /** The roles as a checked {@link ColumnRoles}; throws a message saying what to change. */
  public ColumnRoles toRoles() {
    if (idColumns.size() > 1) {
      throw new UserFacingException("choose at most one id column, not " + idColumns.size());
    }
    if (groupColumns.size() > 1) {
      throw new UserFacingException("choose at most one group column, not " + groupColumns.size());
    }
    return new ColumnRoles(representations(), targetColumn,
        idColumns.isEmpty() ? null : idColumns.get(0),
        groupColumns.isEmpty() ? null : groupColumns.get(0));
  }

  /** The representation columns with their kinds; throws for an unknown kind name. */
  public List<RepresentationColumn> representations() {
    List<String> kinds = representationKind.isEmpty() ? List.of()
        : List.of(representationKind.split("\\" + KIND_SEPARATOR, -1));
    if (!representationColumns.isEmpty() && kinds.size() != 1
        && kinds.size() != representationColumns.size()) {
      throw new UserFacingException("the project names " + representationColumns.size()
          + " representation columns but " + kinds.size() + " kinds ('" + representationKind
          + "'); choose the column roles again");
    }
    List<RepresentationColumn> reps = new ArrayList<>();
    for (int i = 0; i < representationColumns.size(); i++) {
      String kind = kinds.size() == 1 ? kinds.get(0) : kinds.get(i);
      reps.add(new RepresentationColumn(representationColumns.get(i), kindOf(kind)));
    }
    return reps;
  }

  /** These options with the given roles (possibly an unfinished draft). */
  public ImportSettings withRoles(List<RepresentationColumn> representations, String target,
      List<String> ids, List<String> groups) {
    List<String> kinds = representations.stream().map(r -> nameOf(r.kind())).distinct().toList();
    String kind = kinds.size() == 1 ? kinds.get(0) : String.join(KIND_SEPARATOR,
        representations.stream().map(r -> nameOf(r.kind())).toList());
    return new ImportSettings(kind,
        representations.stream().map(RepresentationColumn::column).toList(), target, ids, groups,
        delimiter, decimalComma, sheet, duplicatePolicy, noHeaderRow);
  }

  /** These options with checked roles. */
  public ImportSettings withRoles(ColumnRoles roles) {
    return withRoles(roles.representations(), roles.target(),
        roles.id() == null ? List.of() : List.of(roles.id()),
        roles.group() == null ? List.of() : List.of(roles.group()));
  }

  /** These options with no roles: the next import detects them. */
  public ImportSettings withoutRoles() {
    return withRoles(List.of(), "", List.of(), List.of());
  }

  /** The duplicate policy; throws a message for an unknown name. */
  public DuplicatePolicy duplicates() {
    if (duplicatePolicy.isEmpty()) {
      return DuplicatePolicy.KEEP_ALL;
    }
    return duplicatePolicy.strip().equalsIgnoreCase("first")
        ? DuplicatePolicy.KEEP_FIRST : DuplicatePolicy.fromLabel(duplicatePolicy);
  }

  /** The name of a kind in the project file. */
  static String nameOf(RepresentationKind kind) {
    return kind.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  private static RepresentationKind kindOf(String name) {
    String n = name.strip().toLowerCase(Locale.ROOT).replace('_', '-').replace(' ', '-');
    return switch (n) {
      case "formula", "composition" -> RepresentationKind.FORMULA;
      case "smiles" -> RepresentationKind.SMILES;
      case "polymer-smiles" -> RepresentationKind.POLYMER_SMILES;
      case "descriptors", "descriptor", "features" -> RepresentationKind.DESCRIPTORS;
      default -> throw new UserFacingException("unknown representation kind '" + name
          + "' in the project; use formula, smiles, polymer-smiles or descriptors");
    };
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
