package org.sim2real.ui.scaling;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.sim2real.core.scaling.curve.BandGapReferenceFixture;
import org.sim2real.core.scaling.curve.LearningCurveTable;
import org.sim2real.core.scaling.curve.Observation;
import org.sim2real.core.scaling.teaching.TeachingCurveGenerator;

/** Learning-curve files for the screen tests, written as users would bring them. */
final class ChartTestTables {
  private ChartTestTables() {}

  /** The band-gap reference study as the study engine's cells.csv in dir. */
  static Path bandGapCells(Path dir) throws IOException {
    return BandGapReferenceFixture.writeCellsCsv(dir, 7);
  }

  /** Two m values, one strategy, with scratch rows: a plain CSV as a Python script would write. */
  static Path gridCsv(Path dir) throws IOException {
    List<Long> sizes = TeachingCurveGenerator.logSpacedSizes(100, 100_000, 8);
    LearningCurveTable table = TeachingCurveGenerator.generate(sizes, List.of(200, 1000), 4, 0.02,
        5, (n, m) -> (0.3 + 3 * Math.pow(n, -0.35)) * Math.pow(m / 200.0, -0.2),
        m -> 0.9 * Math.pow(m / 200.0, -0.25));
    return write(table, dir.resolve("grid.csv"));
  }

  static Path write(LearningCurveTable table, Path file) throws IOException {
    StringBuilder csv = new StringBuilder("strategy,n,m,repetition,mae\n");
    for (Observation o : table.observations()) {
      csv.append(String.format(Locale.ROOT, "%s,%d,%d,%d,%.6f%n", o.strategy(), o.n(), o.m(),
          o.repetition(), o.error()));
    }
    return Files.writeString(file, csv);
  }
}
