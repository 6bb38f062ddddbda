package org.sim2real.core.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sim2real.core.io.UserFacingException;
import org.sim2real.core.scaling.curve.LearningCurveReader;
import org.sim2real.core.scaling.curve.TestErrorsFile;
import org.sim2real.testing.FaultyFileSystem;

/**
 * Storage faults during a study, injected through {@link FaultyFileSystem} (root ignores
 * permissions, so chmod cannot fake a read-only folder): a full disk, write errors, a read-only
 * results folder, failing and deleted cache files, a ledger deleted mid-run, a second run into the
 * same folder. Each must give a clear message, keep every cell already recorded, and let a later
 * run (after the fault is gone) finish the study with exactly the numbers of an undisturbed run.
 */
class StorageFaultTest {
  @TempDir static Path data;
  private static StudyPlan plan;
  private static Map<String, CellResult> reference;

  @TempDir Path dir;
  private final FaultyFileSystem fs = new FaultyFileSystem();
  private final List<String> messages = Collections.synchronizedList(new ArrayList<>());
  private Path results;

  @BeforeAll
  static void runUndisturbedOnce() throws IOException {
    SyntheticStudyFiles.write(data, 400, 90);
    plan = StudyPlanner.plan(SyntheticStudyFiles.design(), data, 1, status -> {});
    Path out = data.resolve("reference");
    StudyOutcome outcome = StudyRunner.run(plan, out, 2, ShardSpec.ALL, new RunControl(),
        ProgressListener.NONE);
    assertEquals(StudyOutcome.Status.COMPLETED, outcome.status(), outcome.failures().toString());
    reference = cells(out);
    assertEquals(10, reference.size());
  }

  @BeforeEach
  void faultyResultsFolder() {
    results = fs.path(dir.resolve("results"));
  }

  private StudyOutcome run(ShardSpec shard) {
    return StudyRunner.run(plan, results, 2, shard, new RunControl(), listener());
  }

  private ProgressListener listener() {
    return new ProgressListener() {
      @Override public void message(String text) { messages.add(text); }
    };
  }

  private static Map<String, CellResult> cells(Path resultsDir) {
    RunLedger.Contents contents = RunLedger.read(FaultyFileSystem.realPath(resultsDir)
        .resolve(RunLedger.FILE_NAME));
    assertEquals(List.of(), contents.warnings(), "the ledger holds whole records only");
    Map<String, CellResult> byId = new TreeMap<>();
    contents.results().forEach(r -> byId.put(r.cellId(), r));
    return byId;
  }

  /** Every recorded cell has the undisturbed run's numbers. */
  private static void assertRecordedCellsMatchTheReference(Map<String, CellResult> recorded) {
    for (CellResult r : recorded.values()) {
      assertTrue(r.sameOutcome(reference.get(r.cellId())), () -> "cell " + r.cellId() + " differs");
    }
  }

  /** The fault is gone: the next run finishes the study, equal to an undisturbed one. */
  private void assertResumeFinishesTheStudy() throws IOException {
    fs.repair();
    StudyOutcome outcome = run(ShardSpec.ALL);
    assertEquals(StudyOutcome.Status.COMPLETED, outcome.status(), outcome.failures().toString());
    Map<String, CellResult> finished = cells(results);
    assertEquals(reference.keySet(), finished.keySet());
    assertRecordedCellsMatchTheReference(finished);
    Path real = FaultyFileSystem.realPath(results);
    assertEveryLedgerCellHasItsTestErrorsOnce(real);
    assertEquals(10, LearningCurveReader.read(real, null).observations().size());
    assertEquals(plan.design(), DesignJson.read(real.resolve(StudyRunner.DESIGN_FILE)));
    try (Stream<Path> files = Stream.concat(Files.list(real), Files.list(real.resolve("cache")))) {
      assertEquals(List.of(), files.filter(f -> f.getFileName().toString().endsWith(".tmp")).toList(),
          "no temporary files are left");
    }
  }

  @Test
  void fullDiskStopsTheStudyWithAClearMessageKeepsWholeRecordsAndResumeFinishes() throws IOException {
    run(new ShardSpec(1, 2)); // a few cells are already on disk
    Map<String, CellResult> before = cells(results);
    long design = Files.size(FaultyFileSystem.realPath(results).resolve(StudyRunner.DESIGN_FILE));
    fs.diskFullAfter(design + 1_500); // room for the design and a little more, then none
    StudyOutcome outcome = run(ShardSpec.ALL);
    assertTrue(fs.faultsRaised() > 0, "the disk filled up during the run");
    assertEquals(StudyOutcome.Status.FAILED, outcome.status());
    assertTrue(outcome.failures().stream().anyMatch(f -> f.contains("No space left on device")
        && f.contains("Results already recorded are safe")), outcome.failures().toString());
    Map<String, CellResult> kept = cells(results);
    assertTrue(kept.keySet().containsAll(before.keySet()), "recorded cells are kept");
    assertTrue(kept.size() < 10, "the study did not finish on a full disk");
    assertRecordedCellsMatchTheReference(kept);
    assertResumeFinishesTheStudy();
  }

