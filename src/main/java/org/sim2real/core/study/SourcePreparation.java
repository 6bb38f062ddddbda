package org.sim2real.core.study;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.sim2real.core.data.ColumnRoles;
import org.sim2real.core.data.ImportResult;
import org.sim2real.core.feature.Featurizer;
import org.sim2real.core.io.Sha256;
import org.sim2real.core.io.UserFacingException;

/**
 * Plans one named simulation source ({@link SimulationSource}): imports its file, checks that its
 * columns fit the study's featurizer (the primary simulation's representation), featurizes it
 * with that featurizer and resolves its sizes.
 */
final class SourcePreparation {
  private SourcePreparation() {}

  static PreparedSource prepare(SimulationSource source, PreparedDataset primary,
      Featurizer featurizer, List<Integer> designSizes, Path baseDirectory, int threads,
      List<String> warnings, Consumer<String> status, @Nullable Path featureCache,
      BooleanSupplier stop) {
    status.accept("Importing " + source.dataset().path() + " (source " + source.name() + ")");
    ImportResult imported = StudyPlanner.importFile(source.dataset(), baseDirectory);
    StudyPlanner.checkStop(stop);
    ColumnRoles roles = imported.dataset().roles();
    requireFits(source, roles, primary.dataset().roles(), featurizer);
    if (imported.report().rejectedRows() > 0) {
      warnings.add(imported.dataset().fileName() + " (source " + source.name() + "): "
          + imported.report().rejectedRows() + " rows rejected at import (see 'inspect')");
    }
    status.accept("Featurizing " + imported.dataset().fileName());
    SimulationSource withRoles = source.withDataset(source.dataset().withRoles(roles));
    PreparedDataset data = StudyPlanner.prepare(imported, featurizer, threads, warnings,
        baseDirectory, withRoles.dataset(), status, featureCache, stop);
    if (data.features().columns() != primary.features().columns()) {
      throw new UserFacingException("source " + source.name() + ": " + featurizer.id() + " gives "
          + data.features().columns() + " features for " + imported.dataset().fileName() + " but "
          + primary.features().columns() + " for the primary simulation; a source must have"
          + " columns of the same kind and names as the primary simulation file");
    }
    List<Integer> sizes = sizes(source, designSizes, data.rows(), imported.dataset().fileName(),
        warnings);
    String fingerprint = Sha256.ofBytes((source.name() + "\n" + withRoles.dataset().options()
        + "\n" + roles + "\n" + data.sha256()).getBytes(StandardCharsets.UTF_8));
    return new PreparedSource(withRoles.withSizes(sizes), data, fingerprint);
  }

  /** The source's own sizes, or the design's clipped to its usable rows (the rows themselves last). */
  static List<Integer> sizes(SimulationSource source, List<Integer> designSizes, int rows,
      String fileName, List<String> warnings) {
    if (!source.sizes().isEmpty()) {
      for (int n : source.sizes()) {
        if (n > rows) {
          throw new UserFacingException("sources: n = " + n + " of source " + source.name()
              + " is larger than the " + rows + " usable rows of " + fileName);
        }
      }
      return source.sizes();
    }
    if (designSizes.stream().anyMatch(n -> n > rows)) {
      warnings.add("source " + source.name() + " has " + rows + " usable rows: its sizes stop"
          + " there (n larger than that are measured for the larger sources only)");
    }
    return SimulationSource.sizesUpTo(designSizes, rows);
  }

  private static void requireFits(SimulationSource source, ColumnRoles roles, ColumnRoles primary,
      Featurizer featurizer) {
    if (!SimulationSource.fitsPrimary(roles, primary)) {
      throw new UserFacingException("source " + source.name() + " (" + source.dataset().path()
          + ") does not fit the study's featurizer " + featurizer.id() + ": its columns are "
          + roles.describe() + ", the primary simulation's are " + primary.describe()
          + ". Every source needs the same kind of representation columns (descriptors: the same"
          + " column names) as the primary simulation file.");
    }
  }
}
