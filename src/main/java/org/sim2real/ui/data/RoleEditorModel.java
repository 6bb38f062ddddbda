package org.sim2real.ui.data;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.jspecify.annotations.Nullable;
import org.sim2real.core.data.ColumnRoles;
import org.sim2real.core.data.RawTable;
import org.sim2real.core.project.DatasetRole;
import org.sim2real.core.project.ImportSettings;
import org.sim2real.ui.common.Texts;
import org.sim2real.ui.common.data.ColumnRole;
import org.sim2real.ui.common.data.DataSession;
import org.sim2real.ui.common.data.ImportState;
import org.sim2real.ui.common.data.RoleAssignment;

/**
 * The column roles of one dataset: one {@link RoleRow} per column, preselected from the project's
 * roles (or the detector's), a one-line summary, and what is wrong while the roles are
 * incomplete. A role changed in a row becomes an undoable settings edit; the rows are checked at
 * once, the rows of the file in the background.
 */
public final class RoleEditorModel {
  private final DatasetRole role;
  private final DataSession data;
  private final ObservableList<RoleRow> rows = FXCollections.observableArrayList();
  private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
  private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
  private @Nullable RoleAssignment draft;
  private @Nullable RawTable shownTable;
  private boolean refreshing;

  RoleEditorModel(DatasetRole role, DataSession data) {
    this.role = role;
    this.data = data;
  }

  /** Shows the roles of the project's settings for the columns of the current file. */
  void refresh(@Nullable ImportSettings settings, @Nullable ImportState state) {
    refreshing = true;
    try {
      if (state == null) {
        draft = null;
        shownTable = null;
        rows.clear();
        summary.set("");
        problem.set("");
        return;
      }
      List<String> columns = state.table().columnNames();
      RoleAssignment roles = chosenRoles(settings, state);
      draft = roles;
      if (state.table() != shownTable) {
        // a new file: new rows (a check of the same file keeps them, and the focus in them)
        shownTable = state.table();
        List<RoleRow> fresh = new ArrayList<>();
        for (String c : columns) {
          RoleRow row = new RoleRow(c, roles.role(c), state.suggestedRole(c),
              state.explanation(c));
          row.roleProperty().addListener((obs, old, now) -> {
            if (!refreshing && now != null) {
              choose(row.column(), now);
            }
          });
          fresh.add(row);
        }
        rows.setAll(fresh);
      } else {
        for (RoleRow row : rows) {
          row.roleProperty().set(roles.role(row.column()));
        }
      }
      String wrong = roles.problem();
      if (wrong == null && state.rolesProblem() != null && roles.equals(state.assignment())) {
        wrong = state.rolesProblem();
      }
      problem.set(wrong == null ? "" : wrong);
      summary.set(wrong == null ? describe(roles.toRoles()) : "");
    } finally {
      refreshing = false;
    }
  }

  /** The project's roles when they fit the file, else those the import used. */
  private static RoleAssignment chosenRoles(@Nullable ImportSettings settings, ImportState state) {
    List<String> columns = state.table().columnNames();
    if (settings != null && settings.hasRoles()
        && RoleAssignment.coversAll(columns, settings)) {
      try {
        return RoleAssignment.of(columns, settings);
      } catch (RuntimeException e) {
        // an unreadable kind name: the import reported it; show what it used
      }
    }
    return state.assignment();
  }

  /** Gives {@code column} the role {@code now} (freeing a single role elsewhere). */
  public void choose(String column, ColumnRole now) {
    ImportSettings settings = data.settings(role);
    if (draft == null || settings == null || draft.role(column) == now) {
      return;
    }
    RoleAssignment changed = draft.with(column, now);
    data.changeSettings(role, changed.applyTo(settings), "Change Column Role",
        role + ":role:" + column);
  }

  /** e.g. "Material: formula 'formula'. Target: 'band_gap_eV'." */
  static String describe(ColumnRoles roles) {
    StringBuilder sb = new StringBuilder("Material: ");
    if (roles.isDescriptors()) {
      sb.append(Texts.plural(roles.representations().size(), "descriptor column",
          "descriptor columns"));
    } else {
      for (int i = 0; i < roles.representations().size(); i++) {
        sb.append(i == 0 ? "" : " + ").append(roles.kind(i).label()).append(" '")
            .append(roles.representations().get(i).column()).append('\'');
      }
    }
    sb.append(". Target: '").append(roles.target()).append("'.");
    if (roles.id() != null) {
      sb.append(" Id: '").append(roles.id()).append("'.");
    }
    if (roles.group() != null) {
      sb.append(" Group: '").append(roles.group()).append("'.");
    }
    return sb.toString();
  }

  public ObservableList<RoleRow> rows() {
    return rows;
  }

  /** The roles in one line while they are complete, "" otherwise. */
  public ReadOnlyStringProperty summaryProperty() {
    return summary.getReadOnlyProperty();
  }

  /** What is wrong with the roles ("Choose a target column."), "" when nothing is. */
  public ReadOnlyStringProperty problemProperty() {
    return problem.getReadOnlyProperty();
  }
}
