package org.sim2real.core.scaling.fit;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.sim2real.core.scaling.curve.LearningCurveTable;
import org.sim2real.core.scaling.curve.StudyDraws;
import org.sim2real.core.scaling.curve.StudyResults;
import org.sim2real.core.scaling.synthetic.SyntheticStudy;
import org.sim2real.core.scaling.synthetic.TrueCurve;

/**
 * Computes the bundled extrapolation spread ({@link ExtrapolationCalibration}) from the calibration
 * curves: seeded synthetic broken power laws and power laws with floors (the noise of {@link
 * SyntheticStudy}), and the demo studies' results in sample-data. For every curve the analysis runs
 * with no spread of its own, and the recent back-test predictions of its law's form give s^2 = sum
 * (l^2 - v) / sum f^2, at least 0 (see {@link ExtrapolationCalibration}). The coverage it reports is that
 * of the widened bands over the same predictions, each curve judged with s from the other curves.
 *
 * <p>{@code ExtrapolationCalibrationTool [--write]} prints the result and with {@code --write}
 * writes resources/calibration/extrapolation.json; {@code ExtrapolationCalibrationTest} checks that
 * the bundled file is what this computes.
 */
public final class ExtrapolationCalibrationTool {
  /** Seeded synthetic curves of each kind (broken power law, power law with floor). */
  static final int SYNTHETIC_CURVES = 24;

  static final int DRAWS = 200;

  /** One curve's evidence: the sum of excess squared log errors and of squared decades. */
  record Evidence(String curve, double excess, double decades, List<double[]> predictions) {}

  /** The calibration computed from the evidence of all curves. */
  record Result(double perDecade, double priorWeight, int backTests, double coverage,
      List<Evidence> curves) {
    String json() {
      return String.format(Locale.ROOT, """
          {
            "description": "Spread of the log error of forecasts per decade of extrapolation, \
          measured by rolling-origin back-tests of the analysis on %d calibration curves (synthetic \
          broken power laws and power laws with floors, and the demo studies). Written by \
          ExtrapolationCalibrationTool (src/test); do not edit by hand.",
            "perDecade": %.6f,
            "priorWeight": %.6f,
            "backTests": %d,
            "coverage": %.4f
          }
          """, curves.size(), perDecade, priorWeight, backTests, coverage);
    }
  }

  private ExtrapolationCalibrationTool() {}

  /** The calibration curves' tables (synthetic ones generated, demos read when present). */
  static List<LearningCurveTable> curves(Path sampleData) {
    List<LearningCurveTable> tables = new ArrayList<>();
    for (int k = 0; k < SYNTHETIC_CURVES; k++) {
      long seed = 90_000 + k;
      tables.add(SyntheticStudy.generate(
          TrueCurve.brokenPowerLaw(new SplittableRandom(seed)), SyntheticStudy.SIZES, 5, 921, seed));
      tables.add(SyntheticStudy.generate(TrueCurve.powerLawWithFloor(
          new SplittableRandom(seed + 500)), SyntheticStudy.SIZES, 5, 921, seed + 500));
    }
    for (String demo : List.of("bandgap", "synthetic", "polymer")) {
      Path results = sampleData.resolve(demo).resolve("results");
      if (Files.isDirectory(results)) {
        // read as the workbench reads a results folder: with its per-test-row errors
        tables.add(StudyResults.read(results, null));
      }
    }
    return tables;
  }

  static Evidence evidence(LearningCurveTable table) {
    StudyDraws draws = new StudyDraws(table, DRAWS, 11);
    FitOptions options = FitOptions.defaults().withBootstrap(DRAWS, 11);
    ExtrapolationCalibration none = new ExtrapolationCalibration(0, 1, 0, 0);
    double excess = 0;
    double decades = 0;
    List<double[]> predictions = new ArrayList<>();
    for (String strategy : table.transferStrategies()) {
      for (int m : table.mValues(strategy)) {
        var curve = table.curve(strategy, m).orElseThrow();
        CurveAnalysis analysis = CurveAnalyzer.analyze(curve, table.baseline(m).orElse(null),
            draws, options, none, null, table.sharesTestSet());
        for (BackTest t : analysis.lawBackTests().tests()) {
          double f = Math.log10(t.extrapolationFactor());
          excess += t.logError() * t.logError() - t.logSpread() * t.logSpread();
          decades += f * f;
          predictions.add(new double[] {t.logError(), t.logSpread(), f});
        }
      }
    }
    return new Evidence(table.source(), excess, decades, predictions);
  }

  static Result compute(List<LearningCurveTable> tables, int threads) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    List<Evidence> evidence = new ArrayList<>();
    try {
      List<Future<Evidence>> futures = new ArrayList<>();
      for (LearningCurveTable t : tables) {
        futures.add(pool.submit(() -> evidence(t)));
      }
      for (Future<Evidence> f : futures) {
        evidence.add(f.get());
      }
    } finally {
      pool.shutdownNow();
    }
    double excess = evidence.stream().mapToDouble(Evidence::excess).sum();
    double decades = evidence.stream().mapToDouble(Evidence::decades).sum();
    double perDecade = Math.sqrt(Math.max(0, excess) / decades);
    // the bundled value counts as much as the evidence of one typical curve
    double priorWeight = decades / evidence.size();
    int count = 0;
    int inside = 0;
    for (Evidence e : evidence) {
      double s = Math.sqrt(Math.max(0, excess - e.excess()) / (decades - e.decades()));
      for (double[] p : e.predictions()) {
        double spread = Math.sqrt(p[1] * p[1] + s * s * p[2] * p[2]);
        count++;
        inside += Math.abs(p[0]) <= 1.6448536269514722 * spread ? 1 : 0;
      }
    }
    return new Result(perDecade, priorWeight, count, (double) inside / count, evidence);
  }

  public static void main(String[] args) throws Exception {
    Result result = compute(curves(Path.of("sample-data")), 2);
    System.out.print(result.json());
    if (args.length > 0 && args[0].equals("--write")) {
      Files.writeString(Path.of("resources", "calibration", "extrapolation.json"), result.json());
      System.out.println("written: resources/calibration/extrapolation.json");
    }
  }
}
