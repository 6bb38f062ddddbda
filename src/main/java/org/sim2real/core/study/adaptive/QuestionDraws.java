package org.sim2real.core.study.adaptive;

import java.util.Arrays;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.sim2real.core.scaling.curve.Estimate;
import org.sim2real.core.scaling.curve.Format;
import org.sim2real.core.scaling.curve.Interval;
import org.sim2real.core.scaling.curve.Percentiles;
import org.sim2real.core.scaling.fit.CurveAnalysis;
import org.sim2real.core.scaling.fit.ForecastDraws;
import org.sim2real.core.scaling.fit.ScalingAnalysis;
import org.sim2real.core.scaling.fit.TrustAssessment;
import org.sim2real.core.scaling.fit.TrustLevel;
import org.sim2real.core.scaling.forecast.DataNeedForecast;
import org.sim2real.core.scaling.forecast.ForecastRequest;
import org.sim2real.core.scaling.forecast.Forecaster;
import org.sim2real.core.study.AdaptiveSettings;

/**
 * The question's answer from one analysis, and the draws behind it on the scale the planner
 * compares them: for n* the log forecast error where the target is crossed, the error at n, or C. Built from the existing
 * calibrated machinery only ({@link Forecaster}, {@link ForecastDraws}); nothing is refitted here.
 */
final class QuestionDraws {
  final QuestionAnswer answer;
  /** The question's draws on the planner's scale, one per bootstrap draw (NaN: failed refit). */
  final double @Nullable [] draws;
  final @Nullable ForecastDraws forecast;

  /** n* only: the share of the draws that never reach the target. */
  final double neverShare;

  private QuestionDraws(QuestionAnswer answer, double @Nullable [] draws,
      @Nullable ForecastDraws forecast, double neverShare) {
    this.answer = answer;
    this.draws = draws;
    this.forecast = forecast;
    this.neverShare = neverShare;
  }

  static QuestionDraws of(ScalingAnalysis study, CurveAnalysis curve, AdaptiveSettings settings) {
    if (curve.fit() == null || curve.draws() == null) {
      return new QuestionDraws(new QuestionAnswer(Double.NaN, Interval.NONE,
          TrustLevel.DO_NOT_EXTRAPOLATE, curve.trust().reason(), false, Double.POSITIVE_INFINITY,
          Interval.NONE, settings.describeQuestion() + ": no law fitted yet (" + curve.trust().reason() + ")"),
          null, null, 0);
    }
    ForecastDraws forecast = curve.draws().forecast();
    double largest = curve.largestMeasuredN();
    return switch (settings.question()) {
      case NSTAR -> requiredN(study, curve, settings, forecast);
      case ERROR_AT -> {
        double n = value(settings);
        double[] draws = forecast.forecast(n);
        Interval interval = forecast.forecastInterval(n);
        TrustAssessment trust =
            Forecaster.forecastTrust(curve.trust(), n / largest, n / largest, Double.NaN);
        yield halfWidthAnswer(settings, curve, forecast.point(n), interval, trust, draws, forecast,
            settings.relative() ? settings.precision() * forecast.point(n) : settings.precision(), 0);
      }
      case FLOOR -> {
        Estimate c = curve.parameter("C").estimate();
        double[] draws = forecast.lawDraws().map(f -> f.form().floor(f.parameters()));
        yield halfWidthAnswer(settings, curve, c.value(), c.interval(), curve.trust(), draws, forecast,
            settings.precision(), 0);
      }
      case RANKING -> throw new IllegalArgumentException("the ranking of the sources is answered"
          + " by RankingDraws");
    };
  }

