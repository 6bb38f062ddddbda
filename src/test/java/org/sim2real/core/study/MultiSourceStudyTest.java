package org.sim2real.core.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sim2real.core.io.UserFacingException;
import org.sim2real.core.model.TransferStrategy;
import org.sim2real.core.scaling.curve.LearningCurveTable;
import org.sim2real.core.scaling.curve.StudyResults;

/** Several simulation sources in one study (issue 17, the engine half). */
class MultiSourceStudyTest {
  @TempDir Path dir;

  @BeforeEach
  void writeData() throws Exception {
    SyntheticStudyFiles.write(dir, 400, 90);
    Files.writeString(dir.resolve("oqmd.csv"), SyntheticStudyFiles.table(150, 21, true, "property"));
    Files.writeString(dir.resolve("aflow.csv"), SyntheticStudyFiles.table(300, 31, true, "property"));
  }

  private static StudyDesign single() {
    return SyntheticStudyFiles.design().withStrategies(List.of(TransferStrategy.FINE_TUNE));
  }

  private static StudyDesign withSources(String... names) {
    return single().withSources(Stream.of(names)
        .map(name -> SimulationSource.of(name, name + ".csv")).toList());
  }

  private StudyPlan plan(StudyDesign design) {
    return StudyPlanner.plan(design, dir, 1, status -> {});
  }

  private StudyOutcome run(StudyDesign design, String folder) {
    StudyOutcome outcome = StudyRunner.run(plan(design), dir.resolve(folder), 1, ShardSpec.ALL,
        new RunControl(), ProgressListener.NONE);
    assertEquals(StudyOutcome.Status.COMPLETED, outcome.status(), outcome.failures().toString());
    return outcome;
  }

  private static Map<String, CellResult> ledger(Path results) {
    Map<String, CellResult> byCell = new TreeMap<>();
    for (CellResult r : RunLedger.read(results.resolve(RunLedger.FILE_NAME)).results()) {
      byCell.put(r.cellId(), r);
    }
    return byCell;
  }

  @Test
  void sourcesShareTheDesignHashTheExperimentAndTheScratchBaseline() {
    StudyPlan one = plan(single());
    StudyPlan two = plan(withSources("oqmd"));
    assertEquals(one.designHash(), two.designHash());
    // oqmd has 150 rows: the design's sizes 50 and 200 become 50 and 150
    assertEquals(List.of(50, 150), two.design().sources().get(0).sizes());
    assertTrue(two.warnings().stream().anyMatch(w -> w.startsWith("source oqmd has 150 usable")),
        two.warnings().toString());
    // 2 repetitions x (2 sizes of sim + 2 sizes of oqmd + one scratch)
    List<Cell> cells = two.cells();
    assertEquals(10, cells.size());
    assertEquals(2, cells.stream().filter(c -> c.strategy().equals("scratch")).count());
    assertEquals(4, cells.stream().filter(c -> c.strategy().equals("finetune@oqmd")).count());
    assertTrue(one.cells().stream().allMatch(cells::contains));
    // one pretraining group per (source, n, repetition), one scratch group per (m, repetition)
    List<String> labels = WorkOrder.groups(two.design()).stream().map(WorkOrder.Group::label)
        .toList();
    assertEquals(10, labels.size(), labels.toString());
    assertTrue(labels.contains("oqmd n=150 r=1") && labels.contains("n=200 r=1"), labels.toString());
  }

  @Test
  void theMemoryEstimateHoldsEverySourcesTable() {
    StudyPlan one = plan(single());
    StudyPlan three = plan(withSources("oqmd", "aflow"));
    long added = MemoryEstimate.of(three, ShardSpec.ALL, 1).dataBytes()
        - MemoryEstimate.of(one, ShardSpec.ALL, 1).dataBytes();
    long features = three.source("oqmd").data().features().valueBytes()
        + three.source("aflow").data().features().valueBytes();
    assertTrue(added > features, added + " bytes added, features alone " + features);
  }

