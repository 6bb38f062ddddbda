package org.sim2real.core.scaling.fit;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.sim2real.core.io.UserFacingException;
import org.sim2real.core.scaling.curve.Interval;
import org.sim2real.core.scaling.curve.LearningCurve;
import org.sim2real.core.scaling.curve.Percentiles;
import org.sim2real.core.scaling.curve.PointSummary;
import org.sim2real.core.scaling.curve.StudyDraws;

/**
 * The rolling-origin track record of a curve (src/site/SCIENCE.md, "Back-test"): for every earlier
 * largest size whose window holds at least {@value #MIN_ORIGIN_SIZES} sizes, each forecasting form
 * (the power law with offset, and the broken power law from 5 sizes on) is fitted on the curve as
 * it was then, with the same {@link WindowRule} as the analysis, and forecasts every later measured
 * size with the bundled extrapolation spread.
 *
 * <p>It answers three questions, each only from sizes up to the one asked about, so that nothing
 * ever sees the sizes it is judged on:
 *
 * <ul>
 *   <li><b>Which form forecasts?</b> On a curve that is flat and then falls, a single power law
 *       through the flat part forecasts too pessimistically, and AICc with few sizes rarely lets
 *       the broken power law's extra parameter win. When more than half of at least {@value
 *       #MIN_PREDICTIONS} of the power law's forecasts up to a size missed their 90% band, or its
 *       share of misses is clearly larger than the broken power law's (by a quarter or more), it
 *       is rejected from there on and the broken power law forecasts.
 *   <li><b>How well would the workbench have forecast?</b> {@link #replay()}: at every origin the
 *       form the analysis would have used there, against what was measured later.
 *   <li><b>How far does this law's form extrapolate on this curve?</b> {@link #of(LawForm, int)}:
 *       the form's own forecasts, for its trust grade and its extrapolation spread.
 * </ul>
 */
final class FormTrackRecord {
  /** A back-test origin needs a window of 4 sizes: a 3-parameter law with a degree of freedom. */
  static final int MIN_ORIGIN_SIZES = 4;

  /** Draws per earlier fit: enough for a 90% band, cheap enough for every origin and form. */
  static final int DRAWS = 100;

  static final int MIN_PREDICTIONS = 3;

  /** What the analysis would have done at one origin, whose window started at size index from. */
  private record Origin(int last, int from, @Nullable LawForm aiccPreferred) {}

  /** A forecast made at an origin whose window started at size index from. */
  private record Made(BackTest test, int from) {}

  private final Map<LawForm, List<Made>> tests = new EnumMap<>(LawForm.class);
  private final List<Origin> origins = new ArrayList<>();
  private final LearningCurve curve;

  private FormTrackRecord(LearningCurve curve) {
    this.curve = curve;
    tests.put(LawForm.POWER_LAW_WITH_OFFSET, new ArrayList<>());
    tests.put(LawForm.BROKEN_POWER_LAW, new ArrayList<>());
  }

  static FormTrackRecord of(LearningCurve curve, List<PointSummary> points,
      RegimeAssessment regime, FitOptions options, double @Nullable [] weights,
      StudyDraws studyDraws, Extrapolation spread) {
    FormTrackRecord record = new FormTrackRecord(curve);
    int draws = Math.min(DRAWS, studyDraws.count());
    double[][] measured = studyDraws.means(curve);
    for (int last = 0; last < curve.sizeCount() - 1; last++) {
      WindowRule.Window window;
      try {
        window = WindowRule.choose(curve, points, regime, options, last);
      } catch (UserFacingException e) {
        continue; // the user's window holds too few sizes this early
      }
      int sizes = window.to() - window.from();
      if (sizes < MIN_ORIGIN_SIZES) {
        continue;
      }
      CurveSlice slice = new CurveSlice(curve, window.from(), window.to(), weights, studyDraws);
      LawFit bestFit = null;
      double bestScore = Double.POSITIVE_INFINITY;
      for (LawForm form : record.tests.keySet()) {
        if (form == LawForm.BROKEN_POWER_LAW && sizes < WindowFit.SIZES_FOR_BROKEN) {
          continue;
        }
        LawFit fit = slice.fit(form, null);
        if (fit == null) {
          continue;
        }
        double score = ModelComparison.aicc(fit.sumOfSquares(), fit.points(),
            form.parameterCount());
        score = Double.isNaN(score) ? Double.MAX_VALUE : score;
        if (bestFit == null || score < bestScore) {
          bestFit = fit;
          bestScore = score;
        }
        ForecastDraws forecast = new ForecastDraws(fit, LawDraws.of(slice, List.of(fit), draws),
            spread, curve.size(last), options.seed() + 31L * last + form.ordinal());
        for (int j = last + 1; j < curve.sizeCount(); j++) {
          record.tests.get(form).add(new Made(
              backTest(curve, last, j, fit, forecast, measured[j], draws), window.from()));
        }
      }
      record.origins.add(new Origin(last, window.from(), bestFit == null ? null : bestFit.form()));
    }
    return record;
  }

