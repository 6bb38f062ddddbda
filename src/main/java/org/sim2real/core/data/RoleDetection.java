package org.sim2real.core.data;

import java.util.List;

/**
 * Detected (or chosen) column roles with one short explanation per decision, e.g. "column
 * 'formula': 100% of 200 sampled values parse as chemical formulas -> formula".
 */
public record RoleDetection(ColumnRoles roles, List<String> explanations) {
  public RoleDetection {
    explanations = List.copyOf(explanations);
  }
}