  @Test
  void aSourceGetsItsOwnNestedRowsThatOtherSourcesDoNotMove() {
    StudyPlan two = plan(withSources("oqmd"));
    StudyPlan three = plan(withSources("oqmd", "aflow"));
    PreparedSource oqmd = two.source("oqmd");
    long seed = two.design().seed();
    int[] small = oqmd.simulationRows(seed, 0, 50);
    int[] large = oqmd.simulationRows(seed, 0, 150);
    assertEquals(List.of(java.util.Arrays.stream(small).boxed().toArray()),
        List.of(java.util.Arrays.stream(large, 0, 50).boxed().toArray()), "nested");
    assertFalse(java.util.Arrays.equals(large, oqmd.simulationRows(seed, 1, 150)),
        "another repetition draws other rows");
    assertTrue(java.util.Arrays.equals(large, three.source("oqmd").simulationRows(seed, 0, 150)),
        "adding aflow leaves the rows of oqmd as they were");
  }

  @Test
  void oneLedgerResumesAndASourceAddedLaterTrainsOnlyItsCells() throws Exception {
    run(single(), "single");
    run(single(), "out");
    Map<String, CellResult> before = ledger(dir.resolve("out"));
    assertEquals(6, before.size());

    StudyOutcome added = run(withSources("oqmd"), "out");
    assertEquals(10, added.progress().cellsTotal());
    assertEquals(6, added.progress().cellsResumed(), "the cells of sim and scratch are kept");
    Map<String, CellResult> two = ledger(dir.resolve("out"));
    assertEquals(10, two.size());
    before.forEach((id, r) -> assertEquals(r, two.get(id), id + " is kept as it was"));
    assertTrue(Files.isRegularFile(dir.resolve("out").resolve(SourceFingerprints.FILE)));

    StudyOutcome again = run(withSources("oqmd"), "out");
    assertEquals(10, again.progress().cellsResumed(), "a finished study is not trained again");
    assertEquals(two, ledger(dir.resolve("out")));

    StudyOutcome third = run(withSources("oqmd", "aflow"), "out");
    assertEquals(14, third.progress().cellsTotal());
    assertEquals(10, third.progress().cellsResumed(), "only aflow's four cells are trained");
    Map<String, CellResult> all = ledger(dir.resolve("out"));
    two.forEach((id, r) -> assertEquals(r, all.get(id), id + " is kept as it was"));

    // the same numbers as a study that had all three sources from the start
    run(withSources("oqmd", "aflow"), "fresh");
    Map<String, Double> fresh = new TreeMap<>();
    ledger(dir.resolve("fresh")).forEach((id, r) -> fresh.put(id, r.mae()));
    Map<String, Double> grown = new TreeMap<>();
    all.forEach((id, r) -> grown.put(id, r.mae()));
    assertEquals(fresh, grown);
    ledger(dir.resolve("single")).forEach((id, r) -> assertEquals(r.mae(), fresh.get(id),
        id + ": sources do not change the cells of the primary simulation"));

    try (Stream<Path> files = Files.list(dir.resolve("out").resolve(PretrainCache.DIRECTORY))) {
      List<String> names = files.map(p -> p.getFileName().toString()).toList();
      assertTrue(names.stream().anyMatch(n -> n.startsWith("pretrained-aflow-n200-r1-")),
          names.toString());
      assertTrue(names.stream().anyMatch(n -> n.startsWith("pretrained-n200-r1-")),
          names.toString());
    }

    LearningCurveTable table = StudyResults.read(dir.resolve("out"), null);
    assertEquals(List.of("finetune", "finetune@aflow", "finetune@oqmd"),
        table.transferStrategies().stream().sorted().toList());
    assertTrue(table.hasBaseline());
  }

