package org.sim2real.core.scaling.forecast;

import java.util.SplittableRandom;
import org.jspecify.annotations.Nullable;
import org.sim2real.core.scaling.curve.Estimate;
import org.sim2real.core.scaling.curve.Interval;
import org.sim2real.core.scaling.curve.Percentiles;
import org.sim2real.core.scaling.fit.CurveAnalysis;
import org.sim2real.core.scaling.fit.ForecastDraws;
import org.sim2real.core.scaling.fit.TrustLevel;

/**
 * One source of a {@link SourceComparison} with its own extrapolation deviates (see there why they
 * are not shared between sources): its error draws at any n and its row of the comparison.
 */
final class SourceDraws {
  private final SourceComparison.Input in;
  private final @Nullable ForecastDraws draws;
  private final double[] deviates;

  SourceDraws(SourceComparison.Input in, long seed) {
    this.in = in;
    this.draws = in.curve().fit() == null || in.curve().draws() == null ? null
        : in.curve().draws().forecast();
    SplittableRandom random = new SplittableRandom(seed);
    this.deviates = new double[draws == null ? 0 : draws.count()];
    for (int b = 0; b < deviates.length; b++) {
      deviates[b] = random.nextGaussian();
    }
  }

  /** Forecast draws of the error at n (the mean curve where n is measured), null without a law. */
  double @Nullable [] errors(double n) {
    if (draws == null) {
      return null;
    }
    double sigma = draws.extrapolation().sigma(n, draws.largestN());
    double[] values = draws.meanCurve(n);
    for (int b = 0; b < values.length; b++) {
      values[b] *= Math.exp(sigma * deviates[b]);
    }
    return values;
  }

  double rows(double budget) {
    Double cost = in.costPerRow();
    return cost == null ? Double.NaN : budget / cost;
  }

  /** A forecast beyond the measured sizes from a curve graded do not extrapolate. */
  boolean extrapolatesBadly(double n) {
    return n > in.curve().largestMeasuredN()
        && in.curve().trust().level() == TrustLevel.DO_NOT_EXTRAPOLATE;
  }

  boolean beyond(double n) {
    return n > Forecaster.STOP_FACTOR * in.curve().largestMeasuredN();
  }

  String name() {
    return in.name();
  }

  /** The fitted law's error at n (NaN without a law). */
  double point(double n) {
    return draws == null ? Double.NaN : draws.point(n);
  }

  Estimate estimate(double n) {
    double[] e = errors(n);
    return draws == null || e == null ? new Estimate(Double.NaN, Interval.NONE)
        : new Estimate(draws.point(n), Percentiles.interval(e));
  }

  SourceComparison.SourceResult result(double commonN, SourceComparison.Question question) {
    CurveAnalysis curve = in.curve();
    boolean fitted = draws != null;
    Estimate none = new Estimate(Double.NaN, Interval.NONE);
    Estimate alpha = fitted && curve.hasParameter("alpha") ? curve.parameter("alpha").estimate()
        : none;
    Estimate floor = fitted && curve.hasParameter("C") ? curve.parameter("C").estimate() : none;
    Estimate required = null;
    Estimate cost = null;
    if (question.target() != null) {
      required = draws == null ? none : requiredN(draws, question.target());
      Double perRow = in.costPerRow();
      cost = perRow == null ? null : new Estimate(required.value() * perRow,
          new Interval(required.lower() * perRow, required.upper() * perRow));
    }
    SourceComparison.BudgetOutcome budget = null;
    if (question.budget() != null) {
      double n = rows(question.budget());
      budget = new SourceComparison.BudgetOutcome(n, estimate(n), beyond(n));
    }
    return new SourceComparison.SourceResult(in.name(), curve.strategy(), curve.trust(), fitted, alpha, floor,
        curve.largestMeasuredN(), estimate(commonN), required, cost, budget);
  }

  /** n*(T) of the law with the interval of the draws (the upper end infinite when > 5% never). */
  private static Estimate requiredN(ForecastDraws draws, double target) {
    double point = draws.requiredNOfLaw(target);
    Interval interval = Percentiles.intervalAllowingInfinity(draws.requiredN(target));
    return new Estimate(Double.isInfinite(point) ? Double.NaN : point, interval);
  }
}
