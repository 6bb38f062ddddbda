package org.sim2real.core.study.adaptive;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.sim2real.core.scaling.curve.LearningCurveTable;
import org.sim2real.core.scaling.curve.Observation;
import org.sim2real.core.scaling.curve.RowErrors;
import org.sim2real.core.study.StrategyIds;

/**
 * The link between a study's table (read from its ledger) and the planner's groups: which groups the
 * table holds, and the table restricted to the groups the waves chose, so that a folder holding more
 * (a fixed grid run there before, cells of another strategy) is planned from the waves' cells alone.
 */
public final class MeasuredGroups {
  private MeasuredGroups() {}

  /**
   * The groups of the grid whose cell of the question's curve the table holds (of each source's
   * curve, when the grid has named sources).
   */
  public static Set<WaveGroup> of(LearningCurveTable table, AdaptiveGrid grid) {
    Set<WaveGroup> out = new TreeSet<>();
    for (Observation o : table.observations()) {
      if (o.m() != grid.m() && o.m() != Observation.M_NOT_GIVEN) {
        continue;
      }
      if (o.isBaseline()) {
        out.add(WaveGroup.scratch(o.repetition()));
      } else if (o.n() <= Integer.MAX_VALUE) {
        for (AdaptiveGrid.Source source : grid.sources()) {
          if (o.strategy().equals(grid.strategyOf(source.key()))) {
            out.add(new WaveGroup((int) o.n(), o.repetition(), source.key()));
          }
        }
      }
    }
    return out;
  }

  /** The group of an observation: its n and repetition, and the source its strategy names. */
  static WaveGroup groupOf(Observation o) {
    if (o.isBaseline()) {
      return WaveGroup.scratch(o.repetition());
    }
    return new WaveGroup((int) Math.min(Integer.MAX_VALUE, o.n()), o.repetition(),
        StrategyIds.sourceOf(o.strategy()));
  }

  /**
   * The table's observations of the given groups (every strategy of the group's source and every m
   * of them; a named source's cells belong to its groups only), in a fixed order,
   * with their per-row errors and convergence flags; null when none.
   */
  public static @Nullable LearningCurveTable restrict(LearningCurveTable table,
      Set<WaveGroup> groups) {
    List<Observation> kept = new ArrayList<>();
    for (Observation o : table.observations()) {
      if (groups.contains(groupOf(o))) {
        kept.add(o);
      }
    }
    if (kept.isEmpty()) {
      return null;
    }
    // the ledger's order depends on which worker finished first; the planner's input must not
    kept.sort(Comparator.comparing(Observation::strategy).thenComparingInt(Observation::m)
        .thenComparingLong(Observation::n).thenComparingInt(Observation::repetition));
    LearningCurveTable out = LearningCurveTable.of(table.source(), kept);
    if (table.rowErrors() != null) {
      out = out.withRowErrors(table.rowErrors());
    }
    Map<RowErrors.CellKey, Boolean> flags = new HashMap<>();
    for (Observation o : kept) {
      Boolean converged = table.pretrainingConverged(o.strategy(), o.m(), o.n(), o.repetition());
      if (converged != null) {
        flags.put(new RowErrors.CellKey(o.strategy(), o.m(), o.n(), o.repetition()), converged);
      }
    }
    return flags.isEmpty() ? out : out.withConvergence(flags);
  }
}
