package org.sim2real.core.study;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sim2real.core.scaling.curve.TestErrorsFile;
import org.sim2real.testing.FaultyFileSystem;

/**
 * An out-of-memory error inside a cell (here thrown half-way through one of its writes, where it
 * can do the most harm) fails only that cell's work group: the ledger and the test errors stay
 * whole lines of whole cells, every ledger cell with its test errors; the other work groups
 * finish, except those with an n at least as large as the one that ran out, which are not
 * started; the outcome is INCOMPLETE with a message that says which cells are missing, what the
 * run needs against what Java may use, and the ways out; and a later run finishes the study with
 * exactly the numbers of an undisturbed run.
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

  private void assertOutOfMemoryFailsOneGroupAndResumeFinishes(Predicate<Path> torn,
      int writesFirst) throws IOException {
    Path results = fs.path(dir.resolve("results"));
    fs.tearWrite(torn, writesFirst, () -> new OutOfMemoryError("Java heap space"));
    List<String> notes = new CopyOnWriteArrayList<>();
    StudyOutcome outcome = StudyRunner.run(plan, results, 2, ShardSpec.ALL, new RunControl(),
        new ProgressListener() {
          @Override
          public void message(String text) {
            notes.add(text);
          }
        });
    assertEquals(1, fs.faultsRaised(), "the error was thrown");
    assertEquals(StudyOutcome.Status.INCOMPLETE, outcome.status(), outcome.failures().toString());
    StudyOutcome.MemoryShortfall memory = outcome.memory();
    assertNotNull(memory);
    assertEquals(List.of(memory.message()), outcome.failures());
    assertEquals(1, memory.ranOut().size(), memory.message());
    String failed = memory.ranOut().get(0);

    // the ledger reads without a warning and holds the undisturbed run's numbers
    Path real = FaultyFileSystem.realPath(results);
    Map<String, CellResult> inLedger = assertWholeAndConsistent(real);
    assertEquals(inLedger.size(), outcome.progress().cellsDone());
    // every cell is either in the ledger or left out for memory, never both
    Set<String> leftOut = new TreeSet<>(memory.cells());
    assertEquals(memory.cells().size(), leftOut.size(), "each left-out cell once");
    assertFalse(leftOut.isEmpty(), "the group that ran out has a cell left out");
    Set<String> union = new TreeSet<>(inLedger.keySet());
    union.addAll(leftOut);
    assertEquals(reference.keySet(), union, "every cell is in the ledger or left out");
    assertTrue(leftOut.stream().noneMatch(inLedger::containsKey), "left-out cells are not recorded");

    // the other groups finished; only those with an n at least as large were not started
    Map<String, WorkOrder.Group> groups = new HashMap<>();
    for (WorkOrder.Group group : WorkOrder.groups(plan.design())) {
      groups.put(group.label(), group);
    }
    int failedN = groups.get(failed).cells().get(0).n();
    Set<String> expectedLeftOut = new TreeSet<>();
    for (String label : memory.skipped()) {
      int n = groups.get(label).cells().get(0).n();
      assertTrue(failedN > 0 && n >= failedN, label + " was skipped after " + failed);
      groups.get(label).cells().forEach(c -> expectedLeftOut.add(c.id()));
      assertTrue(notes.stream().anyMatch(t -> t.startsWith(label + ": not started, since n = ")),
          notes.toString());
    }
    for (WorkOrder.Group group : groups.values()) {
      if (!group.label().equals(failed) && !memory.skipped().contains(group.label())) {
        group.cells().forEach(c -> assertTrue(inLedger.containsKey(c.id()),
            () -> c.id() + " of " + group.label() + " finished"));
      }
      int n = group.cells().get(0).n();
      if (n == 0 || n < failedN) {
        assertFalse(memory.skipped().contains(group.label()),
            group.label() + " has a smaller n: it runs");
      }
    }
    groups.get(failed).cells().stream().filter(c -> !inLedger.containsKey(c.id()))
        .forEach(c -> expectedLeftOut.add(c.id()));
    assertEquals(expectedLeftOut, leftOut);
    assertTrue(notes.stream().anyMatch(t -> t.startsWith(failed + ": out of memory (Java heap"
        + " space) while training ")), notes.toString());

    // the message: which cells, what the run needs against what Java may use, the ways out
    String message = memory.message();
    assertTrue(message.startsWith("Out of memory (Java heap space) in " + failed
        + " while training " + (failedN > 0 ? "with n = " + failedN : "the scratch baseline")),
        message);
    assertTrue(message.contains(memory.skipped().isEmpty() ? ". "
        : "with n = " + failedN + " or more " + (memory.skipped().size() == 1 ? "was" : "were")
            + " not started (" + String.join(", ", memory.skipped()) + ")."), message);
    assertTrue(message.contains((leftOut.size() == 1 ? "This cell is"
        : "These " + leftOut.size() + " cells are") + " not in the ledger; the other cells of"
        + " this run finished and are kept."), message);
    assertTrue(message.contains("MB of heap with 2 threads") && message.contains("this Java may use")
        && message.contains("run again with 1 thread") && message.contains("-Xmx")
        && message.contains(failedN > 0 ? "leave out n = " + failedN + " and larger"
            : "leave out the largest m")
        && message.contains("resumes where this one stopped"), message);
    assertTrue(message.endsWith(memory.advice()), message);

    fs.repair();
    StudyOutcome resumed = StudyRunner.run(plan, results, 2, ShardSpec.ALL, new RunControl(),
        ProgressListener.NONE);
    assertEquals(StudyOutcome.Status.COMPLETED, resumed.status(), resumed.failures().toString());
    assertEquals(null, resumed.memory());
    assertEquals(inLedger.size(), resumed.progress().cellsResumed());
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
  void outOfMemoryWhileWritingALedgerLineFailsOneGroupAndLeavesWholeLines() throws IOException {
    assertOutOfMemoryFailsOneGroupAndResumeFinishes(p -> p.endsWith(RunLedger.FILE_NAME), 3);
  }

  @Test
  void outOfMemoryWhileWritingTestErrorsFailsOneGroupAndLeavesWholeLines() throws IOException {
    assertOutOfMemoryFailsOneGroupAndResumeFinishes(p -> p.endsWith(TestErrorsFile.FILE_NAME), 3);
  }

  @Test
  void outOfMemoryWhileCachingAPretrainedModelFailsOneGroupAndLeavesNoHalfFile()
      throws IOException {
    assertOutOfMemoryFailsOneGroupAndResumeFinishes(p -> p.toString().contains("/cache/"), 1);
  }

  /** Two cells per group (m = 10 and 20); the group can run out of memory after its first cell. */
  private static final class Group implements WorkGroup {
    private final String label;
    private final List<Cell> cells = new ArrayList<>();
    private final boolean runsOutOfMemory;
    int runs;

    Group(int n, int repetition, boolean runsOutOfMemory) {
      this.label = n == 0 ? "scratch r=" + repetition : "n=" + n + " r=" + repetition;
      for (int m : new int[] {10, 20}) {
        cells.add(new Cell(n == 0 ? "scratch" : "finetune", n, m, repetition));
      }
      this.runsOutOfMemory = runsOutOfMemory;
    }

    @Override public String label() { return label; }
    @Override public double cost() { return 1; }
    @Override public List<Cell> cells() { return cells; }

    @Override
    public void run(Set<String> done, Consumer<FinishedCell> sink, RunControl control) {
      runs++;
      for (Cell cell : cells) {
        if (done.contains(cell.id())) {
          continue;
        }
        if (runsOutOfMemory && cell.m() == 20) {
          throw new OutOfMemoryError("Java heap space");
        }
        double mae = cell.n() + cell.m() / 100.0;
        sink.accept(new FinishedCell(new CellResult(cell.id(), "h", cell.strategy(), cell.n(),
            cell.m(), cell.repetition(), 1, mae, mae, 0, 0, 0, null, null),
            new float[] {(float) mae, 0}));
      }
    }
  }

  private StudyOutcome execute(List<Group> groups, @Nullable List<String> notes) {
    Set<String> done = new HashSet<>();
    try (RunLedger ledger = RunLedger.open(dir, "h");
        TestErrorsLog errors = TestErrorsLog.open(dir, "h", 2, doneCells(ledger, done),
            notice -> {})) {
      return new StudyExecutor(1, ledger, errors, new RunControl(), new ProgressListener() {
        @Override
        public void message(String text) {
          if (notes != null) {
            notes.add(text);
          }
        }
      }).execute(List.copyOf(groups));
    }
  }

  private static Set<String> doneCells(RunLedger ledger, Set<String> done) {
    ledger.results().forEach(r -> done.add(r.cellId()));
    return done;
  }

  /**
   * One thread, so the order is fixed: after n = 200 runs out, the groups with n of 200 or more
   * are not started and those with a smaller n and the scratch baseline still run.
   */
  @Test
  void groupsWithAnNAtLeastAsLargeAreSkippedAndSmallerOnesAndTheScratchBaselineRun() {
    Group big = new Group(400, 0, false);
    Group failing = new Group(200, 0, true);
    Group bigLater = new Group(400, 1, false);
    Group same = new Group(200, 1, false);
    Group small = new Group(50, 1, false);
    Group scratch = new Group(0, 1, false);
    List<String> notes = new ArrayList<>();
    StudyOutcome outcome = execute(List.of(big, failing, bigLater, same, small, scratch), notes);

    assertEquals(StudyOutcome.Status.INCOMPLETE, outcome.status(), outcome.failures().toString());
    StudyOutcome.MemoryShortfall memory = outcome.memory();
    assertNotNull(memory);
    assertEquals(List.of("n=200 r=0"), memory.ranOut());
    assertEquals(List.of("n=400 r=1", "n=200 r=1"), memory.skipped());
    assertEquals(List.of("finetune/n=200/m=20/r=0", "finetune/n=400/m=10/r=1",
        "finetune/n=400/m=20/r=1", "finetune/n=200/m=10/r=1", "finetune/n=200/m=20/r=1"),
        memory.cells());
    assertEquals(0, bigLater.runs + same.runs, "the skipped groups never started");
    assertEquals(List.of(1, 1, 1), List.of(big.runs, small.runs, scratch.runs),
        "the larger n before the error, the smaller n and the baseline ran");
    assertEquals(7, outcome.progress().cellsDone());
    assertEquals(12, outcome.progress().cellsTotal());

    RunLedger.Contents ledger = RunLedger.read(dir.resolve(RunLedger.FILE_NAME));
    assertEquals(List.of(), ledger.warnings());
    assertEquals(List.of("finetune/n=400/m=10/r=0", "finetune/n=400/m=20/r=0",
        "finetune/n=200/m=10/r=0", "finetune/n=50/m=10/r=1", "finetune/n=50/m=20/r=1",
        "scratch/n=0/m=10/r=1", "scratch/n=0/m=20/r=1"),
        ledger.results().stream().map(CellResult::cellId).toList());

    assertEquals(List.of(memory.message()), outcome.failures());
    assertEquals("Out of memory (Java heap space) in n=200 r=0 while training with n = 200;"
        + " 2 work groups with n = 200 or more were not started (n=400 r=1, n=200 r=1). These 5"
        + " cells are not in the ledger; the other cells of this run finished and are kept. What"
        + " to do: give Java more memory (-Xmx before -jar, --mem on a cluster), or leave out"
        + " n = 200 and larger; a new run resumes where this one stopped and runs only the"
        + " missing cells.", memory.message());
    assertTrue(notes.contains("n=200 r=0: out of memory (Java heap space) while training with"
        + " n = 200; its unfinished cells are left out of this run and work groups with n = 200"
        + " or more are not started"), notes.toString());
    assertTrue(notes.contains("n=400 r=1: not started, since n = 400 is at least the n = 200"
        + " that ran out of memory; its cells are left for a later run"), notes.toString());

    // with enough memory, a new run does exactly the missing cells
    Group[] again = {new Group(400, 0, false), new Group(200, 0, false),
        new Group(400, 1, false), new Group(200, 1, false), new Group(50, 1, false),
        new Group(0, 1, false)};
    StudyOutcome resumed = execute(List.of(again), null);
    assertEquals(StudyOutcome.Status.COMPLETED, resumed.status(), resumed.failures().toString());
    assertEquals(7, resumed.progress().cellsResumed());
    assertEquals(List.of(0, 1, 1, 1, 0, 0), Stream.of(again).map(g -> g.runs).toList());
    assertEquals(12, RunLedger.read(dir.resolve(RunLedger.FILE_NAME)).results().size());
  }

  /** An out-of-memory error in the scratch baseline skips nothing: it depends on m, not n. */
  @Test
  void outOfMemoryInTheScratchBaselineSkipsNoGroup() {
    Group scratch = new Group(0, 0, true);
    Group pretrained = new Group(100, 0, false);
    StudyOutcome outcome = execute(List.of(scratch, pretrained), null);
    assertEquals(StudyOutcome.Status.INCOMPLETE, outcome.status(), outcome.failures().toString());
    StudyOutcome.MemoryShortfall memory = outcome.memory();
    assertNotNull(memory);
    assertEquals(List.of("scratch/n=0/m=20/r=0"), memory.cells());
    assertEquals(List.of(), memory.skipped());
    assertEquals(1, pretrained.runs);
    assertTrue(memory.message().startsWith("Out of memory (Java heap space) in scratch r=0 while"
        + " training the scratch baseline (m = 20). This cell is not in the ledger;"),
        memory.message());
    assertTrue(memory.advice().contains("leave out the largest m"), memory.advice());
  }
}