  private static QuestionDraws requiredN(ScalingAnalysis study, CurveAnalysis curve,
      AdaptiveSettings settings, ForecastDraws forecast) {
    double target = value(settings);
    DataNeedForecast need = Forecaster.forecast(study, curve, ForecastRequest.forTarget(target))
        .dataNeed();
    if (need == null) {
      throw new IllegalStateException("a data need was asked for");
    }
    // the draws' own interval, also when the fitted law itself never reaches the target (then
    // the data need has no interval, but the draws still say how far the target may lie)
    Interval interval = curve.parameter("C").interval().isKnown()
        ? Percentiles.intervalAllowingInfinity(forecast.requiredN(target)) : Interval.NONE;
    double ratio = Double.POSITIVE_INFINITY;
    if (interval.lower() > 0 && Double.isFinite(interval.upper())) {
      ratio = Math.log(interval.upper() / interval.lower()) / (2 * Math.log(settings.precision()));
    }
    double[] draws = forecast.requiredN(target);
    long valid = Arrays.stream(draws).filter(v -> !Double.isNaN(v)).count();
    double never = valid == 0 ? 0
        : Arrays.stream(draws).filter(Double::isInfinite).count() / (double) valid;
    // log n* itself is no smooth scale (draws that never reach the target are infinite), so the
    // planner compares the forecast log error where the target is crossed: n* moves with it by
    // the curve's slope there, and its interval narrows in proportion
    double law = forecast.requiredNOfLaw(target);
    double reference = Math.min(Double.isFinite(law) ? law : Double.POSITIVE_INFINITY,
        Forecaster.STOP_FACTOR * forecast.largestN());
    double[] logs = Arrays.stream(forecast.forecast(reference))
        .map(v -> v > 0 ? Math.log(v) : Double.NaN).toArray();
    TrustLevel trust = need.trust().level();
    boolean precise = ratio <= 1 && trust != TrustLevel.DO_NOT_EXTRAPOLATE
        && !thinWindow(curve);
    String factor = Double.isFinite(ratio)
        ? String.format(Locale.ROOT, "ends within x%.2f of the middle",
            Math.sqrt(interval.upper() / interval.lower()))
        : "interval open";
    String sentence = settings.describeQuestion() + ": "
        + Format.sizeWithInterval(new Estimate(need.requiredN().value(), interval))
        + ", " + factor + "; wanted x" + settings.precision() + " (" + trust.label() + ")";
    double value = need.requiredN().value();
    Interval wanted = Double.isFinite(value) && value > 0
        ? new Interval(value / settings.precision(), value * settings.precision()) : Interval.NONE;
    return new QuestionDraws(new QuestionAnswer(value, interval, trust, need.trust().reason(),
        precise, ratio, wanted, sentence), logs, forecast, never);
  }

  private static QuestionDraws halfWidthAnswer(AdaptiveSettings settings, CurveAnalysis curve,
      double value, Interval interval, TrustAssessment trust, double[] draws,
      ForecastDraws forecast, double wantedHalfWidth, double neverShare) {
    double half = (interval.upper() - interval.lower()) / 2;
    double ratio = interval.isKnown() ? half / wantedHalfWidth : Double.POSITIVE_INFINITY;
    boolean precise = ratio <= 1 && trust.level() != TrustLevel.DO_NOT_EXTRAPOLATE
        && !thinWindow(curve);
    String sentence = settings.describeQuestion() + ": "
        + Format.withInterval(new Estimate(value, interval)) + ", ±" + Format.value(half)
        + "; wanted ±" + Format.value(wantedHalfWidth) + " (" + trust.level().label() + ")";
    Interval wanted = Double.isFinite(value)
        ? new Interval(value - wantedHalfWidth, value + wantedHalfWidth) : Interval.NONE;
    return new QuestionDraws(new QuestionAnswer(value, interval, trust.level(), trust.reason(),
        precise, ratio, wanted, sentence), draws, forecast, neverShare);
  }

  /**
   * A window of fewer than 5 sizes or less than a decade: its law is checked too little for a
   * final answer (the trust grade's own rule for forecasts far from the data).
   */
  static boolean thinWindow(CurveAnalysis curve) {
    return curve.window() == null || curve.window().sizes().size() < 5
        || curve.window().decades() < 1;
  }

  /** Draws of what a measurement at n would show, on the log scale. */
  double[] logErrorAt(double n) {
    if (forecast == null) {
      throw new IllegalStateException("no law");
    }
    return Arrays.stream(forecast.forecast(n)).map(v -> v > 0 ? Math.log(v) : Double.NaN)
        .toArray();
  }

  private static double value(AdaptiveSettings settings) {
    Double v = settings.value();
    if (v == null) {
      throw new IllegalStateException("the question has no value");
    }
    return v;
  }

  /** Used by tests and sentences: the 90% interval of the draws on the planner's scale. */
  Interval drawInterval() {
    return draws == null ? Interval.NONE : Percentiles.interval(draws);
  }
}
