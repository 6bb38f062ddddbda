package org.sim2real.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sim2real.core.scaling.curve.StudyResults;
import org.sim2real.core.scaling.curve.TestErrorsFile;
import org.sim2real.core.study.DesignJson;
import org.sim2real.core.study.RunLedger;
import org.sim2real.core.study.StudyPlan;
import org.sim2real.core.study.StudyPlanner;
import org.sim2real.core.study.SyntheticTransferSpec;
import tools.jackson.databind.JsonNode;

/**
 * The ready demos: each design plans, its finished results folder was produced by exactly that
 * design and data (same design hash, every cell present), holds only the small files (with the
 * per-test-row errors of every cell), and the scaling analysis of it gives everything recorded in
 * PARAMETERS.json. For the synthetic demo the five-repetition fit recovers the reference run's
 * parameters within its intervals.
 */
class SampleDemosTest {
  private static final Path SAMPLES = SampleFolder.repositorySamples();

  @ParameterizedTest
  @ValueSource(strings = {"bandgap/design.json:results", "synthetic/design.json:results",
      "synthetic/reference-design.json:reference-results", "polymer/design.json:results",
      "sources/design.json:results"})
  void designPlansAndItsResultsFolderIsItsCompleteRun(String designAndResults) throws IOException {
    String[] parts = designAndResults.split(":");
    Path design = SAMPLES.resolve(parts[0]);
    Path results = design.resolveSibling(parts[1]);
    StudyPlan plan = StudyPlanner.plan(DesignJson.read(design), design.getParent(), 2, s -> {});
    // a demo with one m, the whole pool, is told that its intervals leave out the experimental
    // draw (StudyPlanner); nothing else may warn
    assertTrue(plan.warnings().stream()
        .allMatch(w -> w.contains("whole experimental training pool")),
        plan.warnings().toString());
    RunLedger.Contents ledger = RunLedger.read(results.resolve(RunLedger.FILE_NAME));
    assertEquals(plan.designHash(), ledger.designHash(),
        results + " was not produced by " + design + " on these data files: re-run it");
    assertEquals(plan.cells().size(), ledger.results().size(), "every cell finished");
    // the reference run predates the per-test-row errors; every demo's own run keeps them
    boolean demoRun = parts[1].equals(SampleDataBuilder.RESULTS);
    Set<String> expected = new TreeSet<>(Set.of("cells.csv", "design.json", "ledger.jsonl",
        "summary.csv"));
    if (demoRun) {
      expected.add(TestErrorsFile.FILE_NAME);
    }
    if (!plan.sources().isEmpty()) {
      expected.add("sources.txt"); // the fingerprints of the named sources' data
    }
    try (Stream<Path> files = Files.list(results)) {
      Set<String> names = new TreeSet<>(files.map(p -> p.getFileName().toString()).toList());
      assertEquals(expected, names, "no cache/ (pretrained models) in the shipped results");
    }
    if (demoRun) {
      assertTrue(StudyResults.read(results, null).hasRowErrors(),
          "every cell of " + results + " has its per-test-row errors");
      assertTrue(Files.readAllLines(results.resolve("cells.csv")).get(0)
          .contains("pretrain_converged"), "cells.csv has the convergence columns");
    }
  }

  /**
   * Everything PARAMETERS.json records (the laws, intervals, windows, grades and their reasons,
   * forecasts, E0(m), m_eq, E(n, m), budget) is what the analysis of the shipped results gives.
   */
  @ParameterizedTest
  @ValueSource(strings = {"bandgap", "synthetic", "polymer", "sources"})
  void analysisOfTheResultsGivesTheRecordedParameters(String demo) {
    Path folder = SAMPLES.resolve(demo);
    JsonNode recorded = DemoParameters.read(folder);
    JsonNode actual = DemoParameters.JSON.readTree(
        DemoParameters.JSON.writeValueAsString(DemoParameters.of(folder, demo)));
    assertSameJson(recorded, actual, demo);
  }

