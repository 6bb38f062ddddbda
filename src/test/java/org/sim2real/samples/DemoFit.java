package org.sim2real.samples;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.sim2real.core.scaling.curve.LearningCurveReader;
import org.sim2real.core.scaling.curve.PointSummary;
import org.sim2real.core.scaling.fit.CurveAnalysis;
import org.sim2real.core.scaling.fit.FitOptions;
import org.sim2real.core.scaling.fit.ParameterEstimate;
import org.sim2real.core.scaling.fit.ScalingAnalysis;
import org.sim2real.core.scaling.fit.ScalingAnalyzer;

/**
 * What the default scaling analysis (proposed window, 1,000 resamples, seed 42) says about the
 * fine-tuning curve of a finished results folder, in the shape recorded in PARAMETERS.json.
 */
record DemoFit(
    String strategy,
    int m,
    List<Long> window,
    Map<String, Estimate> parameters,
    double scratchMae,
    @Nullable Long regimeOnset,
    String trust,
    Map<Long, Double> meanMaeByN) {

  /** A value with its 90% bootstrap interval. */
  record Estimate(double value, double lower, double upper) {
    boolean contains(double x) {
      return x >= lower && x <= upper;
    }
  }

  static final String STRATEGY = "finetune";

  static DemoFit of(Path resultsFolder) {
    return of(resultsFolder, FitOptions.defaults());
  }

  /** The same analysis over a fixed window low..high instead of the proposed one. */
  static DemoFit onWindow(Path resultsFolder, List<Long> window) {
    return of(resultsFolder, FitOptions.defaults().withWindow(window.get(0), window.get(1)));
  }

  static DemoFit of(Path resultsFolder, FitOptions options) {
    ScalingAnalysis analysis = ScalingAnalyzer.analyze(
        LearningCurveReader.read(resultsFolder, null), options, STRATEGY);
    CurveAnalysis curve = analysis.curves().get(0);
    if (curve.fit() == null || curve.window() == null) {
      throw new IllegalStateException("no law fitted for " + resultsFolder + ": " + curve.notes());
    }
    Map<String, Estimate> parameters = new LinkedHashMap<>();
    for (ParameterEstimate p : curve.parameters()) {
      parameters.put(p.name(), new Estimate(p.value(), p.interval().lower(), p.interval().upper()));
    }
    Map<Long, Double> means = new LinkedHashMap<>();
    for (PointSummary point : curve.points()) {
      means.put(point.n(), point.mean());
    }
    PointSummary baseline = curve.regime().baseline();
    return new DemoFit(curve.strategy(), curve.m(),
        new ArrayList<>(List.of(curve.window().low(), curve.window().high())), parameters,
        baseline == null ? Double.NaN : baseline.mean(), curve.regime().onset(),
        curve.trust().level().name(), means);
  }

  Estimate parameter(String name) {
    Estimate e = parameters.get(name);
    if (e == null) {
      throw new IllegalStateException("no parameter " + name);
    }
    return e;
  }
}
