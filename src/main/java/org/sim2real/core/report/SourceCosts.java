package org.sim2real.core.report;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.sim2real.core.study.DesignJson;
import org.sim2real.core.study.PrimarySource;
import org.sim2real.core.study.SimulationSource;
import org.sim2real.core.study.StrategyIds;
import org.sim2real.core.study.StudyDesign;
import org.sim2real.core.study.StudyRunner;

/**
 * What one simulation row of each source of a study costs, as its design says: the x axis of the
 * cost view, where each source's curve is drawn against n times its cost per row.
 *
 * @param primary the primary simulation's cost per row, or null when not given
 * @param named the costs per row by source name, in the design's order (a named primary's first;
 *     sources without a cost are left out)
 */
public record SourceCosts(@Nullable Double primary, Map<String, Double> named) {
  public static final SourceCosts NONE = new SourceCosts(null, Map.of());

  public SourceCosts {
    named = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(named));
  }

  /** The costs the design records, the named primary's first and under its name too. */
  public static SourceCosts of(StudyDesign design) {
    Map<String, Double> named = new LinkedHashMap<>();
    PrimarySource primary = design.primary();
    Double primaryCost = primary == null ? null : primary.costPerRow();
    if (primaryCost != null) {
      named.put(primary.name(), primaryCost); // its curves may be shown as "finetune@mp"
    }
    for (SimulationSource source : design.sources()) {
      if (source.costPerRow() != null) {
        named.put(source.name(), source.costPerRow());
      }
    }
    return new SourceCosts(primaryCost, named);
  }

  /**
   * The costs in the design.json of the results folder that holds {@code table}, or
   * {@link #NONE} when there is none or it cannot be read (the costs only add a view).
   */
  public static SourceCosts ofResults(Path table) {
    Path folder = Files.isDirectory(table) ? table : table.toAbsolutePath().getParent();
    Path design = folder == null ? null : folder.resolve(StudyRunner.DESIGN_FILE);
    if (design == null || !Files.isRegularFile(design)) {
      return NONE;
    }
    try {
      return of(DesignJson.read(design));
    } catch (RuntimeException e) {
      return NONE;
    }
  }

  /** The cost per row of the source of a curve's strategy ("finetune@oqmd"), or null. */
  public @Nullable Double of(String strategy) {
    String source = StrategyIds.sourceOf(strategy);
    return source == null ? primary : named.get(source);
  }

  /** Whether any source has a cost, the condition for the cost view. */
  public boolean any() {
    return primary != null || !named.isEmpty();
  }
}
