package org.sim2real.core.report;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.sim2real.core.data.ColumnRoles;
import org.sim2real.core.data.TargetUnits;
import org.sim2real.core.scaling.curve.Format;
import org.sim2real.core.study.DesignJson;
import org.sim2real.core.study.StudyRunner;

/**
 * What the fitted error is called and measured in, for sentences: "test MAE of 0.400 eV".
 *
 * @param label the error's name, e.g. "MAE" or "RMSE"
 * @param unit its unit, e.g. "eV", or null when unknown (numbers are then written bare)
 */
public record ErrorMeasure(String label, @Nullable String unit) {
  public static final ErrorMeasure MAE = new ErrorMeasure("MAE", null);

  /** Longest accepted label or unit: both end up in headings and the chart axis. */
  static final int MAX_LENGTH = 40;

  public ErrorMeasure {
    if (label.isBlank()) {
      throw new IllegalArgumentException("the error needs a name, e.g. MAE");
    }
    if (label.length() > MAX_LENGTH || (unit != null && unit.length() > MAX_LENGTH)) {
      throw new IllegalArgumentException(
          "error name and unit must be at most " + MAX_LENGTH + " characters");
    }
    label = label.strip();
    unit = unit == null || unit.isBlank() ? null : unit.strip();
  }

  /**
   * The measure a learning-curve table is fitted on, named as the reader picks it: the requested
   * column, else the first of mae, error, rmse in the header (reads only the header line); in the
   * given unit, else in the unit the study's target column announces ({@link #studyUnit}).
   */
  public static ErrorMeasure ofTable(Path dirOrTable, @Nullable String column, @Nullable String unit) {
    if (unit == null || unit.isBlank()) {
      unit = studyUnit(dirOrTable);
    }
    if (column != null && !column.isBlank()) {
      return new ErrorMeasure(label(column.strip()), unit);
    }
    Path file = Files.isDirectory(dirOrTable) ? dirOrTable.resolve("cells.csv") : dirOrTable;
    List<String> header = List.of();
    try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line = reader.readLine();
      if (line != null) {
        header = Arrays.stream(line.replace("\uFEFF", "").replace("\"", "").split("[,;\t]"))
            .map(c -> c.strip().toLowerCase(Locale.ROOT)).toList();
      }
    } catch (IOException | RuntimeException e) {
      // the reader reports unreadable tables with file and line; the name is a nicety
    }
    for (String candidate : List.of("mae", "error", "rmse")) {
      if (header.contains(candidate)) {
        return new ErrorMeasure(label(candidate), unit);
      }
    }
    return new ErrorMeasure("MAE", unit);
  }

  /**
   * The unit of the errors of a study's results folder: the one its experimental target column's
   * name announces ("band_gap_eV" -> "eV", see {@link TargetUnits}), read from the design.json next
   * to the table; null for a table without one, a design without a named target or a name without
   * a unit.
   */
  public static @Nullable String studyUnit(Path dirOrTable) {
    Path table = Files.isDirectory(dirOrTable) ? dirOrTable.resolve("cells.csv") : dirOrTable;
    Path folder = table.toAbsolutePath().getParent();
    Path design = folder == null ? null : folder.resolve(StudyRunner.DESIGN_FILE);
    if (design == null || !Files.isRegularFile(design)) {
      return null;
    }
    try {
      ColumnRoles roles = DesignJson.read(design).experimental().roles();
      String unit = roles == null ? null : TargetUnits.of(roles.target());
      return unit == null || unit.length() > MAX_LENGTH ? null : unit;
    } catch (RuntimeException e) {
      return null; // a damaged design is reported where it matters (the stamp); a unit is a nicety
    }
  }

  private static String label(String column) {
    String lower = column.toLowerCase(Locale.ROOT);
    return lower.equals("mae") || lower.equals("rmse") ? lower.toUpperCase(Locale.ROOT)
        : column.length() > MAX_LENGTH ? column.substring(0, MAX_LENGTH) : column;
  }

  /** "0.400 eV", or "0.400" without a unit. */
  public String value(double error) {
    return Format.error(error) + (unit == null ? "" : " " + unit);
  }

  /** "test MAE". */
  public String name() {
    return "test " + label;
  }
}
