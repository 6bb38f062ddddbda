package org.sim2real.core.scaling.forecast;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.sim2real.core.scaling.curve.Estimate;
import org.sim2real.core.scaling.curve.Format;
import org.sim2real.core.scaling.curve.Interval;
import org.sim2real.core.scaling.curve.Percentiles;
import org.sim2real.core.scaling.curve.PointSummary;
import org.sim2real.core.scaling.fit.CurveAnalysis;
import org.sim2real.core.scaling.fit.CurveDraws;
import org.sim2real.core.scaling.fit.LawFit;
import org.sim2real.core.scaling.fit.LawForm;
import org.sim2real.core.scaling.fit.ParameterEstimate;
import org.sim2real.core.scaling.fit.ScalingAnalysis;
import org.sim2real.core.scaling.fit.TrustAssessment;
import org.sim2real.core.scaling.fit.TrustLevel;

/**
 * Forecasts from a fitted {@link CurveAnalysis} (src/site/SCIENCE.md, "Derived quantities"): data need n*(T),
 * transfer gap, gain over scratch, m_eq, marginal value of 10x more simulation, budget advice and
 * the prediction band. Every interval is a percentile interval over the same bootstrap draws as the
 * fit, so no refitting happens here.
 */
public final class Forecaster {
  /** Beyond this factor over the largest measured n a forecast is at best CAUTION. */
  static final double CAUTION_FACTOR = 10;

  /** Beyond this factor a forecast is not to be trusted (more than two decades of extrapolation). */
  static final double STOP_FACTOR = 100;

  private Forecaster() {}

  public static CurveForecast forecast(
      ScalingAnalysis study, CurveAnalysis curve, ForecastRequest request) {
    EquivalentExperiments mEq = ExperimentComparisons.equivalentExperiments(study, curve);
    BudgetAdvice budget = ExperimentComparisons.budgetAdvice(study, curve, request);
    LawFit fit = curve.fit();
    CurveDraws draws = curve.draws();
    if (fit == null || draws == null) {
      return new CurveForecast(curve.strategy(), curve.m(), curve.trust(), null, null,
          "No law fitted, so no forecast: " + curve.trust().reason(), curve.regime().gains(), mEq,
          null, budget, null);
    }
    ParameterEstimate c = curve.parameter("C");
    String gapSentence = "Transfer gap C = " + Format.withInterval(c.estimate())
        + ": the floor that more simulation of this kind cannot remove"
        + (curve.bootstrap() == null ? "" : " (" + Format.percent(curve.bootstrap().floorAtZeroShare())
            + " of the refits put it at 0)") + ".";
    double bandMax = request.bandMaxN() != null ? request.bandMaxN() : 10.0 * curve.largestMeasuredN();
    return new CurveForecast(curve.strategy(), curve.m(), curve.trust(),
        request.target() == null ? null : dataNeed(curve, fit, draws, request.target()),
        c.estimate(), gapSentence, curve.regime().gains(), mEq, marginalValue(curve, fit, draws),
        budget, PredictionBand.of(curve, bandMax, request.bandPoints()));
  }

