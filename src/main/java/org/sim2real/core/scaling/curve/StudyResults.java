package org.sim2real.core.scaling.curve;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A learning-curve table read for analysis, with everything a results folder keeps beyond the
 * errors: the per-test-row errors of its cells ({@code test-errors.jsonl}), so that the bootstrap
 * resamples the test set, and whether each cell's pretraining had converged. A plain CSV table
 * (from the user's own scripts) has neither; the analysis then says what is missing.
 */
public final class StudyResults {
  private StudyResults() {}

  /**
   * Reads a results folder (or its {@code cells.csv}) or a plain learning-curve CSV file.
   *
   * @param errorColumn the error column to fit, or null for the first of mae, error, rmse
   * @param notes receives what could not be attached and why (e.g. a damaged test-errors file)
   */
  public static LearningCurveTable read(Path path, @Nullable String errorColumn,
      List<String> notes) {
    LearningCurveTable table = LearningCurveReader.read(path, errorColumn);
    Path folder = Files.isDirectory(path) ? path
        : path.getFileName() != null && path.getFileName().toString().equals("cells.csv")
            ? path.toAbsolutePath().getParent() : null;
    if (folder == null) {
      return table;
    }
    StudyCells cells;
    try {
      cells = StudyCells.read(folder);
    } catch (org.sim2real.core.io.UserFacingException e) {
      // a table named cells.csv that the workbench did not write: its errors are all there is
      notes.add("No per-cell details read (" + e.getMessage() + "); the intervals resample"
          + " repetitions only.");
      return table;
    }
    if (cells.cells().isEmpty()) {
      return table;
    }
    table = table.withConvergence(convergence(cells));
    RowErrors.Kind kind = kind(errorColumn);
    if (kind == null) {
      notes.add("Per-test-row errors are kept for MAE and RMSE only: the intervals of "
          + errorColumn + " resample repetitions only.");
      return table;
    }
    Optional<TestErrors> errors = TestErrorsFile.read(folder, cells.cellIds());
    if (errors.isEmpty()) {
      return table;
    }
    notes.addAll(errors.get().warnings());
    Map<RowErrors.CellKey, float[]> residuals = new HashMap<>();
    errors.get().residuals().forEach((id, values) -> CellId.parse(id).ifPresent(cell ->
        residuals.put(new RowErrors.CellKey(cell.strategy(), cell.m(), cell.n(),
            cell.repetition()), values)));
    if (residuals.isEmpty()) {
      return table;
    }
    return table.withRowErrors(RowErrors.fromResiduals(kind, residuals));
  }

  /** {@link #read(Path, String, List)} without notes. */
  public static LearningCurveTable read(Path path, @Nullable String errorColumn) {
    return read(path, errorColumn, new ArrayList<>());
  }

  private static RowErrors.@Nullable Kind kind(@Nullable String errorColumn) {
    if (errorColumn == null || errorColumn.equalsIgnoreCase("mae")
        || errorColumn.equalsIgnoreCase("error")) {
      return RowErrors.Kind.ABSOLUTE;
    }
    return errorColumn.equalsIgnoreCase("rmse") ? RowErrors.Kind.SQUARED : null;
  }

  private static Map<RowErrors.CellKey, Boolean> convergence(StudyCells cells) {
    Map<RowErrors.CellKey, Boolean> flags = new HashMap<>();
    for (StudyCells.Cell c : cells.cells()) {
      if (c.pretrainConverged() != null) {
        CellId id = c.id();
        flags.put(new RowErrors.CellKey(id.strategy(), id.m(), id.n(), id.repetition()),
            c.pretrainConverged());
      }
    }
    return flags;
  }
}
