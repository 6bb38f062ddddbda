package org.sim2real.core.study;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sim2real.core.scaling.curve.TestErrors;
import org.sim2real.core.scaling.curve.TestErrorsFile;

/**
 * The test errors a study keeps next to its ledger: one record per finished cell that agrees with
 * the cell's metrics, the same after resuming or merging shards as after one uninterrupted run.
 */
class StudyTestErrorsTest {
  @TempDir static Path data;
  private static StudyPlan plan;
  private static Path reference;

  @TempDir Path dir;

  @BeforeAll
  static void runUndisturbedOnce() throws IOException {
    SyntheticStudyFiles.write(data, 400, 90);
    plan = StudyPlanner.plan(SyntheticStudyFiles.design(), data, 1, status -> {});
    reference = data.resolve("reference");
    run(reference, ShardSpec.ALL);
  }

  private static void run(Path out, ShardSpec shard) {
    StudyOutcome outcome = StudyRunner.run(plan, out, 2, shard, new RunControl(),
        ProgressListener.NONE);
    assertTrue(outcome.status() != StudyOutcome.Status.FAILED, outcome.failures().toString());
  }

  private static Set<String> ledgerCells(Path results) {
    Set<String> ids = new TreeSet<>();
    RunLedger.read(results.resolve(RunLedger.FILE_NAME)).results().forEach(r -> ids.add(r.cellId()));
    return ids;
  }

  private static TestErrors testErrors(Path results) {
    return TestErrorsFile.read(results, ledgerCells(results)).orElseThrow();
  }

  private static List<String> lines(Path results) throws IOException {
    return Files.readAllLines(results.resolve(TestErrorsFile.FILE_NAME), StandardCharsets.UTF_8);
  }

  /** The same cells with bit-identical residuals. */
  private static void assertSameTestErrors(TestErrors expected, TestErrors actual) {
    assertEquals(expected.testRows(), actual.testRows());
    assertEquals(new TreeSet<>(expected.residuals().keySet()),
        new TreeSet<>(actual.residuals().keySet()));
    for (Map.Entry<String, float[]> e : expected.residuals().entrySet()) {
      assertArrayEquals(e.getValue(), actual.residuals().get(e.getKey()), e.getKey());
    }
  }

  @Test
  void everyFinishedCellHasItsErrorOnEachTestRowAgreeingWithItsMetrics() throws IOException {
    TestErrors errors = testErrors(reference);
    assertEquals(plan.splits().testRows().length, errors.testRows());
    assertEquals(List.of(), errors.warnings());
    assertEquals(1 + plan.cells().size(), lines(reference).size(), "header and one line per cell");
    for (CellResult cell : RunLedger.read(reference.resolve(RunLedger.FILE_NAME)).results()) {
      float[] residuals = errors.residuals().get(cell.cellId());
      double absolute = 0;
      double squared = 0;
      for (float r : residuals) {
        absolute += Math.abs(r);
        squared += (double) r * r;
      }
      // float storage rounds each residual by at most half a unit in the last place (6e-8)
      assertEquals(cell.mae(), absolute / residuals.length, 1e-6 * cell.mae(), cell.cellId());
      assertEquals(cell.rmse(), Math.sqrt(squared / residuals.length), 1e-6 * cell.rmse(),
          cell.cellId());
    }
  }

  @Test
  void mergeOfTwoShardsHasTheTestErrorsOfASingleRunCellByCell() {
    run(dir.resolve("a"), new ShardSpec(1, 2));
    run(dir.resolve("b"), new ShardSpec(2, 2));
    LedgerMerger.Outcome outcome = LedgerMerger.merge(List.of(dir.resolve("a"), dir.resolve("b")),
        dir.resolve("merged"));
    assertEquals(plan.cells().size(), outcome.cellsWithTestErrors());
    assertEquals(List.of(), outcome.warnings());
    assertSameTestErrors(testErrors(reference), testErrors(dir.resolve("merged")));
    assertEquals(List.of(), testErrors(dir.resolve("merged")).warnings());
  }

  @Test
  void resumedRunAfterAKillHasExactlyOneRecordPerDoneCell() throws IOException {
    Path out = dir.resolve("killed");
    run(out, new ShardSpec(1, 2));
    // what a kill between the two writes of a cell and one during a write leave behind
    Set<String> done = ledgerCells(out);
    String unfinished = plan.cells().stream().map(Cell::id).filter(id -> !done.contains(id))
        .findFirst().orElseThrow();
    float[] wrong = new float[plan.splits().testRows().length];
    Arrays.fill(wrong, 99f);
    String orphan = TestErrorsFile.recordLine(unfinished, wrong);
    Files.writeString(out.resolve(TestErrorsFile.FILE_NAME), orphan + "\n" + orphan.substring(0, 40),
        StandardOpenOption.APPEND);
    run(out, ShardSpec.ALL);
    assertEquals(1 + plan.cells().size(), lines(out).size(), "header and every cell exactly once");
    assertEquals(List.of(), TestErrorsFile.readAll(out.resolve(TestErrorsFile.FILE_NAME))
        .orElseThrow().warnings());
    assertSameTestErrors(testErrors(reference), testErrors(out));
  }

  @Test
  void resultsWrittenBeforeTestErrorsWereKeptResumeAndKeepTheErrorsOfTheCellsRunNow()
      throws IOException {
    Path out = dir.resolve("old");
    run(out, new ShardSpec(1, 2));
    Set<String> before = ledgerCells(out);
    Files.delete(out.resolve(TestErrorsFile.FILE_NAME)); // as an older workbench left the folder
    run(out, ShardSpec.ALL);
    TestErrors errors = testErrors(out);
    assertEquals(plan.cells().size() - before.size(), errors.residuals().size());
    assertTrue(errors.residuals().keySet().stream().noneMatch(before::contains));
    assertEquals(List.of("test-errors.jsonl: " + before.size() + " of " + plan.cells().size()
        + " finished cells have no test errors (finished by a workbench that did not keep them);"
        + " their test-set uncertainty is unknown"), errors.warnings());
  }

  @Test
  void mergeOfResultsWithoutTestErrorsStillMergesAndSaysSo() throws IOException {
    run(dir.resolve("a"), new ShardSpec(1, 2));
    run(dir.resolve("b"), new ShardSpec(2, 2));
    Files.delete(dir.resolve("b").resolve(TestErrorsFile.FILE_NAME));
    LedgerMerger.Outcome outcome = LedgerMerger.merge(List.of(dir.resolve("a"), dir.resolve("b")),
        dir.resolve("merged"));
    assertEquals(plan.cells().size(), outcome.cells());
    assertEquals(ledgerCells(dir.resolve("a")).size(), outcome.cellsWithTestErrors());
    assertEquals(1, outcome.warnings().size(), outcome.warnings().toString());
    assertTrue(outcome.warnings().get(0).contains("have no test errors"), outcome.warnings().get(0));
  }
}
