package org.sim2real.core.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sim2real.core.io.UserFacingException;

class StudyRunnerTest {
  @TempDir Path dir;

  @BeforeEach
  void writeData() throws Exception {
    SyntheticStudyFiles.write(dir, 400, 90);
  }

  private StudyPlan plan(StudyDesign design) {
    return StudyPlanner.plan(design, dir, 1, status -> {});
  }

  private static Map<String, Double> maeByCell(Path results) {
    Map<String, Double> byCell = new TreeMap<>();
    for (CellResult r : RunLedger.read(results.resolve(RunLedger.FILE_NAME)).results()) {
      byCell.put(r.cellId(), r.mae());
    }
    return byCell;
  }

  @Test
  void planResolvesDefaultsAndEnumeratesEveryCell() {
    StudyPlan plan = plan(SyntheticStudyFiles.design());
    assertEquals(List.of(72), plan.design().experimentalSizes(), "m defaults to all training rows");
    assertTrue(plan.warnings().stream().anyMatch(w -> w.startsWith("m = 72 is the whole"
        + " experimental training pool") && w.contains("for example 36")), plan.warnings()
        .toString());
    assertTrue(plan(SyntheticStudyFiles.design().withExperimentalSizes(List.of(36))).warnings()
        .stream().noneMatch(w -> w.contains("whole experimental training pool")));
    assertEquals(18, plan.splits().testRows().length);
    // 2 reps x (2 strategies x 2 sizes + scratch)
    assertEquals(10, plan.cells().size());
    assertEquals(List.of(50, 200), plan.design().sizes());
    assertTrue(plan.design().simulation().roles() != null, "roles are resolved into the design");
  }

  @Test
  void sameDesignGivesIdenticalNumbersWithOneOrTwoThreads() {
    StudyDesign design = SyntheticStudyFiles.design();
    StudyOutcome one = StudyRunner.run(plan(design), dir.resolve("one"), 1, ShardSpec.ALL,
        new RunControl(), ProgressListener.NONE);
    StudyOutcome two = StudyRunner.run(plan(design), dir.resolve("two"), 2, ShardSpec.ALL,
        new RunControl(), ProgressListener.NONE);
    assertEquals(StudyOutcome.Status.COMPLETED, one.status(), one.failures().toString());
    assertEquals(StudyOutcome.Status.COMPLETED, two.status(), two.failures().toString());
    Map<String, Double> a = maeByCell(dir.resolve("one"));
    assertEquals(10, a.size());
    assertEquals(a, maeByCell(dir.resolve("two")));
  }

  @Test
  void writesTablesThatTheScalingAnalysisReads() throws Exception {
    StudyRunner.run(plan(SyntheticStudyFiles.design()), dir.resolve("out"), 2, ShardSpec.ALL,
        new RunControl(), ProgressListener.NONE);
    List<String> cells = Files.readAllLines(dir.resolve("out").resolve(ResultTables.CELLS));
    assertEquals("cell_id,strategy,n,m,repetition,seed,mae,rmse,r2,train_seconds,finetune_seconds,"
        + "pretrain_converged,pretrain_loss_improvement", cells.get(0));
    assertEquals(11, cells.size());
    List<String> summary = Files.readAllLines(dir.resolve("out").resolve(ResultTables.SUMMARY));
    // finetune x 2 sizes, frozen x 2 sizes, scratch: 5 rows + header
    assertEquals(6, summary.size(), String.join("\n", summary));
    assertTrue(summary.stream().anyMatch(l -> l.startsWith("scratch,0,72,2,")), String.join("\n", summary));
    var table = org.sim2real.core.scaling.curve.LearningCurveReader.read(dir.resolve("out"), null);
    assertTrue(table.hasBaseline());
    assertTrue(Files.exists(dir.resolve("out").resolve(StudyRunner.DESIGN_FILE)));
  }

