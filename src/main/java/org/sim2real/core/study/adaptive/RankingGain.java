package org.sim2real.core.study.adaptive;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.sim2real.core.scaling.curve.LearningCurve;
import org.sim2real.core.scaling.curve.LearningCurveTable;
import org.sim2real.core.scaling.fit.ForecastDraws;

/**
 * How much a measurement of one source is expected to narrow the interval of the paired difference
 * between the leading source's error and the runner-up's at the budget: the idea of {@link
 * ExpectedGain} (ensemble-linear: across the draws the difference q moves with a source's log error
 * y(n) with slope beta = cov(q, y) / var(y); measuring lowers var(y(n)) by dV, so var(q) falls by
 * beta² dV), applied to two sources (README, "Adaptive studies", the ranking).
 *
 * <p>How the draws are lined up: {@link org.sim2real.core.scaling.forecast.SourceComparison}'s
 * paired error of a source in draw b is its mean curve of draw b (the law refitted to bootstrap
 * resample b, which every source's curve shares, as all come from one analysis of one table)
 * times exp(sigma e_b), with extrapolation deviates e_b of its own that it keeps private. So q is
 * split in two: its mean-curve part, the runner-up's mean curve at its rows minus the leader's at
 * theirs, which lines up draw by draw with a source's mean-curve log error at a candidate n (the
 * regression above); and its extrapolation part, independent of everything measured, of variance
 * about (E_s sigma_s(n_s))² for each of the two where its rows lie beyond its largest measured n.
 * Only a new size of that source beyond its largest measured one shrinks that part, to
 * (E_s sigma_s(n_s, new largest))². The expected narrowing is the fall of the standard deviation of
 * both parts together, as a share of it.
 */
final class RankingGain {
  private final RankingDraws draws;
  private final String leader;
  private final String runnerUp;
  private final double[] question;
  private final double bootstrapVariance;
  private final double extrapolationVariance;
  private final LearningCurveTable table;
  private final AdaptiveGrid grid;
  private final Map<String, double[]> perSource = new HashMap<>();

  RankingGain(RankingDraws draws, LearningCurveTable table, AdaptiveGrid grid) {
    if (draws.ranked.size() < 2) {
      throw new IllegalArgumentException("a ranking's gain needs two sources with a law");
    }
    this.draws = draws;
    this.table = table;
    this.grid = grid;
    this.leader = draws.ranked.get(0);
    this.runnerUp = draws.ranked.get(1);
    ForecastDraws a = forecast(leader);
    ForecastDraws b = forecast(runnerUp);
    double[] ea = a.meanCurve(rows(leader));
    double[] eb = b.meanCurve(rows(runnerUp));
    double[] q = new double[ea.length];
    for (int i = 0; i < q.length; i++) {
      q[i] = eb[i] - ea[i];
    }
    this.question = ExpectedGain.clip(q);
    this.bootstrapVariance = ExpectedGain.variance(question);
    this.extrapolationVariance = extrapolationVariance(leader, largest(leader))
        + extrapolationVariance(runnerUp, largest(runnerUp));
  }

  /** The difference's standard deviation on the planner's scale (0 when unknown). */
  double standardDeviation() {
    return Math.sqrt(Math.max(0, bootstrapVariance + extrapolationVariance));
  }

  /**
   * The expected fall of the difference's standard deviation, as a share of it, when size n of
   * {@code source} gets {@code newRepetitions} more, having {@code measuredRepetitions} now.
   */
  double narrowing(String source, int n, int measuredRepetitions, int newRepetitions) {
    double sd = standardDeviation();
    if (!(sd > 0)) {
      return 0;
    }
    double fall = 0;
    ForecastDraws f = draws.forecast(source);
    if (f != null && bootstrapVariance > 0) {
      double[] y = ExpectedGain.clip(log(f.meanCurve(n)));
      double[] pair = ExpectedGain.covarianceAndVariance(question, y);
      if (pair[1] > 0) {
        double[] noise = noise(source);
        double dv = measuredRepetitions == 0
            ? pair[1] - (noise[1] + noise[0] / newRepetitions)
            : noise[0] / measuredRepetitions
                - noise[0] / (measuredRepetitions + newRepetitions);
        // the part every measured point shares (the test set) cancels in the paired difference,
        // so q is regressed on the rest of y: var(y) - v0
        double own = pair[1] - noise[1] > 0 ? pair[1] - noise[1] : pair[1];
        double beta = pair[0] / own;
        fall += Math.min(bootstrapVariance, beta * beta * Math.max(0, dv));
      }
    }
    if (measuredRepetitions == 0 && (source.equals(leader) || source.equals(runnerUp))
        && n > largest(source)) {
      fall += extrapolationVariance(source, largest(source))
          - extrapolationVariance(source, n);
    }
    double total = bootstrapVariance + extrapolationVariance;
    return (sd - Math.sqrt(Math.max(0, total - Math.min(total, fall)))) / sd;
  }

  private ForecastDraws forecast(String key) {
    ForecastDraws f = draws.forecast(key);
    if (f == null) {
      throw new IllegalStateException("no law for " + key);
    }
    return f;
  }

  private double rows(String key) {
    Double n = draws.rows.get(key);
    if (n == null) {
      throw new IllegalStateException("no cost per row for " + key);
    }
    return n;
  }

  private double largest(String key) {
    return forecast(key).largestN();
  }

  /** About (E sigma)²: the extrapolation part of a source's error at its rows. */
  private double extrapolationVariance(String key, double largestMeasured) {
    ForecastDraws f = forecast(key);
    double n = rows(key);
    double sigma = f.extrapolation().sigma(n, largestMeasured);
    double e = f.point(n);
    return Double.isFinite(e) ? e * e * sigma * sigma : 0;
  }

  /**
   * A source's noise of one repetition's log error (pooled over its measured sizes) and the part
   * every measured point of it shares (the test set: the smallest var(y) - s² / k over its sizes).
   */
  private double[] noise(String key) {
    return perSource.computeIfAbsent(key, k -> {
      LearningCurve curve = table.curve(grid.strategyOf(k), curveM(k)).orElse(null);
      ForecastDraws f = draws.forecast(k);
      if (curve == null || f == null) {
        return new double[] {ExpectedGain.DEFAULT_REPETITION_VARIANCE, 0};
      }
      double s2 = ExpectedGain.pooledRepetitionVariance(curve);
      double shared = Double.POSITIVE_INFINITY;
      for (int j = 0; j < curve.sizeCount(); j++) {
        double v = ExpectedGain.variance(ExpectedGain.clip(log(f.meanCurve(curve.size(j)))))
            - s2 / Math.max(1, curve.repetitionCount(j));
        shared = Math.min(shared, Math.max(0, v));
      }
      return new double[] {s2, Double.isFinite(shared) ? shared : 0};
    });
  }

  private int curveM(String key) {
    var curve = draws.curves.get(key);
    return curve == null ? grid.m() : curve.m();
  }

  private static double[] log(double[] values) {
    return Arrays.stream(values).map(v -> v > 0 ? Math.log(v) : Double.NaN).toArray();
  }
}
