package org.sim2real.core.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sim2real.core.io.UserFacingException;
import org.sim2real.core.scaling.curve.TestErrorsFile;

class LedgerMergerTest {
  @TempDir Path dir;

  private static CellResult result(String hash, int n, double mae) {
    Cell cell = new Cell("finetune", n, 50, 0);
    return new CellResult(cell.id(), hash, "finetune", n, 50, 0, 7L, mae, mae, 0.1, 0, 0, null,
        null);
  }

  private Path shard(String name, String hash, CellResult... results) {
    Path shardDir = dir.resolve(name);
    try (RunLedger ledger = RunLedger.open(shardDir, hash)) {
      for (CellResult r : results) {
        ledger.append(r);
      }
    }
    return shardDir;
  }

  @Test
  void mergesShardsIntoOneLedgerCountingAgreeingDuplicates() {
    Path a = shard("a", "h", result("h", 100, 0.5), result("h", 200, 0.4));
    Path b = shard("b", "h", result("h", 300, 0.3), result("h", 200, 0.4));
    LedgerMerger.Outcome outcome = LedgerMerger.merge(List.of(a, b), dir.resolve("all"));
    assertEquals(3, outcome.cells());
    assertEquals(1, outcome.duplicates());
    assertEquals(3, RunLedger.read(dir.resolve("all").resolve(RunLedger.FILE_NAME)).results().size());
  }

  @Test
  void refusesShardsOfDifferentDesignsOrDisagreeingResults() {
    Path a = shard("a", "h", result("h", 100, 0.5));
    Path other = shard("o", "g", result("g", 100, 0.5));
    assertThrows(UserFacingException.class, () -> LedgerMerger.merge(List.of(a, other), dir.resolve("x")));
    Path b = shard("b", "h", result("h", 100, 0.6));
    UserFacingException e = assertThrows(UserFacingException.class,
        () -> LedgerMerger.merge(List.of(a, b), dir.resolve("y")));
    assertTrue(e.getMessage().contains("different results"), e.getMessage());
  }

  /** A shard whose cells have test errors of {@code testRows} rows, each filled with {@code value}. */
  private Path shardWithTestErrors(String name, int testRows, float value, CellResult... results) {
    Path shardDir = dir.resolve(name);
    try (RunLedger ledger = RunLedger.open(shardDir, "h");
        TestErrorsLog errors = TestErrorsLog.open(shardDir, "h", testRows, Set.of(), n -> {})) {
      for (CellResult r : results) {
        float[] residuals = new float[testRows];
        Arrays.fill(residuals, value);
        errors.append(r.cellId(), residuals);
        ledger.append(r);
      }
    }
    return shardDir;
  }

  @Test
  void refusesShardsWithDifferentNumbersOfTestRows() {
    Path a = shardWithTestErrors("a", 3, 0.5f, result("h", 100, 0.5));
    Path b = shardWithTestErrors("b", 4, 0.5f, result("h", 200, 0.4));
    UserFacingException e = assertThrows(UserFacingException.class,
        () -> LedgerMerger.merge(List.of(a, b), dir.resolve("all")));
    assertEquals(b.resolve(TestErrorsFile.FILE_NAME) + " has 4 test rows per cell but "
        + a.resolve(TestErrorsFile.FILE_NAME) + " has 3; the shards did not run the same design"
        + " on the same data, so they cannot be merged", e.getMessage());
  }

  @Test
  void refusesACellWhoseTestErrorsDifferBetweenShards() {
    Path a = shardWithTestErrors("a", 3, 0.5f, result("h", 100, 0.5));
    Path b = shardWithTestErrors("b", 3, 0.7f, result("h", 100, 0.5));
    UserFacingException e = assertThrows(UserFacingException.class,
        () -> LedgerMerger.merge(List.of(a, b), dir.resolve("all")));
    assertTrue(e.getMessage().contains("different test errors"), e.getMessage());
  }

  @Test
  void mergedTestErrorsHoldTheCellsOfEachInputsLedgerOnly() throws Exception {
    Path a = shardWithTestErrors("a", 3, 0.5f, result("h", 100, 0.5));
    try (TestErrorsLog errors = TestErrorsLog.open(a, "h", 3, Set.of(result("h", 100, 0.5)
        .cellId()), n -> {})) {
      errors.append(result("h", 300, 0.3).cellId(), new float[] {9, 9, 9}); // never finished
    }
    Path b = shardWithTestErrors("b", 3, 0.4f, result("h", 200, 0.4));
    LedgerMerger.Outcome outcome = LedgerMerger.merge(List.of(a, b), dir.resolve("all"));
    assertEquals(2, outcome.cellsWithTestErrors());
    TestErrorsFile.Contents merged = TestErrorsFile.readAll(dir.resolve("all")
        .resolve(TestErrorsFile.FILE_NAME)).orElseThrow();
    assertEquals(Set.of(result("h", 100, 0.5).cellId(), result("h", 200, 0.4).cellId()),
        merged.records().keySet());
  }

  @Test
  void shardsPartitionTheGroupsExactly() {
    int groups = 23;
    int[] owners = new int[groups];
    for (int i = 1; i <= 4; i++) {
      ShardSpec shard = new ShardSpec(i, 4);
      IntStream.range(0, groups).filter(shard::owns).forEach(g -> owners[g]++);
    }
    assertTrue(IntStream.of(owners).allMatch(c -> c == 1));
    assertEquals(new ShardSpec(3, 10), ShardSpec.parse(" 3/10"));
    assertEquals("shard must be i/N with 1 <= i <= N, got 0/4",
        assertThrows(UserFacingException.class, () -> ShardSpec.parse("0/4")).getMessage());
  }
}
