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
import org.sim2real.core.scaling.fit.ForecastDraws;
import org.sim2real.core.scaling.fit.LawFit;
import org.sim2real.core.scaling.fit.ParameterEstimate;
import org.sim2real.core.scaling.fit.ScalingAnalysis;
import org.sim2real.core.scaling.fit.TrustAssessment;
import org.sim2real.core.scaling.fit.TrustLevel;

/**
 * Forecasts from a fitted {@link CurveAnalysis} (src/site/SCIENCE.md "Derived quantities"): data
 * need n*(T), transfer gap, gain over scratch, m_eq, marginal value of 10x more simulation, budget
 * advice and the bands. Every forecast beyond the measured sizes uses the forecast draws (bootstrap
 * and extrapolation spread, {@link ForecastDraws}), so no refitting happens here, and every one
 * carries its own grade.
 */
public final class Forecaster {
  /** Beyond this factor over the largest measured n a forecast is at best CAUTION. */
  public static final double CAUTION_FACTOR = 10;

  /**
   * Beyond this factor a forecast is not to be trusted (more than two decades of extrapolation),
   * and a data need beyond it is never a headline number, whatever its grade.
   */
  public static final double STOP_FACTOR = 100;

  private Forecaster() {}

  public static CurveForecast forecast(
      ScalingAnalysis study, CurveAnalysis curve, ForecastRequest request) {
    EquivalentExperiments mEq = ExperimentComparisons.equivalentExperiments(study, curve);
    BudgetAdvice budget = ExperimentComparisons.budgetAdvice(study, curve, request);
    LawFit fit = curve.fit();
    if (fit == null || curve.draws() == null) {
      return new CurveForecast(curve.strategy(), curve.m(), curve.trust(), null, null,
          "No law fitted, so no forecast: " + curve.trust().reason(), curve.regime().gains(), mEq,
          null, budget, null, null);
    }
    ForecastDraws draws = curve.draws().forecast();
    ParameterEstimate c = curve.parameter("C");
    String gapSentence = "Transfer gap C = " + Format.withInterval(c.estimate())
        + ": the floor that more simulation of this kind cannot remove"
        + (curve.bootstrap() == null ? "" : " (" + Format.percent(curve.bootstrap().floorAtZeroShare())
            + " of the refits put it at 0)") + ".";
    double bandMax = request.bandMaxN() != null ? request.bandMaxN() : 10.0 * curve.largestMeasuredN();
    DataNeedForecast need = request.target() == null ? null
        : dataNeed(curve, draws, request.target());
    return new CurveForecast(curve.strategy(), curve.m(), curve.trust(), need, c.estimate(),
        gapSentence, curve.regime().gains(), mEq, marginalValue(curve, draws), budget,
        SimulationSpending.of(curve, draws, request, need),
        PredictionBand.of(curve, bandMax, request.bandPoints()));
  }

  static DataNeedForecast dataNeed(CurveAnalysis curve, ForecastDraws draws, double target) {
    double[] nDraws = draws.requiredN(target);
    double successes = Arrays.stream(nDraws).filter(v -> !Double.isNaN(v)).count();
    double[] floors = draws.lawDraws().map(f -> f.form().floor(f.parameters()));
    double unreachable = successes == 0 ? Double.NaN
        : Arrays.stream(floors).filter(v -> !Double.isNaN(v) && v >= target).count() / successes;
    boolean intervals = curve.parameter("C").interval().isKnown();
    double nStar = draws.requiredNOfLaw(target);
    Interval interval = intervals && Double.isFinite(nStar)
        ? Percentiles.intervalAllowingInfinity(nDraws) : Interval.NONE;
    Estimate required = new Estimate(Double.isInfinite(nStar) ? Double.NaN : nStar, interval);
    PointSummary reached =
        curve.points().stream().filter(p -> p.mean() <= target).findFirst().orElse(null);
    Long reachedAt = reached == null ? null : reached.n();
    long largest = curve.largestMeasuredN();
    DataNeedVerdict verdict = reachedAt != null ? DataNeedVerdict.ALREADY_REACHED
        : Double.isInfinite(nStar) ? DataNeedVerdict.UNREACHABLE : DataNeedVerdict.REACHABLE;
    double factor = Double.isFinite(nStar) ? nStar / largest : Double.NaN;
    double upperFactor = interval.isKnown() ? interval.upper() / largest : factor;
    Estimate floor = curve.parameter("C").estimate();
    String sentence = switch (verdict) {
      case ALREADY_REACHED -> "Target " + Format.error(target) + " already reached: measured "
          + Format.error(reached == null ? Double.NaN : reached.mean()) + " at n = "
          + Format.size(reachedAt == null ? 0 : reachedAt) + ".";
      case UNREACHABLE -> "Target " + Format.error(target) + " is unreachable by simulation alone"
          + " (floor C = " + Format.withInterval(floor) + "); " + Format.percent(unreachable)
          + " of the bootstrap refits agree (C >= target).";
      case REACHABLE -> "Target " + Format.error(target) + " needs n* = "
          + Format.sizeWithInterval(required) + " simulation rows, " + Format.value(factor)
          + "x the largest measured n; " + Format.percent(unreachable)
          + " of the bootstrap refits find it unreachable (C >= target).";
    };
    TrustAssessment trust = verdict == DataNeedVerdict.ALREADY_REACHED ? curve.trust()
        : forecastTrust(curve.trust(), factor, upperFactor, unreachable);
    return new DataNeedForecast(target, verdict, required, unreachable, reachedAt, floor, factor,
        upperFactor, trust, sentence);
  }