  @Test
  void aSourceWhoseFileChangedIsRefusedInTheSameFolder() throws Exception {
    run(withSources("oqmd"), "out");
    Files.writeString(dir.resolve("oqmd.csv"), SyntheticStudyFiles.table(150, 99, true, "property"));
    StudyPlan changed = plan(withSources("oqmd"));
    UserFacingException e = assertThrows(UserFacingException.class, () -> StudyRunner.run(changed,
        dir.resolve("out"), 1, ShardSpec.ALL, new RunControl(), ProgressListener.NONE));
    assertTrue(e.getMessage().startsWith("source oqmd: oqmd.csv"), e.getMessage());
    assertEquals(10, ledger(dir.resolve("out")).size(), "nothing was added");
  }

  @Test
  void shardsOfASourceStudyMergeWithTheirFingerprintsAndShardsOnOtherDataAreRefused()
      throws Exception {
    StudyDesign design = withSources("oqmd");
    for (int shard = 1; shard <= 2; shard++) {
      StudyOutcome outcome = StudyRunner.run(plan(design), dir.resolve("s" + shard), 1,
          new ShardSpec(shard, 2), new RunControl(), ProgressListener.NONE);
      assertEquals(StudyOutcome.Status.COMPLETED, outcome.status(), outcome.failures().toString());
    }
    LedgerMerger.Outcome merged = LedgerMerger.merge(List.of(dir.resolve("s1"), dir.resolve("s2")),
        dir.resolve("merged"));
    assertEquals(10, merged.cells());
    assertEquals(Files.readString(dir.resolve("s1").resolve(SourceFingerprints.FILE)),
        Files.readString(dir.resolve("merged").resolve(SourceFingerprints.FILE)));

    Files.writeString(dir.resolve("oqmd.csv"), SyntheticStudyFiles.table(150, 99, true, "property"));
    StudyRunner.run(plan(design), dir.resolve("s2-other"), 1, new ShardSpec(2, 2),
        new RunControl(), ProgressListener.NONE);
    UserFacingException e = assertThrows(UserFacingException.class, () -> LedgerMerger.merge(
        List.of(dir.resolve("s1"), dir.resolve("s2-other")), dir.resolve("mixed")));
    assertTrue(e.getMessage().startsWith("source oqmd was measured on other data in"),
        e.getMessage());
  }

  @Test
  void aSourceWhoseColumnsDoNotFitTheFeaturizerIsRefused() throws Exception {
    StringBuilder descriptors = new StringBuilder("x1,x2,property\n");
    for (int i = 0; i < 60; i++) {
      descriptors.append(i * 0.5).append(',').append(i % 7).append(',').append(i * 0.1)
          .append('\n');
    }
    Files.writeString(dir.resolve("numbers.csv"), descriptors.toString());
    UserFacingException e = assertThrows(UserFacingException.class,
        () -> plan(withSources("numbers")));
    assertTrue(e.getMessage().startsWith("source numbers (numbers.csv) does not fit the study's"
        + " featurizer"), e.getMessage());
  }

  @Test
  void designJsonKeepsTheSourcesTheirCostsAndSizes() {
    StudyDesign design = single().withSources(List.of(
        SimulationSource.of("oqmd", "oqmd.csv").withCostPerRow(0.05),
        SimulationSource.of("aflow", "aflow.csv").withSizes(List.of(200, 100))));
    StudyDesign read = DesignJson.read(DesignJson.write(design).getBytes(
        java.nio.charset.StandardCharsets.UTF_8), Path.of("design.json"));
    assertEquals(design, read);
    assertEquals(0.05, read.sources().get(0).costPerRow());
    assertEquals(List.of(100, 200), read.sources().get(1).sizes());
    UserFacingException twice = assertThrows(UserFacingException.class,
        () -> single().withSources(List.of(SimulationSource.of("oqmd", "a.csv"),
            SimulationSource.of("OQMD", "b.csv"))));
    assertTrue(twice.getMessage().contains("given twice"), twice.getMessage());
    assertThrows(UserFacingException.class, () -> SimulationSource.of("mp@2", "a.csv"));
    assertThrows(UserFacingException.class,
        () -> SimulationSource.of("oqmd", "a.csv").withCostPerRow(0.0));
  }
}
