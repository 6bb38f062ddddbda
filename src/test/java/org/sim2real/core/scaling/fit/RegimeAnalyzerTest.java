package org.sim2real.core.scaling.fit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sim2real.core.scaling.curve.Interval;
import org.sim2real.core.scaling.curve.LearningCurve;
import org.sim2real.core.scaling.curve.LearningCurveReader;
import org.sim2real.core.scaling.curve.LearningCurveTable;
import org.sim2real.core.scaling.curve.Observation;
import org.sim2real.core.scaling.curve.PointSummary;
import org.sim2real.core.scaling.curve.StudyDraws;

/** The transfer gain over the scratch baseline, on a table read from a plain CSV file. */
class RegimeAnalyzerTest {
  @TempDir Path dir;

  @Test
  void repetitionsArePairedAcrossSizesInTheBootstrap() throws IOException {
    // every repetition is 0.1 above its own baseline at every n: the gain never varies
    StringBuilder csv = new StringBuilder("n,rep,mae\n");
    for (int r = 0; r < 6; r++) {
      double base = 0.5 + 0.03 * r;
      csv.append("0,").append(r).append(',').append(base).append('\n');
      csv.append("100,").append(r).append(',').append(base - 0.1).append('\n');
      csv.append("1000,").append(r).append(',').append(base - 0.2).append('\n');
    }
    Files.writeString(dir.resolve("t.csv"), csv);
    LearningCurveTable table = LearningCurveReader.read(dir.resolve("t.csv"), null);
    LearningCurve curve = table.curve("transfer", Observation.M_NOT_GIVEN).orElseThrow();
    StudyDraws resampler = new StudyDraws(table, 200, 3);
    List<PointSummary> points = PointSummary.of(curve, resampler);
    RegimeAssessment regime = RegimeAnalyzer.assess(curve, points,
        table.baseline(Observation.M_NOT_GIVEN).orElseThrow(), resampler);
    Interval gain = regime.gains().get(0).gain().interval();
    assertEquals(0.1, gain.lower(), 1e-12);
    assertEquals(0.1, gain.upper(), 1e-12);
    assertTrue(points.get(0).interval().upper() - points.get(0).interval().lower() > 0.01,
        "each point alone still varies between resamples");
  }
}
