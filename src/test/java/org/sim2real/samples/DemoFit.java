package org.sim2real.samples;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.sim2real.core.scaling.curve.Interval;
import org.sim2real.core.scaling.curve.PointSummary;
import org.sim2real.core.scaling.curve.StudyResults;
import org.sim2real.core.scaling.fit.CurveAnalysis;
import org.sim2real.core.scaling.fit.FitOptions;
import org.sim2real.core.scaling.fit.ParameterEstimate;
import org.sim2real.core.scaling.fit.ScalingAnalysis;
import org.sim2real.core.scaling.fit.ScalingAnalyzer;
import org.sim2real.core.scaling.fit.TrustAssessment;
import org.sim2real.core.scaling.forecast.BandPoint;
import org.sim2real.core.scaling.forecast.CurveForecast;
import org.sim2real.core.scaling.forecast.ForecastRequest;
import org.sim2real.core.scaling.forecast.Forecaster;
import org.sim2real.core.scaling.forecast.MarginalValue;
import org.sim2real.core.scaling.forecast.PredictionBand;

/**
 * What the default scaling analysis (proposed window, 1,000 draws, seed 42) says about one
 * fine-tuning curve of a finished results folder, read with its per-test-row errors and convergence
 * flags as the workbench reads it, in the shape recorded in PARAMETERS.json: the law's form and
 * parameters with 90% intervals, window, regime onset, trust, and the forecast at 10x the largest
 * measured n with its bands and grade.
 *
 * @param law the law as the workbench writes it, e.g. "E(n) = 0.21 + 0.35 * (1 + n/5,200)^-0.8"
 * @param parameters D (of the tail D n^-alpha + C), alpha, C, and n_b for a broken power law
 * @param r2Log R2 in log space of the law on its window
 * @param aiccPreferred the form AICc prefers on the window (it may differ from the law used)
 * @param trustConcerns every concern of the grade besides its reason, most serious first
 * @param forecastAtTenTimesLargestN null when no law was fitted
 */
record DemoFit(
    String strategy,
    int m,
    String lawForm,
    String law,
    List<Long> window,
    Map<String, Estimate> parameters,
    double scratchMae,
    @Nullable Long regimeOnset,
    double r2Log,
    @Nullable String aiccPreferred,
    String trust,
    String trustReason,
    List<String> trustConcerns,
    @Nullable ForecastAt forecastAtTenTimesLargestN,
    Map<Long, Double> meanMaeByN) {

  /** A value with its 90% interval (NaN ends: unknown; infinite ends are written as strings). */
  record Estimate(double value, double lower, double upper) {
    static Estimate of(double value, Interval interval) {
      return new Estimate(value, interval.lower(), interval.upper());
    }

    static Estimate of(org.sim2real.core.scaling.curve.Estimate estimate) {
      return of(estimate.value(), estimate.interval());
    }

    boolean contains(double x) {
      return x >= lower && x <= upper;
    }
  }

  /**
   * The forecast at n: the fitted law, the 90% band of the mean curve (repetitions and test set),
   * the 90% forecast band (widened by the extrapolation spread) and the forecast's own grade.
   */
  record ForecastAt(double n, double value, Estimate meanCurve, Estimate forecast, String grade,
      String gradeReason) {}

  static final String STRATEGY = "finetune";

  /** The default analysis of a results folder, read as the workbench reads it. */
  static ScalingAnalysis analyze(Path resultsFolder, FitOptions options) {
    return ScalingAnalyzer.analyze(StudyResults.read(resultsFolder, null), options, STRATEGY);
  }

  /** The curve of the largest m (all training rows): the curve each demo is about. */
  static CurveAnalysis mainCurve(ScalingAnalysis analysis) {
    return analysis.curves().stream().max(Comparator.comparingInt(CurveAnalysis::m)).orElseThrow();
  }

  static DemoFit of(Path resultsFolder) {
    return of(resultsFolder, FitOptions.defaults());
  }

  /** The same analysis over a fixed window low..high instead of the proposed one. */
  static DemoFit onWindow(Path resultsFolder, List<Long> window) {
    return of(resultsFolder, FitOptions.defaults().withWindow(window.get(0), window.get(1)));
  }

  static DemoFit of(Path resultsFolder, FitOptions options) {
    ScalingAnalysis analysis = analyze(resultsFolder, options);
    return of(analysis, mainCurve(analysis));
  }

  static DemoFit of(ScalingAnalysis analysis, CurveAnalysis curve) {
    if (curve.fit() == null || curve.window() == null) {
      throw new IllegalStateException("no law fitted for " + curve.label() + ": " + curve.notes());
    }
    Map<String, Estimate> parameters = new LinkedHashMap<>();
    for (ParameterEstimate p : curve.parameters()) {
      parameters.put(p.name(), Estimate.of(p.value(), p.interval()));
    }
    Map<Long, Double> means = new LinkedHashMap<>();
    for (PointSummary point : curve.points()) {
      means.put(point.n(), point.mean());
    }
    PointSummary baseline = curve.regime().baseline();
    return new DemoFit(curve.strategy(), curve.m(), curve.fit().form().name(), curve.lawSentence(),
        new ArrayList<>(List.of(curve.window().low(), curve.window().high())), parameters,
        baseline == null ? Double.NaN : baseline.mean(), curve.regime().onset(),
        curve.goodness() == null ? Double.NaN : curve.goodness().r2Log(),
        curve.comparison() == null || curve.comparison().preferred() == null ? null
            : curve.comparison().preferred().name(),
        curve.trust().level().name(), curve.trust().reason(), curve.trust().concerns(),
        tenTimes(analysis, curve), means);
  }

  /**
   * The forecast at 10x the largest measured n as the Forecast screen's "10x more" card gives it:
   * the band from {@link PredictionBand#at}, the grade of the marginal value.
   */
  private static ForecastAt tenTimes(ScalingAnalysis analysis, CurveAnalysis curve) {
    CurveForecast forecast = Forecaster.forecast(analysis, curve, ForecastRequest.forTarget(null));
    MarginalValue tenTimes = forecast.marginalValue();
    if (tenTimes == null) {
      throw new IllegalStateException("no marginal value for " + curve.label());
    }
    BandPoint at = PredictionBand.at(curve, tenTimes.toN());
    TrustAssessment grade = tenTimes.trust();
    return new ForecastAt(tenTimes.toN(), at.fitted(), Estimate.of(at.fitted(), at.meanCurve()),
        Estimate.of(at.fitted(), at.forecast()), grade.level().name(), grade.reason());
  }

  Estimate parameter(String name) {
    Estimate e = parameters.get(name);
    if (e == null) {
      throw new IllegalStateException("no parameter " + name);
    }
    return e;
  }
}