  @Test
  void ledgerWriteCutShortByAFullDiskIsRemovedSoLaterRecordsStayReadable() {
    List<CellResult> cells = List.copyOf(reference.values());
    try (RunLedger ledger = RunLedger.open(results, plan.designHash())) {
      ledger.append(cells.get(0));
      fs.diskFullAfter(50); // the next record is torn after 50 bytes
      UserFacingException e = assertThrows(UserFacingException.class, () -> ledger.append(cells.get(1)));
      assertTrue(e.getMessage().contains("No space left on device"), e.getMessage());
      fs.repair();
      ledger.append(cells.get(1));
      ledger.append(cells.get(2));
    }
    // cells() also checks that the ledger reads without a warning about a damaged line
    assertEquals(java.util.Set.of(cells.get(0).cellId(), cells.get(1).cellId(),
        cells.get(2).cellId()), cells(results).keySet());
  }

  @Test
  void ledgerWriteErrorStopsTheStudyAndResumeFinishes() throws IOException {
    fs.failWrites(p -> p.endsWith(RunLedger.FILE_NAME), 3); // header and two cells, then EIO
    StudyOutcome outcome = run(ShardSpec.ALL);
    assertEquals(StudyOutcome.Status.FAILED, outcome.status());
    assertTrue(outcome.failures().stream().anyMatch(f -> f.contains("Cannot write to the run ledger")
        && f.contains("Input/output error")), outcome.failures().toString());
    Map<String, CellResult> kept = cells(results);
    assertEquals(2, kept.size(), "the cells written before the error are kept");
    assertRecordedCellsMatchTheReference(kept);
    assertResumeFinishesTheStudy();
  }

  /** The test errors hold one line per ledger cell and nothing else. */
  private static void assertEveryLedgerCellHasItsTestErrorsOnce(Path real) throws IOException {
    Path file = real.resolve(TestErrorsFile.FILE_NAME);
    TestErrorsFile.Contents contents = TestErrorsFile.readAll(file).orElseThrow();
    assertEquals(List.of(), contents.warnings());
    assertEquals(cells(real).keySet(), contents.records().keySet());
    assertEquals(1 + contents.records().size(), Files.readAllLines(file).size());
  }

  @Test
  void testErrorsWriteErrorStopsTheStudyBeforeTheCellCountsAsDone() throws IOException {
    fs.failWrites(p -> p.endsWith(TestErrorsFile.FILE_NAME), 3); // header and two cells, then EIO
    StudyOutcome outcome = run(ShardSpec.ALL);
    assertEquals(StudyOutcome.Status.FAILED, outcome.status());
    assertTrue(outcome.failures().stream().anyMatch(f -> f.contains("Cannot write to the"
        + " test-errors file") && f.contains("Input/output error")), outcome.failures().toString());
    Map<String, CellResult> kept = cells(results);
    assertEquals(2, kept.size(), "a cell whose test errors were not written is not done");
    assertEveryLedgerCellHasItsTestErrorsOnce(FaultyFileSystem.realPath(results));
    assertRecordedCellsMatchTheReference(kept);
    assertResumeFinishesTheStudy();
  }

  @Test
  void readOnlyResultsFolderIsRefusedUpFrontAndKeepsWhatWasThere() throws IOException {
    run(new ShardSpec(1, 2));
    Map<String, CellResult> before = cells(results);
    Path ledger = FaultyFileSystem.realPath(results).resolve(RunLedger.FILE_NAME);
    byte[] ledgerBytes = Files.readAllBytes(ledger);
    fs.makeReadOnly(results);
    UserFacingException e = assertThrows(UserFacingException.class, () -> run(ShardSpec.ALL));
    assertEquals("Cannot open the run ledger " + results.resolve(RunLedger.FILE_NAME)
        + ": AccessDeniedException (" + ledger + ": Read-only file system). Check that the results"
        + " folder exists, is writable and the disk is not full.", e.getMessage());
    assertEquals(before, cells(results));
    assertTrue(java.util.Arrays.equals(ledgerBytes, Files.readAllBytes(ledger)), "ledger unchanged");
    assertResumeFinishesTheStudy();
  }

  @Test
  void readOnlyParentFolderIsRefusedBeforeAnyWork() throws IOException {
    fs.makeReadOnly(dir);
    UserFacingException e = assertThrows(UserFacingException.class, () -> run(ShardSpec.ALL));
    assertTrue(e.getMessage().startsWith("Cannot open the run ledger "), e.getMessage());
    assertTrue(e.getMessage().contains("Read-only file system"), e.getMessage());
    assertFalse(Files.exists(FaultyFileSystem.realPath(results)));
    assertResumeFinishesTheStudy();
  }

