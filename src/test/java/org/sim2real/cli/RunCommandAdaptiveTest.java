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
import org.sim2real.core.study.CellResult;
import org.sim2real.core.study.DesignJson;
import org.sim2real.core.study.RunLedger;

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
        "--question: use nstar=ERROR, error-at=N, floor or ranking=BUDGET");
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

  @Test
  void theRankingQuestionIsWrittenWithItsBudgetAndRefusedWithoutASecondSourceOrACost()
      throws Exception {
    assertEquals(0, save("--question", "ranking=2,000", "--precision", "2%"));
    assertEquals(AdaptiveSettings.ranking(2000, 0.02, true), saved());
    Files.writeString(dir.resolve("sim.csv"), RunCommandSourcesTest.table(60, 3, 0.8));
    Files.writeString(dir.resolve("o.csv"), RunCommandSourcesTest.table(60, 4, 0.9));
    Files.writeString(dir.resolve("exp.csv"), RunCommandSourcesTest.table(30, 6, 1.0));
    String sim = dir.resolve("sim.csv").toString();
    String exp = dir.resolve("exp.csv").toString();
    String results = dir.resolve("out").toString();
    refused(run("run", "--sim", sim, "--exp", exp, "--out", results, "--question",
        "ranking=2000", "--precision", "0.01"), "--question ranking: the ranking of the sources"
        + " needs a second simulation source: add one besides the primary simulation, with its"
        + " cost per row (--sim NAME=FILE, --cost NAME=COST)");
    refused(run("run", "--sim", sim, "--sim", "oqmd=" + dir.resolve("o.csv"), "--cost",
        "oqmd=0.05", "--exp", exp, "--out", results, "--question", "ranking=2000", "--precision",
        "0.01"), "--question ranking: the ranking of the sources at a budget needs the cost per"
        + " row of every source: add it for the primary simulation (--cost NAME=COST; the"
        + " primary simulation gets a name with --sim NAME=FILE)");
    refused(save("--question", "ranking", "--precision", "0.01"),
        "--question: give ranking=BUDGET, e.g. ranking=2000");
    assertFalse(Files.exists(dir.resolve("out").resolve("ledger.jsonl")), "nothing ran");
  }

  /**
   * Two small sources trained for real (3 epochs): the waves and the verdict are printed, and the
   * ledger holds cells of the grid only, each source's at its own sizes.
   */
  @Test
  void aRankingStudyOfTwoSmallSourcesPrintsItsWavesAndVerdictAndRunsOnlyGridCells()
      throws Exception {
    Files.writeString(dir.resolve("sim.csv"), RunCommandSourcesTest.table(400, 3, 0.8));
    Files.writeString(dir.resolve("oqmd.csv"), RunCommandSourcesTest.table(400, 4, 1.2));
    Files.writeString(dir.resolve("exp.csv"), RunCommandSourcesTest.table(80, 6, 1.0));
    Path design = dir.resolve("design.json");
    assertEquals(0, run("run", "--sim", "mp=" + dir.resolve("sim.csv"), "--sim",
        "oqmd=" + dir.resolve("oqmd.csv"), "--cost", "mp=0.2,oqmd=0.1", "--exp",
        dir.resolve("exp.csv").toString(), "--sizes", "20,40,80,160,320", "--reps", "3",
        "--save-design", design.toString()), err.toString());
    shortenTraining(design);
    Path results = dir.resolve("out");
    int code = run("run", design.toString(), "--out", results.toString(), "--threads", "1",
        "--question", "ranking=32", "--precision", "0.05");
    String printed = out.toString();
    assertEquals(0, code, printed + err);
    assertTrue(printed.contains("Adaptive study: ranking at a budget of 32, decided, or within"
        + " ±0.05; budget the full grid. Candidates: n = [20, 40, 80, 160, 320] of mp (cost 0.2"
        + " per row), [20, 40, 80, 160, 320] of oqmd (cost 0.1 per row)"), printed);
    assertTrue(printed.contains("== Wave 1: nothing measured yet"), printed);
    assertTrue(printed.contains("+ wave 1: each source's coarse start"), printed);
    assertTrue(printed.contains("== Wave 2: ranking at a budget of 32: "), printed);
    assertTrue(printed.matches("(?s).*== Wave 2: ranking at a budget of 32: (mp|oqmd) first"
        + " \\(error [0-9.]+ at (160|320) rows\\), (mp|oqmd) second.*"), printed);
    assertTrue(printed.contains("Verdict: "), printed);
    List<CellResult> ledger = RunLedger.read(results.resolve(RunLedger.FILE_NAME)).results();
    assertTrue(ledger.size() >= 18, "at least the coarse start: " + ledger.size());
    assertTrue(ledger.size() <= 33, "at most the grid: " + ledger.size());
    for (CellResult cell : ledger) {
      assertTrue(List.of("finetune", "finetune@oqmd", "scratch").contains(cell.strategy()),
          cell.cellId());
      assertTrue(List.of(0, 20, 40, 80, 160, 320).contains(cell.n()), cell.cellId());
      assertTrue(cell.repetition() >= 0 && cell.repetition() < 3, cell.cellId());
    }
    assertTrue(ledger.stream().anyMatch(c -> c.strategy().equals("finetune@oqmd")));

    // run again: the waves are replayed from the ledger, to the same verdict, nothing trained
    String verdict = printed.substring(printed.indexOf("Verdict: "));
    verdict = verdict.substring(0, verdict.indexOf('\n'));
    List<String> lines = Files.readAllLines(results.resolve(RunLedger.FILE_NAME));
    out.getBuffer().setLength(0);
    assertEquals(0, run("run", design.toString(), "--out", results.toString(), "--threads", "1",
        "--question", "ranking=32", "--precision", "0.05"), err.toString());
    assertTrue(out.toString().contains("== Wave 1 (from the ledger): nothing measured yet"),
        out.toString());
    assertTrue(out.toString().contains(verdict), out.toString());
    assertEquals(lines, Files.readAllLines(results.resolve(RunLedger.FILE_NAME)));
  }


  private void refused(int code, String expected) {
    assertOneLineUserError(code, expected);
    err.getBuffer().setLength(0);
    out.getBuffer().setLength(0);
  }
}
