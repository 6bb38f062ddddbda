package org.sim2real.core.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.sim2real.core.scaling.curve.LearningCurveReader;
import org.sim2real.core.scaling.curve.LearningCurveTable;
import org.sim2real.core.scaling.curve.Observation;
import org.sim2real.core.scaling.fit.FitOptions;
import org.sim2real.core.scaling.fit.ScalingAnalysis;
import org.sim2real.core.scaling.fit.ScalingAnalyzer;
import org.sim2real.core.scaling.teaching.TeachingCurveGenerator;
import org.sim2real.core.scaling.teaching.TeachingCurveSpec;
import org.sim2real.core.study.DesignJson;
import org.sim2real.core.study.RunLedger;
import org.sim2real.core.study.StudyDesign;

/** Learning-curve tables and results folders for the memo tests. */
final class MemoFixtures {
  /** 200 resamples: intervals are there, tests stay fast. */
  static final FitOptions OPTIONS = FitOptions.defaults().withBootstrap(200, 42);

  /** A fixed date for stamps. */
  static final Clock CLOCK = Clock.fixed(Instant.parse("2025-03-14T09:26:53Z"), ZoneOffset.UTC);

  /** True law of the synthetic curve: E(n) = 2 n^-0.3 + 0.2, scratch 0.45 at m = 500. */
  static final double D = 2.0;
  static final double ALPHA = 0.3;
  static final double C = 0.2;

  private MemoFixtures() {}

  static LearningCurveTable syntheticTable() {
    return TeachingCurveGenerator.generate(
        TeachingCurveSpec.of(D, ALPHA, C, 11).withScratch(0.45, 500));
  }

  /** The synthetic curve written as a plain CSV table, as a Python script would. */
  static Path syntheticCsv(Path dir) throws IOException {
    return write(syntheticTable(), dir.resolve("curve.csv"));
  }

  static ScalingAnalysis analyze(Path table) {
    return ScalingAnalyzer.analyze(LearningCurveReader.read(table, null), OPTIONS);
  }

  /** Three m values with scratch rows at each: the scratch curve E0(m) and E(n, m) can be fitted. */
  static LearningCurveTable gridTable() {
    return TeachingCurveGenerator.generate(
        TeachingCurveGenerator.logSpacedSizes(100, 100_000, 8), List.of(100, 300, 1000), 5, 0.02,
        8, (n, m) -> 5 * (0.05 + Math.pow(n, -0.3)) * Math.pow(m, -0.25),
        m -> 1.2 * Math.pow(m, -0.3) + 0.02);
  }

  /**
   * A results folder as the study runner leaves it: design.json naming the data files relative to
   * the folder's parent, ledger.jsonl with the design hash, and cells.csv.
   */
  static Path resultsFolder(Path root, String simulationPath, String designHash) throws IOException {
    Path results = Files.createDirectories(root.resolve("results"));
    StudyDesign design = StudyDesign.paperProtocolBandgap(simulationPath, "data/exp.csv")
        .withSeed(7).withRepetitions(5);
    DesignJson.write(design, results.resolve("design.json"));
    RunLedger.open(results, designHash).close();
    write(syntheticTable(), results.resolve("cells.csv"));
    return results;
  }

  static Path write(LearningCurveTable table, Path file) throws IOException {
    StringBuilder csv = new StringBuilder("strategy,n,m,repetition,mae\n");
    for (Observation o : table.observations()) {
      csv.append(String.format(Locale.ROOT, "\"%s\",%d,%d,%d,%.6f%n",
          o.strategy().replace("\"", "\"\""), o.n(), o.m(), o.repetition(), o.error()));
    }
    return Files.writeString(file, csv);
  }
}
