package org.sim2real.core.study;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sim2real.core.scaling.curve.TestErrors;
import org.sim2real.core.scaling.curve.TestErrorsFile;
import org.sim2real.testing.PauseCheckpoint;

class StudyExecutorTest {
  @TempDir Path dir;

  /** A group of cheap cells whose "metric" is a pure function of the cell. */
  private static class FakeGroup implements WorkGroup {
    final int n;
    final AtomicInteger runs = new AtomicInteger();
    final List<Cell> cells = new ArrayList<>();
    CountDownLatch started = new CountDownLatch(0);
    CountDownLatch release = new CountDownLatch(0);

    FakeGroup(int n) {
      this.n = n;
      for (int rep = 0; rep < 2; rep++) {
        cells.add(new Cell("finetune", n, 10, rep));
      }
    }

    @Override public String label() { return "n=" + n; }
    @Override public double cost() { return n; }
    @Override public List<Cell> cells() { return cells; }

    @Override
    public void run(Set<String> done, Consumer<FinishedCell> sink, RunControl control) throws Exception {
      for (Cell cell : cells) {
        if (done.contains(cell.id())) {
          continue;
        }
        started.countDown();
        release.await(5, TimeUnit.SECONDS);
        control.checkpoint();
        runs.incrementAndGet();
        double mae = 1.0 / n + cell.repetition();
        sink.accept(new FinishedCell(new CellResult(cell.id(), "h", "finetune", n, 10,
            cell.repetition(), n, mae, mae, 0, 0, 0, null, null), new float[] {(float) mae, (float) -mae, 0}));
      }
    }
  }

  /** Runs the groups with a test-errors file of three test rows next to the ledger. */
  private StudyOutcome execute(RunLedger ledger, int threads, RunControl control,
      List<WorkGroup> groups) {
    Set<String> done = new HashSet<>();
    ledger.results().forEach(r -> done.add(r.cellId()));
    try (TestErrorsLog errors = TestErrorsLog.open(dir, "h", 3, done, notice -> {})) {
      return new StudyExecutor(threads, ledger, errors, control, ProgressListener.NONE)
          .execute(groups);
    }
  }

  @Test
  void runsEveryCellOnceAndRecordsItInTheLedgerWithItsTestErrors() {
    List<WorkGroup> groups = List.of(new FakeGroup(100), new FakeGroup(200), new FakeGroup(300));
    try (RunLedger ledger = RunLedger.open(dir, "h")) {
      StudyOutcome outcome = execute(ledger, 2, new RunControl(), groups);
      assertEquals(StudyOutcome.Status.COMPLETED, outcome.status(), outcome.failures().toString());
      assertEquals(6, outcome.progress().cellsDone());
      assertEquals(6, ledger.results().size());
      Set<String> done = new HashSet<>();
      ledger.results().forEach(r -> done.add(r.cellId()));
      TestErrors errors = TestErrorsFile.read(dir, done).orElseThrow();
      assertEquals(done, errors.residuals().keySet());
      for (CellResult r : ledger.results()) {
        assertArrayEquals(new float[] {(float) r.mae(), (float) -r.mae(), 0},
            errors.residuals().get(r.cellId()), r.cellId());
      }
    }
  }

  @Test
  void resumeRunsOnlyTheMissingCells() {
    FakeGroup first = new FakeGroup(100);
    try (RunLedger ledger = RunLedger.open(dir, "h")) {
      execute(ledger, 1, new RunControl(), List.of(first));
    }
    FakeGroup again = new FakeGroup(100);
    FakeGroup extra = new FakeGroup(400);
    try (RunLedger ledger = RunLedger.open(dir, "h")) {
      StudyOutcome outcome = execute(ledger, 2, new RunControl(), List.of(again, extra));
      assertEquals(StudyOutcome.Status.COMPLETED, outcome.status());
      assertEquals(2, outcome.progress().cellsResumed());
      assertEquals(0, again.runs.get(), "finished cells must not run again");
      assertEquals(2, extra.runs.get());
    }
  }

  @Test
  void cancelStopsTheRunAndKeepsFinishedCells() throws Exception {
    FakeGroup slow = new FakeGroup(100);
    slow.started = new CountDownLatch(1);
    slow.release = new CountDownLatch(1);
    RunControl control = new RunControl();
    try (RunLedger ledger = RunLedger.open(dir, "h")) {
      Thread canceller = new Thread(() -> {
        try {
          slow.started.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
        control.cancel();
        slow.release.countDown();
      });
      canceller.start();
      StudyOutcome outcome = execute(ledger, 1, control, List.of(slow));
      canceller.join();
      assertEquals(StudyOutcome.Status.CANCELLED, outcome.status());
      assertTrue(ledger.results().size() < 2);
    }
  }

  @Test
  void aFailingGroupIsReportedAndTheOthersStillFinish() {
    WorkGroup broken = new FakeGroup(5) {
      @Override
      public void run(Set<String> done, Consumer<FinishedCell> sink, RunControl control) {
        throw new IllegalStateException("boom");
      }
    };
    try (RunLedger ledger = RunLedger.open(dir, "h")) {
      StudyOutcome outcome = execute(ledger, 2, new RunControl(), List.of(broken, new FakeGroup(100)));
      assertEquals(StudyOutcome.Status.FAILED, outcome.status());
      assertEquals(List.of("n=5: java.lang.IllegalStateException: boom"), outcome.failures());
      assertEquals(2, ledger.results().size());
    }
  }

  @Test
  void aPausedRunWaitsAtItsFirstCheckpointAndFinishesAfterResume() throws Exception {
    RunControl control = new RunControl();
    control.pause();
    FakeGroup group = new FakeGroup(100);
    try (RunLedger ledger = RunLedger.open(dir, "h")) {
      CompletableFuture<StudyOutcome> run = CompletableFuture.supplyAsync(
          () -> execute(ledger, 1, control, List.of(group)),
          task -> Thread.ofPlatform().daemon().start(task));

      PauseCheckpoint.awaitAWorkerThere(Duration.ofMinutes(1));
      assertEquals(0, group.runs.get(), "no cell runs while paused");
      control.resume();

      StudyOutcome outcome = run.get(1, TimeUnit.MINUTES);
      assertEquals(StudyOutcome.Status.COMPLETED, outcome.status());
      assertEquals(2, group.runs.get());
    }
  }
}
