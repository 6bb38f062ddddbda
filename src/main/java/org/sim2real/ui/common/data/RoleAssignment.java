package org.sim2real.ui.common.data;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.sim2real.core.data.ColumnRoles;
import org.sim2real.core.data.RepresentationColumn;
import org.sim2real.core.io.UserFacingException;
import org.sim2real.core.project.ImportSettings;

/**
 * One role per column of a file, in file order; immutable. It may be an unfinished draft (no
 * target yet, three formula columns): {@link #problem()} says what is wrong in words, and
 * {@link #toRoles()} gives the checked {@link ColumnRoles} once nothing is.
 */
public final class RoleAssignment {
  private final List<String> columns;
  private final List<ColumnRole> roles;

  private RoleAssignment(List<String> columns, List<ColumnRole> roles) {
    this.columns = List.copyOf(columns);
    this.roles = List.copyOf(roles);
  }

  /** Every column ignored. */
  public static RoleAssignment none(List<String> columns) {
    return new RoleAssignment(columns, columns.stream().map(c -> ColumnRole.IGNORE).toList());
  }

  /** The roles of a checked {@link ColumnRoles}; columns it does not name are ignored. */
  public static RoleAssignment of(List<String> columns, ColumnRoles roles) {
    return of(columns, ImportSettings.undecided().withRoles(roles));
  }

  /**
   * The roles a project's settings name, which may be a draft. Names that are not columns of
   * the file are left out; {@link #coversAll} tells whether there were any.
   */
  public static RoleAssignment of(List<String> columns, ImportSettings settings) {
    Map<String, ColumnRole> chosen = new HashMap<>();
    for (RepresentationColumn r : settings.representations()) {
      chosen.put(r.column(), ColumnRole.of(r.kind()));
    }
    if (!settings.targetColumn().isEmpty()) {
      chosen.put(settings.targetColumn(), ColumnRole.TARGET);
    }
    settings.idColumns().forEach(c -> chosen.put(c, ColumnRole.ID));
    settings.groupColumns().forEach(c -> chosen.put(c, ColumnRole.GROUP));
    return new RoleAssignment(columns,
        columns.stream().map(c -> chosen.getOrDefault(c, ColumnRole.IGNORE)).toList());
  }

  /** Whether every column the settings name is a column of the file. */
  public static boolean coversAll(List<String> columns, ImportSettings settings) {
    return columns.containsAll(settings.roleColumns());
  }

  public List<String> columns() {
    return columns;
  }

  public ColumnRole role(String column) {
    int i = columns.indexOf(column);
    if (i < 0) {
      throw new IllegalArgumentException("no column '" + column + "' in " + columns);
    }
    return roles.get(i);
  }

  public ColumnRole role(int column) {
    return roles.get(column);
  }

  /**
   * The assignment with {@code column} playing {@code role}. A role only one column can have
   * (target, id, group) is taken away from the column that had it, so that moving the target is
   * one step, not two.
   */
  public RoleAssignment with(String column, ColumnRole role) {
    int index = columns.indexOf(column);
    if (index < 0) {
      throw new IllegalArgumentException("no column '" + column + "' in " + columns);
    }
    List<ColumnRole> changed = new ArrayList<>(roles);
    if (role.isSingle()) {
      for (int i = 0; i < changed.size(); i++) {
        if (changed.get(i) == role) {
          changed.set(i, ColumnRole.IGNORE);
        }
      }
    }
    changed.set(index, role);
    return new RoleAssignment(columns, changed);
  }

  /** {@code base}'s reading options with these roles. */
  public ImportSettings applyTo(ImportSettings base) {
    List<RepresentationColumn> reps = new ArrayList<>();
    String target = "";
    List<String> ids = new ArrayList<>();
    List<String> groups = new ArrayList<>();
    for (int i = 0; i < columns.size(); i++) {
      String c = columns.get(i);
      ColumnRole r = roles.get(i);
      if (r.representationKind() != null) {
        reps.add(new RepresentationColumn(c, r.representationKind()));
      } else if (r == ColumnRole.TARGET) {
        target = c;
      } else if (r == ColumnRole.ID) {
        ids.add(c);
      } else if (r == ColumnRole.GROUP) {
        groups.add(c);
      }
    }
    return base.withRoles(reps, target, ids, groups);
  }

  /** The checked roles; throws a {@link UserFacingException} that says what to change. */
  public ColumnRoles toRoles() {
    return applyTo(ImportSettings.undecided()).toRoles();
  }

  /** What is wrong with this assignment as a sentence for the user, or null when nothing is. */
  public @Nullable String problem() {
    try {
      toRoles();
      return null;
    } catch (UserFacingException e) {
      return sentence(e.getMessage());
    }
  }

  /** "choose a target column" -> "Choose a target column." */
  static String sentence(@Nullable String message) {
    if (message == null || message.isEmpty()) {
      return "The column roles are not complete.";
    }
    String s = Character.toUpperCase(message.charAt(0)) + message.substring(1);
    return s.endsWith(".") ? s : s + ".";
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RoleAssignment other && columns.equals(other.columns)
        && roles.equals(other.roles);
  }

  @Override
  public int hashCode() {
    return Objects.hash(columns, roles);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("RoleAssignment[");
    for (int i = 0; i < columns.size(); i++) {
      sb.append(i == 0 ? "" : ", ").append(columns.get(i)).append('=').append(roles.get(i));
    }
    return sb.append(']').toString();
  }
}
