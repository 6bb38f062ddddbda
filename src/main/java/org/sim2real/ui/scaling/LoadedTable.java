package org.sim2real.ui.scaling;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.sim2real.core.report.ErrorMeasure;
import org.sim2real.core.report.SourceCosts;
import org.sim2real.core.scaling.curve.StudyResults;
import org.sim2real.core.scaling.curve.LearningCurveTable;

/**
 * A learning-curve table read from a file, with what the screen shows about it.
 *
 * @param file the table file (a results folder's cells.csv, or any table the reader accepts)
 * @param modified when the file was last changed, to notice new results
 * @param errorName the error column's name for the axis ("MAE", "RMSE", "error")
 * @param errorUnit the errors' unit, e.g. "eV", from the name of the study's target column (the
 *     design.json next to the table), or null when unknown
 * @param fromProject read from the project's results folder (not opened by hand)
 * @param costs the simulation sources' costs per row from the design.json next to the table
 *     (none when there is no such file), for the cost view
 */
record LoadedTable(LearningCurveTable table, Path file, FileTime modified, String errorName,
    @Nullable String errorUnit, boolean fromProject, SourceCosts costs) {

  /** Reads a table file or a results folder's cells.csv; runs off the FX thread. */
  static LoadedTable read(Path fileOrFolder, boolean fromProject) throws IOException {
    Path file = Files.isDirectory(fileOrFolder) ? fileOrFolder.resolve("cells.csv") : fileOrFolder;
    LearningCurveTable table = StudyResults.read(file, null);
    return new LoadedTable(table, file, Files.getLastModifiedTime(file), errorName(file),
        ErrorMeasure.studyUnit(file), fromProject, SourceCosts.ofResults(file));
  }

  /** The fitted error's name and unit, for sentences and the axis. */
  ErrorMeasure error() {
    return new ErrorMeasure(errorName, errorUnit);
  }

  /** "cells.csv in /home/x/results". */
  String description() {
    Path dir = file.toAbsolutePath().getParent();
    return file.getFileName() + (dir == null ? "" : " in " + dir);
  }

  /** The column the reader fits, named as on the axis: the first of mae, error, rmse. */
  static String errorName(Path file) throws IOException {
    try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String header = reader.readLine();
      String lower = header == null ? "" : header.toLowerCase(Locale.ROOT).replace("\"", "");
      for (String column : lower.split("[,;\t]")) {
        if (column.strip().equals("mae")) {
          return "MAE";
        }
      }
      for (String column : lower.split("[,;\t]")) {
        if (column.strip().equals("error")) {
          return "error";
        }
      }
      return "RMSE";
    }
  }
}