  @Test
  void theBandGapDemoRecordsEveryCardOfAStudyAtSeveralM() {
    JsonNode recorded = DemoParameters.read(SAMPLES.resolve(SampleDataBuilder.BANDGAP));
    assertEquals(SampleDataBuilder.BANDGAP_ALL_TRAINING_ROWS, recorded.get("fit").get("m").asInt());
    assertEquals(3, recorded.get("fitsAtOtherM").size(), "m = 500, 1,000 and 2,000");
    JsonNode comparisons = recorded.get("comparisons");
    for (String card : List.of("scratchCurve", "equivalentExperiments", "twoDimensional")) {
      JsonNode node = comparisons.get(card);
      assertTrue(node != null && node.has("grade"), card + " with its grade");
    }
    assertEquals(4, comparisons.get("budgets").size(), "budget advice at every m");
    comparisons.get("budgets").forEach(b -> assertTrue(b.has("grade"), "budget with its grade"));
  }

  /**
   * The three-source demo records, per database, the grade, alpha, C and the error at the common n
   * with their intervals, and a paired verdict for every pair at that n and at the budget.
   */
  @Test
  void theThreeSourceDemoRecordsEverySourcesLawAndAVerdictForEveryPair() {
    JsonNode recorded = DemoParameters.read(SAMPLES.resolve(SourcesDemoBuilder.DEMO))
        .get("sourceComparison");
    assertEquals("mp", recorded.get("primary").asString());
    List<String> names = recorded.get("sources").valueStream().map(s -> s.get("name").asString())
        .toList();
    assertEquals("mp", names.get(0), "the primary first");
    assertEquals(Set.of("mp", "oqmd", "aflow"), Set.copyOf(names));
    assertEquals(SourcesDemoBuilder.LARGEST_N, recorded.get("commonN").asDouble());
    for (JsonNode source : recorded.get("sources")) {
      for (String estimate : List.of("alpha", "C", "errorAtN", "errorAtBudget")) {
        JsonNode e = source.get(estimate);
        assertTrue(e.get("lower").asDouble() <= e.get("value").asDouble()
            && e.get("value").asDouble() <= e.get("upper").asDouble(),
            source.get("name") + " " + estimate + " with its interval: " + e);
      }
    }
    for (String where : List.of("atN", "atBudget")) {
      assertEquals(3, recorded.get(where).size(), "mp-oqmd, mp-aflow, oqmd-aflow " + where);
      recorded.get(where).forEach(pair -> assertTrue(Set.of("A_BETTER", "B_BETTER", "CANNOT_TELL")
          .contains(pair.get("verdict").asString()), pair.toString()));
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

  /** Same keys and texts; numbers equal to 1e-6 relative (NaN and infinities exactly). */
  private static void assertSameJson(JsonNode expected, JsonNode actual, String path) {
    if (expected.isObject()) {
      assertTrue(actual.isObject(), path + " is an object");
      Set<String> expectedKeys = new TreeSet<>(expected.propertyNames());
      assertEquals(expectedKeys, new TreeSet<>(actual.propertyNames()), path + ": keys");
      for (String key : expectedKeys) {
        assertSameJson(expected.get(key), actual.get(key), path + "." + key);
      }
    } else if (expected.isArray()) {
      assertEquals(expected.size(), actual.size(), path + ": length");
      for (int i = 0; i < expected.size(); i++) {
        assertSameJson(expected.get(i), actual.get(i), path + "[" + i + "]");
      }
    } else if (expected.isNumber() && actual.isNumber()) {
      assertClose(expected.asDouble(), actual.asDouble(), path);
    } else {
      assertEquals(expected, actual, path);
    }
  }

  private static void assertClose(double expected, double actual, String what) {
    assertEquals(expected, actual, 1e-6 * Math.max(1, Math.abs(expected)), what);
  }
}
