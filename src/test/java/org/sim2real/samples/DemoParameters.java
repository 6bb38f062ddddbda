package org.sim2real.samples;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.sim2real.core.scaling.fit.CurveAnalysis;
import org.sim2real.core.scaling.fit.FitOptions;
import org.sim2real.core.scaling.fit.ScalingAnalysis;
import org.sim2real.core.study.SyntheticTransferData;
import org.sim2real.core.study.SyntheticTransferSpec;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The PARAMETERS.json of a demo: how its data was made (synthetic demos), the fit of its finished
 * results folder and the forecast at 10x its largest n, for a study at several m also the fits at
 * the other m, E0(m), m_eq, E(n, m) and the budget advice (for the synthetic demo the fit of the
 * reference run, for the three-source demo the comparison of its sources), as
 * {@link RecordDemoParameters} measured them and {@link SampleDemosTest} checks them.
 */
final class DemoParameters {
  static final String FILE = "PARAMETERS.json";
  static final String ANALYSIS = "workbench default scaling analysis of the strategy 'finetune'"
      + " (the curve of the largest m), the results folder read with its per-test-row errors"
      + " (test-errors.jsonl) and pretraining-convergence flags: proposed fit window; the law is"
      + " the power law with offset E(n) = D n^-alpha + C, or the broken power law"
      + " E(n) = C + D (1 + n/n_b)^-alpha (D given as that of its tail D n^-alpha + C) when the"
      + " power law's own rolling-origin forecasts missed; 90% intervals from 1,000 draws (seed"
      + " 42) of the Student-t wild bootstrap of repetitions and the Poisson bootstrap of test"
      + " rows; unweighted. The forecast at 10x the largest n is the law with the 90% band of the"
      + " mean curve and the 90% forecast band (widened by the extrapolation spread of the"
      + " bundled calibration pooled with the curve's own back-tests) and its grade.";
  static final JsonMapper JSON = JsonMapper.builder()
      .enable(SerializationFeature.INDENT_OUTPUT).build();

  private DemoParameters() {}

  static Map<String, Object> of(Path demoFolder, String demo) {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("demo", demo);
    root.put("design", SampleDataBuilder.DESIGN);
    root.put("results", SampleDataBuilder.RESULTS);
    root.put("analysis", ANALYSIS);
    Path demoResults = demoFolder.resolve(SampleDataBuilder.RESULTS);
    ScalingAnalysis analysis = DemoFit.analyze(demoResults, FitOptions.defaults());
    CurveAnalysis main = DemoFit.mainCurve(analysis);
    DemoFit demoFit = DemoFit.of(analysis, main);
    root.put("fit", demoFit);
    if (analysis.curves().size() > 1) {
      root.put("fitsAtOtherM", analysis.curves().stream().filter(c -> c != main)
          .map(c -> DemoFit.of(analysis, c)).toList());
      root.put("comparisons", DemoComparisons.of(analysis, main));
    }
    if (demo.equals(SourcesDemoBuilder.DEMO)) {
      root.put("sourceComparison", DemoSourceComparison.of(demoResults));
    }
    if (demo.equals(SampleDataBuilder.SYNTHETIC)) {
      root.put("generator", generator());
      Map<String, Object> reference = new LinkedHashMap<>();
      reference.put("design", SampleDataBuilder.REFERENCE_DESIGN);
      reference.put("results", SampleDataBuilder.REFERENCE_RESULTS);
      Path referenceResults = demoFolder.resolve(SampleDataBuilder.REFERENCE_RESULTS);
      DemoFit referenceFit = DemoFit.of(referenceResults);
      reference.put("fit", referenceFit);
      // a law belongs to its window: compare like for like, over either run's proposed window
      reference.put("fitOnDemoWindow", DemoFit.onWindow(referenceResults, demoFit.window()));
      root.put("reference", reference);
      root.put("fitOnReferenceWindow", DemoFit.onWindow(demoResults, referenceFit.window()));
    }
    return root;
  }

  static Map<String, Object> generator() {
    SyntheticTransferSpec spec = SyntheticTransferSpec.sample();
    Map<String, Object> g = new LinkedHashMap<>();
    g.put("class", SyntheticTransferData.class.getName());
    g.put("spec", spec);
    g.put("truth", "f(x) = 1.5 + sin(2 pi x1) cos(2 pi x2) + 0.8 sin(2 pi (x3 + x4))"
        + " + 4 (x5 - 0.5)(x6 - 0.5) + 0.6 cos(3 pi x7) + 0.5 x8 x1, x in [0,1]^8");
    g.put("distortionShape", "g(x) = sin(2 pi x1) x8 + 2 (x3 - x6)^2 - 1/3");
    g.put("simulation", "simulationScale f(x) + simulationOffset + distortion g(x)"
        + " + N(0, simulationNoise^2), x uniform in [0,1]^8");
    g.put("experiments", "f(x) + N(0, experimentalNoise^2), x_j = (1 - shift) u + shift (u1 + u2)/2"
        + " with u, u1, u2 uniform; the test set likewise from its own stream");
    g.put("noiseFloorMae", spec.noiseFloorMae());
    return g;
  }

  static void write(Path demoFolder, String demo) throws java.io.IOException {
    Files.writeString(demoFolder.resolve(FILE), JSON.writeValueAsString(of(demoFolder, demo))
        + "\n");
  }

  static JsonNode read(Path demoFolder) {
    return JSON.readTree(demoFolder.resolve(FILE).toFile());
  }

  static DemoFit fit(JsonNode node) {
    return JSON.treeToValue(node, DemoFit.class);
  }

  static @Nullable JsonNode at(JsonNode root, String... path) {
    JsonNode n = root;
    for (String p : path) {
      n = n.get(p);
      if (n == null) {
        return null;
      }
    }
    return n;
  }
}