  @Test
  void tablesThatCannotBeWrittenFailTheRunButNotTheLedger() throws IOException {
    fs.failWrites(p -> p.getFileName().toString().contains(ResultTables.CELLS), 0);
    StudyOutcome outcome = run(ShardSpec.ALL);
    assertEquals(StudyOutcome.Status.FAILED, outcome.status());
    assertTrue(outcome.failures().stream().anyMatch(f -> f.startsWith("Cannot write ")
        && f.contains("cells.csv") && f.endsWith("run the study again to write the tables.")),
        outcome.failures().toString());
    assertEquals(reference.keySet(), cells(results).keySet(), "every cell is in the ledger");
    assertResumeFinishesTheStudy();
  }

  @Test
  void cacheThatCannotBeWrittenOnlyCostsTime() throws IOException {
    fs.failWrites(p -> p.toString().contains("/cache/"), 0);
    StudyOutcome outcome = run(ShardSpec.ALL);
    assertEquals(StudyOutcome.Status.COMPLETED, outcome.status(), outcome.failures().toString());
    assertTrue(messages.stream().anyMatch(m -> m.startsWith("could not cache the model for n=")),
        messages.toString());
    assertRecordedCellsMatchTheReference(cells(results));
    assertResumeFinishesTheStudy();
  }

  @Test
  void deletedOrDamagedCacheFilesAreTrainedAgainWithIdenticalResults() throws IOException {
    run(ShardSpec.ALL);
    Path real = FaultyFileSystem.realPath(results);
    keepOnlyTheFirstCellsOfTheLedger(real, 1);
    List<Path> cached;
    try (Stream<Path> files = Files.list(real.resolve("cache"))) {
      cached = files.sorted().toList();
    }
    assertEquals(4, cached.size(), "one model per (n, repetition)");
    Files.delete(cached.get(0));
    byte[] damaged = Files.readAllBytes(cached.get(1));
    damaged[damaged.length / 2] ^= 0x10; // one flipped bit in the weights
    Files.write(cached.get(1), damaged);
    Files.write(cached.get(2), new byte[] {1, 2, 3});
    assertResumeFinishesTheStudy();
    assertTrue(messages.stream().anyMatch(m -> m.contains(cached.get(1).getFileName().toString())
        && m.contains("checksum mismatch")), messages.toString());
    assertTrue(messages.stream().anyMatch(m -> m.contains(cached.get(2).getFileName().toString())
        && m.contains("is unreadable")), messages.toString());
  }

  @Test
  void ledgerDeletedWhileTheStudyRunsIsWrittenAgainAndTheStudyFinishes() throws IOException {
    Path ledger = FaultyFileSystem.realPath(results).resolve(RunLedger.FILE_NAME);
    AtomicInteger finished = new AtomicInteger();
    StudyOutcome outcome = StudyRunner.run(plan, results, 1, ShardSpec.ALL, new RunControl(),
        new ProgressListener() {
          @Override
          public void cellFinished(CellResult result, Progress progress) {
            if (finished.incrementAndGet() == 3) {
              try {
                Files.delete(ledger); // a cleanup script, or a user tidying folders
              } catch (IOException e) {
                throw new AssertionError(e);
              }
            }
          }

          @Override public void message(String text) { messages.add(text); }
        });
    assertEquals(StudyOutcome.Status.COMPLETED, outcome.status(), outcome.failures().toString());
    assertTrue(messages.stream().anyMatch(m -> m.equals("The run ledger "
        + results.resolve(RunLedger.FILE_NAME) + " disappeared while the study was running"
        + " (deleted or moved?); it was written again with the 3 cells recorded so far, and the"
        + " study goes on.")), messages.toString());
    Map<String, CellResult> all = cells(results);
    assertEquals(reference.keySet(), all.keySet(), "no cell was lost with the deleted file");
    assertRecordedCellsMatchTheReference(all);
  }

  @Test
  void secondRunIntoAFolderWhoseLedgerIsInUseIsRefused() throws IOException {
    try (RunLedger first = RunLedger.open(results, plan.designHash())) {
      UserFacingException e = assertThrows(UserFacingException.class, () -> run(ShardSpec.ALL));
      assertEquals("Another run is writing to the results folder " + results + " (its run ledger"
          + " is locked). Wait for it to finish or stop it, or choose another folder.", e.getMessage());
      assertTrue(first.results().isEmpty());
    }
    assertResumeFinishesTheStudy();
  }

  @Test
  void leftoversOfAKilledWriteAreRemovedByTheNextRun() throws IOException {
    Path real = FaultyFileSystem.realPath(results);
    Files.createDirectories(real.resolve("cache"));
    Files.writeString(real.resolve(".cells.csv123456.tmp"), "half a ta");
    Files.writeString(real.resolve("cache").resolve(".pretrained-n50-r0-x.bin987.tmp"), "half");
    assertResumeFinishesTheStudy();
  }

  private static void keepOnlyTheFirstCellsOfTheLedger(Path resultsDir, int cells) throws IOException {
    Path file = resultsDir.resolve(RunLedger.FILE_NAME);
    List<String> lines = Files.readAllLines(file);
    Files.write(file, lines.subList(0, 1 + cells));
  }
}
