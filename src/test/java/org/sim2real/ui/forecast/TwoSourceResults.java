package org.sim2real.ui.forecast;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.sim2real.core.scaling.curve.LearningCurveTable;
import org.sim2real.core.scaling.curve.Observation;
import org.sim2real.core.scaling.synthetic.SyntheticStudy;
import org.sim2real.core.scaling.synthetic.TrueCurve;
import org.sim2real.core.study.DatasetSpec;
import org.sim2real.core.study.DesignJson;
import org.sim2real.core.study.SimulationSource;
import org.sim2real.core.study.SyntheticStudyFiles;

/**
 * A small results folder of a study with two simulation sources, as the runner leaves it for
 * {@code run --sim sim.csv --sim aflow=aflow.csv --cost aflow=0.5}: design.json naming the data
 * files (relative to the folder holding the results folder, where they are written too) and
 * cells.csv with the primary's curves ("finetune"), aflow's ("finetune@aflow") and one scratch
 * baseline. The known answer: aflow's floor is 0.15, the primary's 0.25, so aflow is better.
 * The experiments share 20 compositions with the primary's file (none with aflow's).
 */
final class TwoSourceResults {
  static final double SCRATCH = 0.9;
  static final TrueCurve BETTER = withFloor(0.15);
  static final TrueCurve WORSE = withFloor(0.25);
  /** Compositions of the primary's file that were also measured, and by how much higher. */
  static final int SHARED = 20;
  static final double SHARED_OFFSET = 0.4;
  static final int EXPERIMENT_ROWS = 90 + SHARED;
  private static final long SEED = 3;

  private TwoSourceResults() {}

  private static TrueCurve withFloor(double floor) {
    return new TrueCurve(floor, (0.8 - floor) * Math.pow(101, 0.4), 1, 0.4, SCRATCH);
  }

  /** Writes the data files into {@code dir} and the results into dir/results; returns cells.csv. */
  static Path write(Path dir, TrueCurve primary, TrueCurve aflow) throws IOException {
    writeData(dir);
    Files.writeString(dir.resolve("aflow.csv"), SyntheticStudyFiles.table(200, 31, true, "gap"));
    Path results = Files.createDirectories(dir.resolve("results"));
    DesignJson.write(SyntheticStudyFiles.design().withSources(List.of(
        new SimulationSource("aflow", DatasetSpec.of("aflow.csv"), 0.5, List.of()))),
        results.resolve("design.json"));
    LearningCurveTable first = SyntheticStudy.generateSource(primary, SyntheticStudy.SIZES, 5,
        400, SEED, 1000 + SEED);
    LearningCurveTable second = SyntheticStudy.generateSource(aflow, SyntheticStudy.SIZES, 5,
        400, SEED, 2000 + SEED);
    StringBuilder csv = new StringBuilder("strategy,n,m,repetition,mae\n");
    for (Observation o : first.observations()) {
      append(csv, o.strategy(), o);
    }
    for (Observation o : second.observations()) {
      if (!o.isBaseline()) {
        append(csv, o.strategy() + "@aflow", o);
      }
    }
    return Files.writeString(results.resolve("cells.csv"), csv);
  }

  /** The same folder with the primary source alone (no sources in the design, no aflow curves). */
  static Path writeOneSource(Path dir) throws IOException {
    writeData(dir);
    Path results = Files.createDirectories(dir.resolve("results"));
    DesignJson.write(SyntheticStudyFiles.design(), results.resolve("design.json"));
    StringBuilder csv = new StringBuilder("strategy,n,m,repetition,mae\n");
    for (Observation o : SyntheticStudy.generateSource(WORSE, SyntheticStudy.SIZES, 5, 400, SEED,
        1000 + SEED).observations()) {
      append(csv, o.strategy(), o);
    }
    return Files.writeString(results.resolve("cells.csv"), csv);
  }

  /**
   * sim.csv (300 rows) and exp.csv: 90 measured rows of other compositions and 20 of the first 20
   * simulated compositions, measured {@link #SHARED_OFFSET} above the simulated value.
   */
  private static void writeData(Path dir) throws IOException {
    String simulation = SyntheticStudyFiles.table(300, 11, true, "gap");
    Files.writeString(dir.resolve("sim.csv"), simulation);
    StringBuilder experiment = new StringBuilder(SyntheticStudyFiles.table(90, 12, false, "gap"));
    List<String> lines = simulation.lines().toList();
    for (String line : lines.subList(1, 1 + SHARED)) {
      int comma = line.lastIndexOf(',');
      experiment.append(line, 0, comma + 1).append(String.format(Locale.ROOT, "%.4f%n",
          Double.parseDouble(line.substring(comma + 1)) + SHARED_OFFSET));
    }
    Files.writeString(dir.resolve("exp.csv"), experiment);
  }

  private static void append(StringBuilder csv, String strategy, Observation o) {
    csv.append(String.format(Locale.ROOT, "%s,%d,%d,%d,%.6f%n", strategy, o.n(), o.m(),
        o.repetition(), o.error()));
  }
}
