package org.sim2real.core.scaling.curve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sim2real.core.io.UserFacingException;

class SourceTablesTest {
  private static LearningCurveTable table(double scratchError, int repetitions, int testRows,
      double transferError) {
    List<Observation> observations = new ArrayList<>();
    Map<RowErrors.CellKey, float[]> rows = new HashMap<>();
    for (int r = 0; r < repetitions; r++) {
      observations.add(new Observation(Observation.SCRATCH, 50, 0, r, scratchError));
      rows.put(new RowErrors.CellKey(Observation.SCRATCH, 50, 0, r), filled(testRows,
          scratchError));
      for (long n : new long[] {100, 1000}) {
        observations.add(new Observation("finetune", 50, n, r, transferError));
        rows.put(new RowErrors.CellKey("finetune", 50, n, r), filled(testRows, transferError));
      }
    }
    return LearningCurveTable.of("t", observations)
        .withRowErrors(RowErrors.fromResiduals(RowErrors.Kind.ABSOLUTE, rows));
  }

  private static float[] filled(int rows, double value) {
    float[] v = new float[rows];
    java.util.Arrays.fill(v, (float) value);
    return v;
  }

  @Test
  void combinedTableRenamesTransferStrategiesAndKeepsOneBaselineWithRowErrors() {
    LearningCurveTable combined = SourceTables.combine(List.of(
        new SourceTables.Source("mp", "dirA", table(0.5, 2, 3, 0.3)),
        new SourceTables.Source("oqmd", "dirB", table(0.5, 2, 3, 0.4))), new ArrayList<>());
    assertEquals(List.of("finetune@mp", "finetune@oqmd"), combined.transferStrategies());
    assertEquals(2, combined.baseline(50).orElseThrow().repetitionCount(0));
    assertEquals(0.4, combined.curve("finetune@oqmd", 50).orElseThrow().mean(1), 1e-12);
    assertTrue(combined.hasRowErrors());
    assertEquals(3, combined.rowErrors().testRows());
    assertEquals(2 + 4 + 4, combined.observations().size());
  }

  @Test
  void oneStudyWithNamedSourcesSplitsIntoTheTablesThatCombineJoinsBack() {
    LearningCurveTable joined = SourceTables.combine(List.of(
        new SourceTables.Source("mp", "dirA", table(0.5, 2, 3, 0.3)),
        new SourceTables.Source("oqmd", "dirB", table(0.5, 2, 3, 0.4))), new ArrayList<>());
    // a study's own table: the primary's curves carry no source name
    List<Observation> study = new ArrayList<>();
    Map<RowErrors.CellKey, float[]> rows = new HashMap<>();
    for (Observation o : joined.observations()) {
      String strategy = o.strategy().equals("finetune@mp") ? "finetune" : o.strategy();
      study.add(new Observation(strategy, o.m(), o.n(), o.repetition(), o.error()));
      rows.put(new RowErrors.CellKey(strategy, o.m(), o.n(), o.repetition()),
          filled(3, o.error()));
    }
    LearningCurveTable table = LearningCurveTable.of("study", study)
        .withRowErrors(RowErrors.fromResiduals(RowErrors.Kind.ABSOLUTE, rows));
    List<SourceTables.Source> sources = SourceTables.split(table, "mp", "out");
    assertEquals(List.of("mp", "oqmd"), sources.stream().map(SourceTables.Source::name).toList());
    for (SourceTables.Source source : sources) {
      assertEquals(List.of("finetune"), source.table().transferStrategies());
      assertEquals(2 + 4, source.table().observations().size(), "own cells and the baseline");
      assertTrue(source.table().hasRowErrors());
    }
    assertEquals(0.4, sources.get(1).table().curve("finetune", 50).orElseThrow().mean(1), 1e-12);
    LearningCurveTable again = SourceTables.combine(sources, new ArrayList<>());
    assertEquals(joined.transferStrategies(), again.transferStrategies());
    assertEquals(new java.util.HashSet<>(joined.observations()),
        new java.util.HashSet<>(again.observations()));

    UserFacingException single = assertThrows(UserFacingException.class,
        () -> SourceTables.split(table(0.5, 2, 3, 0.3), "mp", "out"));
    assertTrue(single.getMessage().contains("one simulation source"), single.getMessage());
  }

  @Test
  void refusesTablesWhoseScratchCellsRepetitionsOrTestRowsDiffer() {
    UserFacingException scratch = assertThrows(UserFacingException.class, () ->
        SourceTables.combine(List.of(new SourceTables.Source("mp", "dirA", table(0.5, 2, 3, 0.3)),
            new SourceTables.Source("oqmd", "dirB", table(0.51, 2, 3, 0.4))), new ArrayList<>()));
    assertTrue(scratch.getMessage().contains("dirA (mp) and dirB (oqmd)")
        && scratch.getMessage().contains("scratch errors"), scratch.getMessage());
    UserFacingException reps = assertThrows(UserFacingException.class, () ->
        SourceTables.combine(List.of(new SourceTables.Source("mp", "dirA", table(0.5, 2, 3, 0.3)),
            new SourceTables.Source("oqmd", "dirB", table(0.5, 3, 3, 0.4))), new ArrayList<>()));
    assertTrue(reps.getMessage().contains("repetitions [0, 1] and [0, 1, 2]"), reps.getMessage());
    UserFacingException rows = assertThrows(UserFacingException.class, () ->
        SourceTables.combine(List.of(new SourceTables.Source("mp", "dirA", table(0.5, 2, 3, 0.3)),
            new SourceTables.Source("oqmd", "dirB", table(0.5, 2, 4, 0.4))), new ArrayList<>()));
    assertTrue(rows.getMessage().contains("3 and 4 test rows"), rows.getMessage());
    assertThrows(UserFacingException.class, () -> SourceTables.combine(List.of(
        new SourceTables.Source("mp", "dirA", table(0.5, 2, 3, 0.3)),
        new SourceTables.Source("mp", "dirB", table(0.5, 2, 3, 0.4))), new ArrayList<>()));
  }
}
