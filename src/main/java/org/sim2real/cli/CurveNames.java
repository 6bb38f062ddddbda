package org.sim2real.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import org.sim2real.core.io.UserFacingException;
import org.sim2real.core.scaling.curve.Observation;
import org.sim2real.core.scaling.curve.SourceTables;
import org.sim2real.core.scaling.fit.CurveAnalysis;
import org.sim2real.core.study.DesignJson;
import org.sim2real.core.study.PrimarySource;
import org.sim2real.core.study.StudyDesign;
import org.sim2real.core.study.StudyRunner;

/**
 * How {@code fit} and {@code forecast} name the curves of a study with several simulation
 * sources: a named source's curves are "finetune@oqmd" in the results, the primary's plain
 * "finetune"; when the design names the primary ("mp"), its curves are shown as "finetune@mp"
 * beside them, and {@code --strategy finetune@mp} selects them. A study of one source, a primary
 * without a name or a table without a design keep the names as they are.
 */
final class CurveNames {
  private final @Nullable String primary;

  private CurveNames(@Nullable String primary) {
    this.primary = primary;
  }

  static final CurveNames AS_THEY_ARE = new CurveNames(null);

  /** The names for a results folder (or table) {@code input}, from its design.json. */
  static CurveNames of(Path input) {
    Path file = input.resolve(StudyRunner.DESIGN_FILE);
    if (!Files.isDirectory(input) || !Files.isRegularFile(file)) {
      return AS_THEY_ARE;
    }
    StudyDesign design;
    try {
      design = DesignJson.read(file);
    } catch (UserFacingException unreadable) {
      return AS_THEY_ARE; // the results are read from cells.csv; the design only adds the name
    }
    PrimarySource named = design.primary();
    return named == null || design.sources().isEmpty() ? AS_THEY_ARE : new CurveNames(named.name());
  }

  /** "finetune" as "finetune@mp" for the primary of a study with sources; others unchanged. */
  String strategy(String strategy) {
    return primary == null || strategy.equals(Observation.SCRATCH)
        || strategy.contains(SourceTables.SEPARATOR) ? strategy
        : SourceTables.strategyName(strategy, primary);
  }

  /** "finetune@mp, m = 3683". */
  String label(CurveAnalysis curve) {
    return strategy(curve.strategy()) + ", " + Observation.describeM(curve.m());
  }

  /** The strategy of the results a {@code --strategy} value means ("finetune@mp" is "finetune"). */
  @Nullable String inResults(@Nullable String strategy) {
    String suffix = primary == null ? null : SourceTables.SEPARATOR + primary;
    return strategy != null && suffix != null && strategy.endsWith(suffix)
        ? strategy.substring(0, strategy.length() - suffix.length()) : strategy;
  }
}
