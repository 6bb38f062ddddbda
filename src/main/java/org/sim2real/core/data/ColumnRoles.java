package org.sim2real.core.data;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Which column plays which part: one representation column (formula or SMILES), two for a pair
 * (polymer + solvent, solvent + solute; kinds may differ), or any number of numeric descriptor
 * columns; exactly one target; optionally an id and a group column. Validated on construction;
 * {@link #checkColumnsExist} checks the names against a file.
 */
public record ColumnRoles(
    List<RepresentationColumn> representations,
    String target,
    @Nullable String id,
    @Nullable String group) {

  public ColumnRoles {
    representations = List.copyOf(representations);
    if (representations.isEmpty()) {
      throw ImportMessages.noRepresentationChosen();
    }
    long descriptors = representations.stream()
        .filter(r -> r.kind() == RepresentationKind.DESCRIPTORS).count();
    if (descriptors > 0 && descriptors < representations.size()) {
      throw ImportMessages.descriptorsMixedWithText(true);
    }
    if (descriptors == 0 && representations.size() > 2) {
      throw ImportMessages.tooManyTextRepresentations(names(representations));
    }
    Set<String> used = new HashSet<>();
    for (RepresentationColumn r : representations) {
      if (!used.add(r.column())) {
        throw ImportMessages.representationTwice(r.column());
      }
    }
    if (target.isBlank()) {
      throw ImportMessages.noTargetChosen();
    }
    if (used.contains(target)) {
      throw ImportMessages.targetIsRepresentation(target);
    }
    used.add(target);
    if (id != null && !used.add(id)) {
      throw ImportMessages.idTaken(id);
    }
    if (group != null && !used.add(group)) {
      throw ImportMessages.groupTaken(group);
    }
  }

  /** One representation column of the given kind and a target, no id or group. */
  public static ColumnRoles of(RepresentationKind kind, String column, String target) {
    return new ColumnRoles(List.of(new RepresentationColumn(column, kind)), target, null, null);
  }

  /** Names of the representation columns, in order. */
  public List<String> representationColumns() {
    return names(representations);
  }

  /** Kind of representation column i. */
  public RepresentationKind kind(int i) {
    return representations.get(i).kind();
  }

  /** The material is described by numeric descriptor columns. */
  public boolean isDescriptors() {
    return representations.get(0).kind() == RepresentationKind.DESCRIPTORS;
  }

  /** Two formula/SMILES columns together describe one sample. */
  public boolean isPair() {
    return !isDescriptors() && representations.size() == 2;
  }

  /** Every column these roles use, representations first. */
  public List<String> allColumns() {
    List<String> all = new ArrayList<>(representationColumns());
    all.add(target);
    if (id != null) {
      all.add(id);
    }
    if (group != null) {
      all.add(group);
    }
    return all;
  }

  /** Throws a message naming the file and its columns when a role names a missing column. */
  public void checkColumnsExist(List<String> header, String fileName) {
    for (String column : allColumns()) {
      if (!header.contains(column)) {
        throw ImportMessages.noSuchColumn(fileName, column, header);
      }
    }
  }

  /** e.g. "formula 'formula' -> target 'band_gap_eV'". */
  public String describe() {
    StringBuilder sb = new StringBuilder();
    if (isDescriptors()) {
      sb.append(representations.size()).append(" descriptor columns");
    } else {
      for (int i = 0; i < representations.size(); i++) {
        sb.append(i == 0 ? "" : " + ").append(kind(i).label()).append(" '")
            .append(representations.get(i).column()).append('\'');
      }
    }
    sb.append(" -> target '").append(target).append('\'');
    if (id != null) {
      sb.append(", id '").append(id).append('\'');
    }
    if (group != null) {
      sb.append(", group '").append(group).append('\'');
    }
    return sb.toString();
  }

  static String quoted(List<String> names) {
    List<String> shown = names.size() <= 20 ? names : names.subList(0, 20);
    StringBuilder sb = new StringBuilder();
    for (String n : shown) {
      sb.append(sb.isEmpty() ? "" : ", ").append('\'').append(Rejection.shortName(n))
          .append('\'');
    }
    if (names.size() > shown.size()) {
      sb.append(", ... (").append(names.size()).append(" in all)");
    }
    return sb.toString();
  }

  private static List<String> names(List<RepresentationColumn> columns) {
    return columns.stream().map(RepresentationColumn::column).toList();
  }
}
