package org.sim2real.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sim2real.core.study.DesignJson;
import org.sim2real.core.study.RunLedger;
import org.sim2real.core.study.StudyPlan;
import org.sim2real.core.study.StudyPlanner;
import org.sim2real.core.study.SyntheticTransferSpec;
import tools.jackson.databind.JsonNode;

/**
 * The ready demos: each design plans, its finished results folder was produced by exactly that
 * design and data (same design hash, every cell present), holds only the small files, and the
 * scaling analysis of it gives the numbers recorded in PARAMETERS.json. For the synthetic demo
 * the five-repetition fit recovers the reference run's parameters within its intervals.
 */
class SampleDemosTest {
  private static final Path SAMPLES = SampleFolder.repositorySamples();

  @ParameterizedTest
  @ValueSource(strings = {"bandgap/design.json:results", "synthetic/design.json:results",
      "synthetic/reference-design.json:reference-results", "polymer/design.json:results"})
  void designPlansAndItsResultsFolderIsItsCompleteRun(String designAndResults) throws IOException {
    String[] parts = designAndResults.split(":");
    Path design = SAMPLES.resolve(parts[0]);
    Path results = design.resolveSibling(parts[1]);
    StudyPlan plan = StudyPlanner.plan(DesignJson.read(design), design.getParent(), 2, s -> {});
    assertTrue(plan.warnings().isEmpty(), plan.warnings().toString());
    RunLedger.Contents ledger = RunLedger.read(results.resolve(RunLedger.FILE_NAME));
    assertEquals(plan.designHash(), ledger.designHash(),
        results + " was not produced by " + design + " on these data files: re-run it");
    assertEquals(plan.cells().size(), ledger.results().size(), "every cell finished");
    try (Stream<Path> files = Files.list(results)) {
      Set<String> names = new TreeSet<>(files.map(p -> p.getFileName().toString()).toList());
      assertEquals(Set.of("cells.csv", "design.json", "ledger.jsonl", "summary.csv"), names,
          "no cache/ (pretrained models) in the shipped results");
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"bandgap", "synthetic", "polymer"})
  void analysisOfTheResultsGivesTheRecordedParameters(String demo) {
    Path folder = SAMPLES.resolve(demo);
    JsonNode recorded = DemoParameters.read(folder);
    assertSameFit(DemoParameters.fit(recorded.get("fit")), DemoFit.of(folder.resolve("results")));
    if (demo.equals(SampleDataBuilder.SYNTHETIC)) {
      Path referenceResults = folder.resolve(SampleDataBuilder.REFERENCE_RESULTS);
      DemoFit reference = DemoFit.of(referenceResults);
      assertSameFit(DemoParameters.fit(recorded.get("reference").get("fit")), reference);
      assertSameFit(DemoParameters.fit(recorded.get("reference").get("fitOnDemoWindow")),
          DemoFit.onWindow(referenceResults, DemoFit.of(folder.resolve("results")).window()));
      assertSameFit(DemoParameters.fit(recorded.get("fitOnReferenceWindow")),
          DemoFit.onWindow(folder.resolve("results"), reference.window()));
    }
  }

  /**
   * Like for like (a different window is a different law): over the window the workbench proposes
   * for the demo, and over the one it proposes for the reference, the five-repetition demo's 90%
   * intervals hold the 20-repetition reference's D, alpha and C.
   */
  @Test
  void syntheticDemoRecoversTheReferenceRunsParametersWithinItsIntervals() {
    JsonNode recorded = DemoParameters.read(SAMPLES.resolve(SampleDataBuilder.SYNTHETIC));
    assertRecovers(DemoParameters.fit(recorded.get("fit")),
        DemoParameters.fit(recorded.get("reference").get("fitOnDemoWindow")));
    assertRecovers(DemoParameters.fit(recorded.get("fitOnReferenceWindow")),
        DemoParameters.fit(recorded.get("reference").get("fit")));
  }

  private static void assertRecovers(DemoFit demo, DemoFit reference) {
    assertEquals(reference.window(), demo.window(), "same window");
    for (String name : List.of("D", "alpha", "C")) {
      double known = reference.parameter(name).value();
      assertTrue(demo.parameter(name).contains(known),
          name + " = " + known + " of the reference lies outside the demo's interval "
              + demo.parameter(name));
    }
    double floor = SyntheticTransferSpec.sample().noiseFloorMae();
    assertTrue(reference.parameter("C").value() > floor,
        "the transfer gap C lies above the noise floor " + floor);
  }

  @Test
  void recordedGeneratorSettingsAreTheSampleSpec() {
    JsonNode spec = DemoParameters.read(SAMPLES.resolve(SampleDataBuilder.SYNTHETIC))
        .get("generator").get("spec");
    assertEquals(SyntheticTransferSpec.sample(),
        DemoParameters.JSON.treeToValue(spec, SyntheticTransferSpec.class));
  }

  private static void assertSameFit(DemoFit expected, DemoFit actual) {
    assertEquals(expected.m(), actual.m());
    assertEquals(expected.window(), actual.window(), "fit window");
    assertEquals(expected.regimeOnset(), actual.regimeOnset(), "regime onset");
    assertEquals(expected.trust(), actual.trust(), "trust");
    assertClose(expected.scratchMae(), actual.scratchMae(), "scratch MAE");
    for (Map.Entry<String, DemoFit.Estimate> e : expected.parameters().entrySet()) {
      DemoFit.Estimate a = actual.parameter(e.getKey());
      assertClose(e.getValue().value(), a.value(), e.getKey());
      assertClose(e.getValue().lower(), a.lower(), e.getKey() + " lower");
      assertClose(e.getValue().upper(), a.upper(), e.getKey() + " upper");
    }
    assertEquals(expected.meanMaeByN().keySet(), actual.meanMaeByN().keySet());
  }

  private static void assertClose(double expected, double actual, String what) {
    assertEquals(expected, actual, 1e-6 * Math.max(1, Math.abs(expected)), what);
  }
}
