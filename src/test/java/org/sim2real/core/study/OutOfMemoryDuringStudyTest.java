package org.sim2real.core.study;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sim2real.core.scaling.curve.TestErrorsFile;
import org.sim2real.testing.FaultyFileSystem;

/**
 * An out-of-memory error inside a cell (here thrown half-way through one of its writes, where it
 * can do the most harm) stops the run with a message that says what happened and what to do,
 * leaves the ledger and the test errors as whole lines of whole cells, every ledger cell with its
 * test errors, and a later run finishes the study with exactly the numbers of an undisturbed run.
 */
class OutOfMemoryDuringStudyTest {
  @TempDir static Path data;
  private static StudyPlan plan;
  private static Map<String, CellResult> reference;

  @TempDir Path dir;
  private final FaultyFileSystem fs = new FaultyFileSystem();

  @BeforeAll
  static void runUndisturbedOnce() {
    try {
      SyntheticStudyFiles.write(data, 400, 90);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
    plan = StudyPlanner.plan(SyntheticStudyFiles.design(), data, 1, status -> {});
    Path out = data.resolve("reference");
    StudyOutcome outcome = StudyRunner.run(plan, out, 2, ShardSpec.ALL, new RunControl(),
        ProgressListener.NONE);
    assertEquals(StudyOutcome.Status.COMPLETED, outcome.status(), outcome.failures().toString());
    reference = new TreeMap<>();
    RunLedger.read(out.resolve(RunLedger.FILE_NAME)).results()
        .forEach(r -> reference.put(r.cellId(), r));
  }

  private void assertOutOfMemoryStopsTheRunAndResumeFinishes(Predicate<Path> torn,
      int writesFirst) throws IOException {
    Path results = fs.path(dir.resolve("results"));
    fs.tearWrite(torn, writesFirst, () -> new OutOfMemoryError("Java heap space"));
    StudyOutcome outcome = StudyRunner.run(plan, results, 2, ShardSpec.ALL, new RunControl(),
        ProgressListener.NONE);
    assertEquals(1, fs.faultsRaised(), "the error was thrown");
    assertEquals(StudyOutcome.Status.FAILED, outcome.status());
    assertEquals(1, outcome.failures().size(), outcome.failures().toString());
    String failure = outcome.failures().get(0);
    assertTrue(failure.contains("out of memory (Java heap space) while training with n = ")
        && failure.contains("the cells finished so far are kept"), failure);
    // how much the run needs, against what Java may use, and the three ways out
    assertTrue(failure.contains("MB of heap with 2 threads") && failure.contains("this Java may use")
        && failure.contains("run again with 1 thread") && failure.contains("-Xmx")
        && failure.contains("leave out the largest n")
        && failure.contains("resumes where this one stopped"), failure);
    assertTrue(outcome.progress().cellsDone() < reference.size(), "the run stopped");
    Path real = FaultyFileSystem.realPath(results);
    assertWholeAndConsistent(real);

    fs.repair();
    StudyOutcome resumed = StudyRunner.run(plan, results, 2, ShardSpec.ALL, new RunControl(),
        ProgressListener.NONE);
    assertEquals(StudyOutcome.Status.COMPLETED, resumed.status(), resumed.failures().toString());
    assertEquals(reference.keySet(), assertWholeAndConsistent(real).keySet());
    assertEquals(reference.size() + 1, Files.readAllLines(real.resolve(RunLedger.FILE_NAME)).size(),
        "header and every cell once");
    try (Stream<Path> files = Stream.concat(Files.list(real), Files.list(real.resolve("cache")))) {
      assertEquals(List.of(), files.filter(f -> f.getFileName().toString().endsWith(".tmp"))
          .toList(), "no temporary files are left");
    }
  }

  /**
   * The ledger and the test errors read without a warning (no torn or glued line), every ledger
   * cell has the undisturbed run's numbers and test errors; returns the ledger's cells.
   */
  private static Map<String, CellResult> assertWholeAndConsistent(Path results) {
    RunLedger.Contents ledger = RunLedger.read(results.resolve(RunLedger.FILE_NAME));
    assertEquals(List.of(), ledger.warnings(), "the ledger holds whole records only");
    TestErrorsFile.Contents errors = TestErrorsFile.readAll(
        results.resolve(TestErrorsFile.FILE_NAME)).orElseThrow();
    assertEquals(List.of(), errors.warnings(), "the test errors hold whole records only");
    Map<String, CellResult> cells = new TreeMap<>();
    for (CellResult r : ledger.results()) {
      assertTrue(r.sameOutcome(reference.get(r.cellId())), () -> r.cellId() + " differs");
      assertTrue(errors.records().containsKey(r.cellId()), () -> r.cellId() + " has no errors");
      cells.put(r.cellId(), r);
    }
    Map<String, float[]> referenceErrors = TestErrorsFile.readAll(
        data.resolve("reference").resolve(TestErrorsFile.FILE_NAME)).orElseThrow().records();
    errors.records().forEach((cellId, residuals) ->
        assertArrayEquals(referenceErrors.get(cellId), residuals, cellId));
    return cells;
  }

  @Test
  void outOfMemoryWhileWritingALedgerLineStopsTheRunAndLeavesWholeLines() throws IOException {
    assertOutOfMemoryStopsTheRunAndResumeFinishes(p -> p.endsWith(RunLedger.FILE_NAME), 3);
  }

  @Test
  void outOfMemoryWhileWritingTestErrorsStopsTheRunAndLeavesWholeLines() throws IOException {
    assertOutOfMemoryStopsTheRunAndResumeFinishes(p -> p.endsWith(TestErrorsFile.FILE_NAME), 3);
  }

  @Test
  void outOfMemoryWhileCachingAPretrainedModelStopsTheRunAndLeavesNoHalfFile()
      throws IOException {
    assertOutOfMemoryStopsTheRunAndResumeFinishes(p -> p.toString().contains("/cache/"), 1);
  }
}