  private static BackTest backTest(LearningCurve curve, int last, int j, LawFit fit,
      ForecastDraws forecast, double[] measuredDraws, int draws) {
    long n = curve.size(j);
    double[] predicted = forecast.forecast(n);
    double[] meanCurve = forecast.meanCurve(n);
    double[] widened = new double[draws];
    double[] plain = new double[draws];
    for (int b = 0; b < draws; b++) {
      widened[b] = Math.log(predicted[b] / measuredDraws[b]);
      plain[b] = Math.log(meanCurve[b] / measuredDraws[b]);
    }
    Interval paired = Percentiles.interval(widened);
    double point = fit.value(n);
    double measured = curve.mean(j);
    return new BackTest(curve.size(last), n, fit.form(), point, Percentiles.interval(predicted),
        measured, Math.log(point / measured), standardDeviation(plain),
        paired.isKnown() && paired.contains(0));
  }

  /** Origins whose forecasts speak for a law fitted now: the latest ones, most like it. */
  static final int RECENT_ORIGINS = 3;

  /**
   * The predictions of sizes up to index last that a form made from its {@value #RECENT_ORIGINS}
   * latest origins before last: how far this law's form extrapolates on this curve now. Earlier
   * origins saw much less of the curve (a broken power law before its break is barely determined)
   * and would make every later forecast look worse than its data allow.
   */
  List<BackTest> recent(LawForm form, int last, int from) {
    List<BackTest> all = of(form, last, from);
    List<Long> originSizes = all.stream().map(BackTest::fittedUpToN).distinct().sorted().toList();
    if (originSizes.size() <= RECENT_ORIGINS) {
      return all;
    }
    long first = originSizes.get(originSizes.size() - RECENT_ORIGINS);
    return all.stream().filter(t -> t.fittedUpToN() >= first).toList();
  }

  /**
   * The predictions of sizes up to index last made by a form at earlier origins whose window
   * started where the window of size last starts (from): the same law on a shorter curve.
   */
  List<BackTest> of(LawForm form, int last, int from) {
    long limit = curve.size(last);
    return tests.getOrDefault(form, List.of()).stream()
        .filter(m -> m.from() == from)
        .map(Made::test)
        .filter(t -> t.fittedUpToN() < limit && t.predictedN() <= limit).toList();
  }

  /**
   * True when the power law with offset, fitted up to sizes before {@code last}, missed more than
   * half of at least 3 forecasts of sizes up to {@code last}.
   */
  boolean rejectsPowerLaw(int last, int from) {
    List<BackTest> power = of(LawForm.POWER_LAW_WITH_OFFSET, last, from);
    if (power.size() < MIN_PREDICTIONS) {
      return false;
    }
    double powerMisses = missShare(power);
    if (powerMisses > 0.5) {
      return true;
    }
    List<BackTest> broken = of(LawForm.BROKEN_POWER_LAW, last, from);
    return broken.size() >= MIN_PREDICTIONS && powerMisses - missShare(broken) >= CLEARLY_WORSE;
  }

  /** How much larger a miss share is clearly worse (2 or more misses in every 8 forecasts). */
  static final double CLEARLY_WORSE = 0.25;

  private static double missShare(List<BackTest> tests) {
    return (double) tests.stream().filter(t -> !t.hit()).count() / tests.size();
  }

  /** The candidate forms for a fit of the curve up to size index {@code last}. */
  List<LawForm> candidates(int last, int from) {
    if (last + 1 - from < WindowFit.SIZES_FOR_BROKEN) {
      return List.of(LawForm.POWER_LAW_WITH_OFFSET);
    }
    return rejectsPowerLaw(last, from) ? List.of(LawForm.BROKEN_POWER_LAW)
        : List.of(LawForm.POWER_LAW_WITH_OFFSET, LawForm.BROKEN_POWER_LAW);
  }

  /**
   * The analysis replayed at every origin: the form it would have used there (the broken power
   * law once the power law is rejected, else the one AICc preferred) against what was measured
   * later.
   */
  RollingBackTest replay() {
    List<BackTest> replay = new ArrayList<>();
    for (Origin o : origins) {
      long originN = curve.size(o.last());
      boolean brokenThere = tests.get(LawForm.BROKEN_POWER_LAW).stream()
          .anyMatch(m -> m.test().fittedUpToN() == originN);
      LawForm form = rejectsPowerLaw(o.last(), o.from()) && brokenThere
          ? LawForm.BROKEN_POWER_LAW : o.aiccPreferred();
      if (form == null) {
        continue;
      }
      tests.get(form).stream().map(Made::test).filter(t -> t.fittedUpToN() == originN)
          .forEach(replay::add);
    }
    return new RollingBackTest(replay);
  }

  /** Plain words on the rejection at size index last, or null when there is none. */
  @Nullable String sentence(int last, int from) {
    if (!rejectsPowerLaw(last, from)) {
      return null;
    }
    List<BackTest> record = of(LawForm.POWER_LAW_WITH_OFFSET, last, from);
    long misses = record.stream().filter(t -> !t.hit()).count();
    return "The law is the broken power law: the power law with offset, fitted on the curve as it"
        + " was at earlier sizes, missed " + misses + " of its " + record.size() + " forecasts of"
        + " the sizes measured later, so it is not used for forecasts.";
  }

  private static double standardDeviation(double[] values) {
    double sum = 0;
    double sumSq = 0;
    int count = 0;
    for (double v : values) {
      if (Double.isFinite(v)) {
        sum += v;
        sumSq += v * v;
        count++;
      }
    }
    if (count < 2) {
      return Double.NaN;
    }
    double mean = sum / count;
    return Math.sqrt(Math.max(0, (sumSq - count * mean * mean) / (count - 1)));
  }
}
