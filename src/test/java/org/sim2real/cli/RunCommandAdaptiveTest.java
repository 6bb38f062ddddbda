package org.sim2real.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sim2real.core.study.AdaptiveSettings;
import org.sim2real.core.study.DesignJson;

/**
 * {@code run --question}: the flags become the design's adaptive settings, impossible settings are
 * refused in one line naming the flag, and an adaptive study over a results folder prints its waves
 * and its verdict.
 */
class RunCommandAdaptiveTest extends CommandLineTest {
  @TempDir Path dir;

  private int save(String... flags) {
    List<String> args = new java.util.ArrayList<>(List.of("run", "--sim", "sim.csv", "--exp",
        "exp.csv", "--save-design", dir.resolve("design.json").toString()));
    args.addAll(List.of(flags));
    return run(args.toArray(String[]::new));
  }

  private AdaptiveSettings saved() {
    return DesignJson.read(dir.resolve("design.json")).adaptive();
  }

  @Test
  void theQuestionPrecisionAndBudgetFlagsAreWrittenIntoTheDesign() {
    assertEquals(0, save("--question", "nstar=0.42", "--precision", "1.3", "--budget-cells", "60"));
    assertEquals(AdaptiveSettings.requiredN(0.42, 1.3).withBudget(60, null), saved());
    assertEquals(0, save("--question", "error-at=100,000", "--precision", "5%",
        "--budget-minutes", "90"));
    assertEquals(AdaptiveSettings.errorAt(100_000, 0.05, true).withBudget(null, 90.0), saved());
    assertEquals(0, save("--question", "error-at=100000", "--precision", "0.01"));
    assertEquals(AdaptiveSettings.errorAt(100_000, 0.01, false), saved());
    assertEquals(0, save("--question", "floor", "--precision", "0.02"));
    assertEquals(AdaptiveSettings.floor(0.02), saved());
    assertEquals(0, save());
    assertEquals(null, saved(), "no question, no adaptive part");
  }

  @Test
  void impossibleSettingsAreRefusedInOneLineNamingTheFlag() {
    refused(save("--question", "nstar=0.42"), "--question needs --precision");
    refused(save("--precision", "1.3"), "--precision belongs to an adaptive study");
    refused(save("--budget-cells", "10"), "--budget-cells belongs to an adaptive study");
    refused(save("--question", "nstar=0.42", "--precision", "1"), "--precision: for n* give a factor above 1");
    refused(save("--question", "nstar=-2", "--precision", "1.3"), "--question: n* needs a target");
    refused(save("--question", "nstar", "--precision", "1.3"), "--question: give nstar=ERROR");
    refused(save("--question", "nstar=abc", "--precision", "1.3"), "--question: 'abc' is not a number");
    refused(save("--question", "best-source", "--precision", "1.3"),
        "--question: use nstar=ERROR, error-at=N or floor");
    refused(save("--question", "floor=0.1", "--precision", "0.01"), "--question: floor takes no value");
    refused(save("--question", "error-at=1000", "--precision", "-1%"), "--precision: give a half-width");
    refused(save("--question", "floor", "--precision", "0.01", "--budget-cells", "0"),
        "--budget-cells: give at least 1 cell");
    refused(save("--question", "floor", "--precision", "0.01", "--budget-minutes", "0"),
        "--budget-minutes: give a number of minutes above 0");
    refused(run("run", "--sim", "sim.csv", "--exp", "exp.csv", "--out", dir.toString(),
        "--question", "floor", "--precision", "0.01", "--shard", "1/2"),
        "--shard: an adaptive study (--question) runs in waves");
    refused(run("run", "--sim", "sim.csv", "--sim", "oqmd=o.csv", "--exp", "exp.csv", "--out",
        dir.toString(), "--question", "floor", "--precision", "0.01"),
        "--question: an adaptive study asks about the primary simulation only");
  }

  @Test
  void slurmRefusesAnAdaptiveDesignInsteadOfShardingItsWholeGrid() {
    assertEquals(0, save("--question", "floor", "--precision", "0.02"));
    refused(run("slurm", dir.resolve("design.json").toString(), "--shards", "2", "--out",
        dir.resolve("cluster").toString()), "an adaptive study runs in waves that each need");
  }

  /**
   * The shipped synthetic results hold the full grid, so every wave the planner chooses is found in
   * the ledger: the study runs to its verdict without training anything, and leaves the ledger as
   * it was.
   */
  @Test
  void anAdaptiveStudyPrintsEveryWaveWithItsReasonsAndTheVerdict() throws Exception {
    Path samples = Path.of(System.getProperty("basedir", "")).toAbsolutePath()
        .resolve("sample-data").resolve("synthetic");
    Path results = dir.resolve("out");
    Files.createDirectories(results);
    for (String file : List.of("ledger.jsonl", "test-errors.jsonl")) {
      Files.copy(samples.resolve("results").resolve(file), results.resolve(file));
    }
    List<String> ledger = Files.readAllLines(results.resolve("ledger.jsonl"));
    int code = run("run", samples.resolve("design.json").toString(), "--out", results.toString(),
        "--threads", "1", "--question", "error-at=30000", "--precision", "0.001",
        "--budget-cells", "14");
    String printed = out.toString();
    assertEquals(0, code, printed + err);
    assertTrue(printed.contains("Adaptive study: error at n = 30,000, within ±0.001; budget 14 cells"),
        printed);
    assertTrue(printed.contains("== Wave 1 (from the ledger): nothing measured yet"), printed);
    assertTrue(printed.contains("+ wave 1: a coarse start, 4 log-spaced sizes up to the largest"),
        printed);
    assertTrue(printed.contains("== Wave 2 (from the ledger): error at n = 30,000: "), printed);
    assertTrue(printed.contains("expected gain in precision per CPU-minute"), printed);
    assertTrue(printed.contains("Verdict: Budget spent: "), printed);
    assertFalse(printed.contains("== Wave 4"), printed);
    assertEquals(ledger, Files.readAllLines(results.resolve("ledger.jsonl")), "nothing was run again");
  }

  @Test
  void aBudgetBelowTheFirstWaveIsRefusedBeforeAnythingRuns() throws Exception {
    Path samples = Path.of(System.getProperty("basedir", "")).toAbsolutePath()
        .resolve("sample-data").resolve("synthetic");
    Path results = dir.resolve("out");
    refused(run("run", samples.resolve("design.json").toString(), "--out", results.toString(),
        "--threads", "1", "--question", "floor", "--precision", "0.01", "--budget-cells", "5"),
        "--budget-cells: 5 cells are fewer than the first wave's 10 (the coarse start)");
    assertFalse(Files.exists(results.resolve("ledger.jsonl")), "nothing ran");
  }

  private void refused(int code, String expected) {
    assertOneLineUserError(code, expected);
    err.getBuffer().setLength(0);
    out.getBuffer().setLength(0);
  }
}