  static DataNeedForecast dataNeed(CurveAnalysis curve, LawFit fit, CurveDraws draws, double target) {
    double d = fit.parameter(0);
    double alpha = fit.parameter(1);
    double c = fit.parameter(2);
    double[] nDraws = draws.fit().map(p -> requiredN(p, target));
    double successes = Arrays.stream(nDraws).filter(v -> !Double.isNaN(v)).count();
    double unreachable =
        successes == 0 ? Double.NaN
            : Arrays.stream(nDraws).filter(Double::isInfinite).count() / successes;
    boolean intervals = curve.parameter("C").interval().isKnown();
    double nStar = requiredN(new double[] {d, alpha, c}, target);
    Estimate required = new Estimate(Double.isInfinite(nStar) ? Double.NaN : nStar,
        intervals && Double.isFinite(nStar) ? Percentiles.intervalAllowingInfinity(nDraws) : Interval.NONE);
    PointSummary reached =
        curve.points().stream().filter(p -> p.mean() <= target).findFirst().orElse(null);
    Long reachedAt = reached == null ? null : reached.n();
    long largest = curve.largestMeasuredN();
    DataNeedVerdict verdict = reachedAt != null ? DataNeedVerdict.ALREADY_REACHED
        : Double.isInfinite(nStar) ? DataNeedVerdict.UNREACHABLE : DataNeedVerdict.REACHABLE;
    double factor = Double.isFinite(nStar) ? nStar / largest : Double.NaN;
    Estimate floor = curve.parameter("C").estimate();
    String sentence = switch (verdict) {
      case ALREADY_REACHED -> "Target " + Format.error(target) + " already reached: measured "
          + Format.error(reached == null ? Double.NaN : reached.mean()) + " at n = "
          + Format.size(reachedAt == null ? 0 : reachedAt) + ".";
      case UNREACHABLE -> "Target " + Format.error(target) + " is unreachable by simulation alone"
          + " (floor C = " + Format.withInterval(floor) + "); " + Format.percent(unreachable)
          + " of the bootstrap refits agree (C >= target).";
      case REACHABLE -> "Target " + Format.error(target) + " needs n* = "
          + Format.sizeWithInterval(required) + " simulation samples, " + Format.value(factor)
          + "x the largest measured n; " + Format.percent(unreachable)
          + " of the bootstrap refits find it unreachable (C >= target).";
    };
    return new DataNeedForecast(target, verdict, required, unreachable, reachedAt, floor, factor,
        forecastTrust(curve.trust(), verdict, factor, unreachable), sentence);
  }

  /** n*(T) for parameters {D, alpha, C}: infinite when T <= C. */
  static double requiredN(double[] p, double target) {
    if (target <= p[2]) {
      return Double.POSITIVE_INFINITY;
    }
    return Math.pow((target - p[2]) / p[0], -1.0 / p[1]);
  }

  private static TrustAssessment forecastTrust(
      TrustAssessment fitTrust, DataNeedVerdict verdict, double factor, double unreachable) {
    List<String> own = new ArrayList<>();
    TrustLevel level = TrustLevel.GOOD;
    if (verdict == DataNeedVerdict.REACHABLE && factor > STOP_FACTOR) {
      level = TrustLevel.DO_NOT_EXTRAPOLATE;
      own.add("n* lies " + Format.value(factor) + "x beyond the largest measured n: more than two"
          + " decades of extrapolation.");
    } else if (verdict == DataNeedVerdict.REACHABLE && factor > CAUTION_FACTOR) {
      level = TrustLevel.CAUTION;
      own.add("n* lies " + Format.value(factor) + "x beyond the largest measured n: more than a"
          + " decade of extrapolation.");
    }
    if (verdict != DataNeedVerdict.ALREADY_REACHED && unreachable > 0.05 && unreachable < 0.95) {
      level = level.worse(TrustLevel.CAUTION);
      own.add("The bootstrap refits disagree: " + Format.percent(unreachable)
          + " of them find the target unreachable.");
    }
    if (own.isEmpty() || fitTrust.level().compareTo(level) >= 0) {
      List<String> concerns = new ArrayList<>(fitTrust.concerns());
      concerns.addAll(own);
      return new TrustAssessment(fitTrust.level(), fitTrust.reason(), concerns);
    }
    List<String> concerns = new ArrayList<>(own.subList(1, own.size()));
    if (fitTrust.level() != TrustLevel.GOOD) {
      concerns.add(fitTrust.reason());
    }
    concerns.addAll(fitTrust.concerns());
    return new TrustAssessment(level, own.get(0), concerns);
  }

  static @Nullable MarginalValue marginalValue(CurveAnalysis curve, LawFit fit, CurveDraws draws) {
    long from = curve.largestMeasuredN();
    double to = 10.0 * from;
    double change = fit.value(to) - fit.value(from);
    double[] changes = draws.fit().map(
        p -> LawForm.POWER_LAW_WITH_OFFSET.value(p, to) - LawForm.POWER_LAW_WITH_OFFSET.value(p, from));
    boolean intervals = curve.parameter("C").interval().isKnown();
    Estimate estimate = new Estimate(change, intervals ? Percentiles.interval(changes) : Interval.NONE);
    String sentence = "Growing n 10x from " + Format.size(from) + " to " + Format.size(to)
        + " changes the predicted error by " + Format.withInterval(estimate) + " (from "
        + Format.error(fit.value(from)) + " to " + Format.error(fit.value(to)) + ").";
    return new MarginalValue(from, to, estimate, sentence);
  }
}
