package org.sim2real.ui.forecast;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.sim2real.core.report.SourceCosts;
import org.sim2real.core.study.DatasetSpec;
import org.sim2real.core.study.DesignJson;
import org.sim2real.core.study.PrimarySource;
import org.sim2real.core.study.SimulationSource;
import org.sim2real.core.study.StudyDesign;
import org.sim2real.core.study.StudyRunner;

/**
 * The simulation sources of the study whose results the Forecast step shows, as its design.json
 * in the results folder records them: each source's name, data file and cost per row, and where
 * relative data paths resolve (the project's folder, else the folder holding the results folder).
 * Read off the FX thread.
 *
 * @param design the study's design, or null when the results folder has none (a table opened by
 *     hand)
 * @param baseDirectory where the design's relative data paths resolve
 */
record StudySources(@Nullable StudyDesign design, Path baseDirectory) {
  /** The primary simulation's name until the study's design records one. */
  static final String PRIMARY = "primary";

  /**
   * Reads design.json next to {@code table} (a results folder's cells.csv).
   *
   * @param projectFolder the project's folder, or null for a project not saved yet
   */
  static StudySources read(Path table, @Nullable Path projectFolder) {
    Path folder = table.toAbsolutePath().getParent();
    Path file = folder == null ? null : folder.resolve(StudyRunner.DESIGN_FILE);
    StudyDesign design = file != null && Files.isRegularFile(file) ? DesignJson.read(file) : null;
    Path base = projectFolder != null ? projectFolder
        : folder != null && folder.getParent() != null ? folder.getParent()
        : Path.of("").toAbsolutePath();
    return new StudySources(design, base);
  }

  /**
   * The name the primary simulation's curves ("finetune") go by. The one place that decides it:
   * the design's name for its primary source, else "primary".
   */
  String primaryName() {
    PrimarySource primary = design == null ? null : design.primary();
    return primary == null ? PRIMARY : primary.name();
  }

  /** The primary simulation's cost per row as the design records it, or null. */
  @Nullable Double primaryCost() {
    return design == null ? null : SourceCosts.of(design).primary();
  }

  /** Each source's cost per row by name as the design records it (sources without one left out). */
  Map<String, Double> designCosts() {
    return design == null ? Map.of() : SourceCosts.of(design).named();
  }

  /** Every simulation source's data file by name, the primary first (empty without a design). */
  Map<String, DatasetSpec> simulationFiles() {
    Map<String, DatasetSpec> files = new LinkedHashMap<>();
    if (design != null) {
      files.put(primaryName(), design.simulation());
      for (SimulationSource s : design.sources()) {
        files.put(s.name(), s.dataset());
      }
    }
    return files;
  }

  /** A data path of the design, resolved. */
  Path resolve(DatasetSpec spec) {
    return baseDirectory.resolve(spec.path()).normalize();
  }
}
