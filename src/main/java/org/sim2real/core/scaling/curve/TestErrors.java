package org.sim2real.core.scaling.curve;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The per-test-row errors of the finished cells of one results folder, as read by {@link
 * TestErrorsFile#read}.
 *
 * @param file the test-errors file read
 * @param designHash the design the errors belong to
 * @param testRows T, the number of test rows: every residual array has this length, and index i
 *     is the same experimental test row in every cell
 * @param residuals per cell id ({@link CellId#text()}), prediction minus measured target of each
 *     test row, in the file's order of cells; only finished cells. The arrays are this object's
 *     own: callers must not modify them
 * @param warnings what was skipped and which finished cells have no residuals
 */
public record TestErrors(Path file, String designHash, int testRows,
    Map<String, float[]> residuals, List<String> warnings) {
  public TestErrors {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(designHash, "designHash");
    if (testRows < 1) {
      throw new IllegalArgumentException("testRows must be positive, got " + testRows);
    }
    for (Map.Entry<String, float[]> e : residuals.entrySet()) {
      if (e.getValue().length != testRows) {
        throw new IllegalArgumentException("cell " + e.getKey() + " has " + e.getValue().length
            + " residuals, expected " + testRows);
      }
    }
    residuals = Collections.unmodifiableMap(new LinkedHashMap<>(residuals));
    warnings = List.copyOf(warnings);
  }
}
