package org.sim2real.core.scaling.synthetic;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import org.sim2real.core.scaling.curve.Interval;
import org.sim2real.core.scaling.curve.LearningCurveTable;
import org.sim2real.core.scaling.curve.Percentiles;
import org.sim2real.core.scaling.fit.CurveAnalysis;
import org.sim2real.core.scaling.fit.FitOptions;
import org.sim2real.core.scaling.fit.ForecastDraws;
import org.sim2real.core.scaling.fit.ScalingAnalyzer;
import org.sim2real.core.scaling.fit.TrustLevel;
import org.sim2real.core.scaling.forecast.DataNeedForecast;
import org.sim2real.core.scaling.forecast.Forecaster;
import org.sim2real.core.scaling.forecast.ForecastRequest;

/**
 * Measures the coverage of the analysis's 90% intervals over seeded synthetic studies: alpha, C,
 * n* for a target the truth reaches at 3x the largest size, and the error at 10x the largest size;
 * and how often a forecast at 10x graded good misses. Used by {@code CoverageTest} and, with more
 * studies, from the command line.
 */
public final class CoverageRun {
  /** The outcome of one study. */
  public record Outcome(boolean alpha, boolean floor, boolean requiredN, boolean errorAt10x,
      TrustLevel tenfoldGrade, TrustLevel fitGrade) {}

  /** Coverage shares over all studies. */
  public record Summary(int studies, double alpha, double floor, double requiredN,
      double errorAt10x, int goodAt10x, int goodMissesAt10x, int[] grades) {
    public String describe() {
      return String.format(Locale.ROOT, "%d studies: alpha %.3f, C %.3f, n* %.3f, E(10x) %.3f;"
          + " 10x forecasts graded good %d, missed %d; fit grades good/caution/dne %d/%d/%d",
          studies, alpha, floor, requiredN, errorAt10x, goodAt10x, goodMissesAt10x, grades[0],
          grades[1], grades[2]);
    }
  }

  private CoverageRun() {}

  public static Outcome study(TrueCurve truth, LearningCurveTable table, int draws, long seed) {
    FitOptions options = FitOptions.defaults().withBootstrap(draws, seed);
    var study = ScalingAnalyzer.analyze(table, options);
    CurveAnalysis curve = study.curves().get(0);
    double largest = curve.largestMeasuredN();
    if (curve.fit() == null) {
      return new Outcome(false, false, false, false, TrustLevel.DO_NOT_EXTRAPOLATE,
          curve.trust().level());
    }
    ForecastDraws forecast = curve.draws().forecast();
    double target = truth.value(3 * largest);
    DataNeedForecast need = Forecaster.forecast(study, curve, ForecastRequest.forTarget(target))
        .dataNeed();
    Interval nStar = Percentiles.intervalAllowingInfinity(forecast.requiredN(target));
    Interval at10 = forecast.forecastInterval(10 * largest);
    TrustLevel tenfold = Forecaster.forecast(study, curve, ForecastRequest.forTarget(null))
        .marginalValue().trust().level();
    return new Outcome(
        curve.parameter("alpha").interval().contains(truth.alpha()),
        curve.parameter("C").interval().contains(truth.floor()),
        nStar.contains(truth.requiredN(target)),
        at10.contains(truth.value(10 * largest)),
        tenfold, curve.trust().level());
  }

  /** Runs studies k = 0 .. count - 1 on the given number of threads. */
  public static Summary run(int count, int threads, long baseSeed,
      Function<SplittableRandom, TrueCurve> truths, int repetitions, int testRows, int draws)
      throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<Outcome>> futures = new ArrayList<>();
      for (int k = 0; k < count; k++) {
        long seed = baseSeed + k;
        futures.add(pool.submit(() -> {
          TrueCurve truth = truths.apply(new SplittableRandom(seed * 7919));
          LearningCurveTable table =
              SyntheticStudy.generate(truth, SyntheticStudy.SIZES, repetitions, testRows, seed);
          return study(truth, table, draws, seed);
        }));
      }
      int a = 0;
      int c = 0;
      int n = 0;
      int e = 0;
      int good = 0;
      int goodMiss = 0;
      int[] grades = new int[3];
      for (Future<Outcome> f : futures) {
        Outcome o = f.get();
        a += o.alpha() ? 1 : 0;
        c += o.floor() ? 1 : 0;
        n += o.requiredN() ? 1 : 0;
        e += o.errorAt10x() ? 1 : 0;
        grades[o.fitGrade().ordinal()]++;
        if (o.tenfoldGrade() == TrustLevel.GOOD) {
          good++;
          goodMiss += o.errorAt10x() ? 0 : 1;
        }
      }
      return new Summary(count, (double) a / count, (double) c / count, (double) n / count,
          (double) e / count, good, goodMiss, grades);
    } finally {
      pool.shutdownNow();
    }
  }

  /** {@code CoverageRun STUDIES [broken|floor] [TEST_ROWS] [DRAWS]}. */
  public static void main(String[] args) throws Exception {
    int count = args.length > 0 ? Integer.parseInt(args[0]) : 50;
    boolean floor = args.length > 1 && args[1].equals("floor");
    int rows = args.length > 2 ? Integer.parseInt(args[2]) : 921;
    int draws = args.length > 3 ? Integer.parseInt(args[3]) : 200;
    long start = System.nanoTime();
    long base = args.length > 4 ? Long.parseLong(args[4]) : 5000;
    Summary s = run(count, 2, base, floor ? TrueCurve::powerLawWithFloor
        : TrueCurve::brokenPowerLaw, 5, rows, draws);
    System.out.println(s.describe() + String.format(Locale.ROOT, " (%.0f s)",
        (System.nanoTime() - start) / 1e9));
  }
}
