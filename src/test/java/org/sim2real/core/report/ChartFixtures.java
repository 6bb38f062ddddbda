package org.sim2real.core.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.sim2real.core.scaling.curve.BandGapReferenceFixture;
import org.sim2real.core.scaling.curve.LearningCurveReader;
import org.sim2real.core.scaling.curve.LearningCurveTable;
import org.sim2real.core.scaling.fit.FitOptions;
import org.sim2real.core.scaling.fit.ScalingAnalysis;
import org.sim2real.core.scaling.fit.ScalingAnalyzer;
import org.sim2real.core.scaling.teaching.TeachingCurveGenerator;
import org.sim2real.core.scaling.teaching.TeachingCurveSpec;

/** Analyses the chart tests draw: a synthetic curve with a known law and the band-gap study. */
final class ChartFixtures {
  /** 200 resamples: intervals are there, tests stay fast. */
  static final FitOptions OPTIONS = FitOptions.defaults().withBootstrap(200, 42);

  private ChartFixtures() {}

  /** E(n) = 2 n^-0.3 + 0.2 over 100..100,000 with a scratch baseline at 0.45, m = 500. */
  static LearningCurveTable syntheticTable() {
    return TeachingCurveGenerator.generate(
        TeachingCurveSpec.of(2.0, 0.3, 0.2, 11).withScratch(0.45, 500));
  }

  static ScalingAnalysis synthetic() {
    return ScalingAnalyzer.analyze(syntheticTable(), OPTIONS);
  }

  /** The band-gap reference study (src/site/BENCHMARK.md), repetitions synthesized from its summary. */
  static ScalingAnalysis bandGap() {
    return ScalingAnalyzer.analyze(bandGapTable(), OPTIONS);
  }

  static LearningCurveTable bandGapTable() {
    try {
      Path dir = Files.createTempDirectory("bandgap-chart");
      Path cells = BandGapReferenceFixture.writeCellsCsv(dir, 7);
      LearningCurveTable table = LearningCurveReader.read(cells, null);
      Files.delete(cells);
      Files.delete(dir);
      return table;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A curve that is flat up to n = 5,000 and then steepens, which the analysis fits with the broken
   * power law (the power law with offset misses its own later sizes).
   */
  static ScalingAnalysis broken() {
    List<Long> sizes = TeachingCurveGenerator.logSpacedSizes(100, 100_000, 10);
    LearningCurveTable table = TeachingCurveGenerator.generate(sizes, List.of(500), 5, 0.02, 4,
        (n, m) -> n < 5000 ? 0.5 * Math.pow(n / 5000.0, -0.05) : 0.5 * Math.pow(n / 5000.0, -0.5),
        null);
    return ScalingAnalyzer.analyze(table, OPTIONS);
  }

  /** Two strategies at two m values each, for toggles and the error-against-m chart. */
  static LearningCurveTable grid() {
    List<Long> sizes = TeachingCurveGenerator.logSpacedSizes(100, 100_000, 8);
    return TeachingCurveGenerator.generate(sizes, List.of(200, 1000), 4, 0.02, 5,
        (n, m) -> (0.3 + 3 * Math.pow(n, -0.35)) * Math.pow(m / 200.0, -0.2),
        m -> 0.9 * Math.pow(m / 200.0, -0.25));
  }
}