  @Test
  void resumedRunReusesTheLedgerAndCachedModels() {
    StudyDesign design = SyntheticStudyFiles.design();
    Path out = dir.resolve("out");
    StudyRunner.run(plan(design.withRepetitions(1)), dir.resolve("first"), 1, ShardSpec.ALL,
        new RunControl(), ProgressListener.NONE);
    // run half (shard 1/2), then the whole: only the missing cells run
    StudyRunner.run(plan(design), out, 1, new ShardSpec(1, 2), new RunControl(), ProgressListener.NONE);
    int firstHalf = maeByCell(out).size();
    assertTrue(firstHalf > 0 && firstHalf < 10, "a shard runs part of the study: " + firstHalf);
    AtomicInteger finished = new AtomicInteger();
    List<String> messages = new ArrayList<>();
    StudyOutcome outcome = StudyRunner.run(plan(design), out, 2, ShardSpec.ALL, new RunControl(),
        new ProgressListener() {
          @Override public void cellFinished(CellResult result, Progress progress) { finished.incrementAndGet(); }
          @Override public synchronized void message(String text) { messages.add(text); }
        });
    assertEquals(StudyOutcome.Status.COMPLETED, outcome.status());
    assertEquals(firstHalf, outcome.progress().cellsResumed());
    assertEquals(10 - firstHalf, finished.get());
    Map<String, Double> uninterrupted = new TreeMap<>();
    StudyRunner.run(plan(design), dir.resolve("whole"), 1, ShardSpec.ALL, new RunControl(), ProgressListener.NONE);
    uninterrupted.putAll(maeByCell(dir.resolve("whole")));
    assertEquals(uninterrupted, maeByCell(out), "a resumed study equals an uninterrupted one");
  }

  @Test
  void changedDesignNeverMixesWithAnOldLedger() {
    Path out = dir.resolve("out");
    StudyRunner.run(plan(SyntheticStudyFiles.design().withRepetitions(1)), out, 1, ShardSpec.ALL,
        new RunControl(), ProgressListener.NONE);
    UserFacingException e = assertThrows(UserFacingException.class, () -> StudyRunner.run(
        plan(SyntheticStudyFiles.design().withSeed(99)), out, 1, ShardSpec.ALL, new RunControl(),
        ProgressListener.NONE));
    assertTrue(e.getMessage().contains("different study design"), e.getMessage());
  }

  @Test
  void designHashIgnoresTheNameAndFileLocationButNotTheData() throws Exception {
    StudyPlan a = plan(SyntheticStudyFiles.design());
    Path moved = dir.resolve("moved");
    Files.createDirectories(moved);
    Files.copy(dir.resolve("sim.csv"), moved.resolve("sim.csv"));
    Files.copy(dir.resolve("exp.csv"), moved.resolve("exp.csv"));
    StudyPlan b = StudyPlanner.plan(SyntheticStudyFiles.design().withName("renamed"), moved, 1, s -> {});
    assertEquals(a.designHash(), b.designHash());
    Files.writeString(moved.resolve("exp.csv"), Files.readString(moved.resolve("exp.csv")) + "Fe2O3,1.5\n");
    StudyPlan c = StudyPlanner.plan(SyntheticStudyFiles.design(), moved, 1, s -> {});
    assertFalse(a.designHash().equals(c.designHash()));
  }

  @Test
  void scheduleLargerThanTheDataIsAClearUserError() {
    UserFacingException e = assertThrows(UserFacingException.class,
        () -> plan(SyntheticStudyFiles.design().withSizes(List.of(50, 5000))));
    assertEquals("sizes: n = 5000 is larger than the 400 usable simulation rows of sim.csv", e.getMessage());
    UserFacingException m = assertThrows(UserFacingException.class,
        () -> plan(SyntheticStudyFiles.design().withExperimentalSizes(List.of(500))));
    assertEquals("experimentalSizes: m = 500 is larger than the 72 experimental training rows left after the test split",
        m.getMessage());
  }

  @Test
  void workGroupsRunRepetitionByRepetitionWithTheLongestFirst() {
    StudyPlan plan = plan(SyntheticStudyFiles.design());
    List<WorkGroup> groups = new StudyWork(plan, new PretrainCache(dir, plan.designHash(), m -> {}),
        ProgressListener.NONE).groups();
    List<String> labels = groups.stream().map(WorkGroup::label).toList();
    assertEquals(List.of("n=200 r=0", "n=50 r=0", "scratch m=72 r=0",
        "n=200 r=1", "n=50 r=1", "scratch m=72 r=1"), labels);
    for (int i = 1; i < groups.size(); i++) {
      boolean sameRepetition = groups.get(i).cells().get(0).repetition()
          == groups.get(i - 1).cells().get(0).repetition();
      assertTrue(!sameRepetition || groups.get(i).cost() <= groups.get(i - 1).cost(), labels.toString());
    }
  }
}
