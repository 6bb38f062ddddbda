package org.sim2real.ui.data;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.sim2real.ui.common.data.ColumnRole;

/**
 * One line of the role editor: a column of the file, the role it plays, the role the detector
 * suggested and why. The role is set by the user (combo box) or by the model when the project
 * changes.
 */
public final class RoleRow {
  private final String column;
  private final ColumnRole suggested;
  private final String explanation;
  private final ObjectProperty<ColumnRole> role;

  RoleRow(String column, ColumnRole role, ColumnRole suggested, String explanation) {
    this.column = column;
    this.suggested = suggested;
    this.explanation = explanation;
    this.role = new SimpleObjectProperty<>(this, "role", role);
  }

  public String column() {
    return column;
  }

  public ColumnRole suggested() {
    return suggested;
  }

  /** The detector's reason, e.g. "column 'formula': 100% of 200 sampled values parse as ...". */
  public String explanation() {
    return explanation;
  }

  public ObjectProperty<ColumnRole> roleProperty() {
    return role;
  }

  public ColumnRole role() {
    return role.get();
  }
}