  /**
   * The fit's grade, lowered for a forecast that reaches far beyond the data: beyond 10x the
   * largest measured n (at the interval's upper end) at best caution, beyond 100x do not
   * extrapolate; from a law meant for use near the data only, 10x or more is do not extrapolate.
   */
  public static TrustAssessment forecastTrust(
      TrustAssessment fitTrust, double factor, double upperFactor, double unreachable) {
    List<String> own = new ArrayList<>();
    TrustLevel level = TrustLevel.GOOD;
    // the interval's upper end, unless it is open (then the refits that never reach the target
    // are judged by the disagreement rule below)
    double reach = Double.isFinite(upperFactor) ? Math.max(upperFactor, factor) : factor;
    if (reach > STOP_FACTOR) {
      level = TrustLevel.DO_NOT_EXTRAPOLATE;
      own.add("The forecast reaches " + Format.value(reach) + "x beyond the largest measured n:"
          + " more than two decades of extrapolation.");
    } else if (fitTrust.nearDataOnly() && reach >= CAUTION_FACTOR) {
      level = TrustLevel.DO_NOT_EXTRAPOLATE;
      own.add("The forecast reaches " + Format.value(reach) + "x beyond the largest measured n,"
          + " from a law meant for use near the data only: " + fitTrust.reason());
    } else if (reach > CAUTION_FACTOR) {
      level = TrustLevel.CAUTION;
      own.add("The forecast reaches " + Format.value(reach) + "x beyond the largest measured n:"
          + " more than a decade of extrapolation.");
    }
    if (unreachable > 0.05 && unreachable < 0.95) {
      level = level.worse(TrustLevel.CAUTION);
      own.add("The bootstrap refits disagree: " + Format.percent(unreachable)
          + " of them find the target unreachable.");
    }
    if (own.isEmpty() || fitTrust.level().compareTo(level) >= 0) {
      List<String> concerns = new ArrayList<>(fitTrust.concerns());
      concerns.addAll(own);
      return new TrustAssessment(fitTrust.level(), fitTrust.reason(), concerns,
          fitTrust.nearDataOnly());
    }
    List<String> concerns = new ArrayList<>(own.subList(1, own.size()));
    if (fitTrust.level() != TrustLevel.GOOD) {
      concerns.add(fitTrust.reason());
    }
    concerns.addAll(fitTrust.concerns());
    return new TrustAssessment(level, own.get(0), concerns, fitTrust.nearDataOnly());
  }

  static @Nullable MarginalValue marginalValue(CurveAnalysis curve, ForecastDraws draws) {
    long from = curve.largestMeasuredN();
    double to = 10.0 * from;
    double[] atTarget = draws.forecast(to);
    double[] atFrom = draws.meanCurve(from);
    double[] changes = new double[atTarget.length];
    for (int b = 0; b < changes.length; b++) {
      changes[b] = atTarget[b] - atFrom[b];
    }
    boolean intervals = curve.parameter("C").interval().isKnown();
    double change = draws.point(to) - draws.point(from);
    Estimate estimate = new Estimate(change, intervals ? Percentiles.interval(changes) : Interval.NONE);
    Estimate error = new Estimate(draws.point(to),
        intervals ? Percentiles.interval(atTarget) : Interval.NONE);
    TrustAssessment trust = forecastTrust(curve.trust(), 10, 10, Double.NaN);
    String sentence = "Growing n 10x from " + Format.size(from) + " to " + Format.size(to)
        + " changes the predicted error by " + Format.withInterval(estimate) + " (from "
        + Format.error(draws.point(from)) + " to " + Format.withInterval(error) + ").";
    return new MarginalValue(from, to, estimate, error, trust, sentence);
  }
}
