package org.sim2real.testing;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.sim2real.core.scaling.curve.TestErrorsFile;
import org.sim2real.core.study.CellResult;
import org.sim2real.core.study.ResultTables;
import org.sim2real.core.study.RunLedger;

/**
 * Asserts that two results folders hold the same study results cell by cell: the same cells in
 * the ledger with the same numbers, the same test errors of every cell, and the same cells.csv
 * except the seconds each cell took.
 */
public final class SameResults {
  private SameResults() {}

  /** Compares {@code actual} with {@code expected}; returns the number of cells. */
  public static int assertSameResults(Path expected, Path actual) {
    Map<String, CellResult> want = cells(expected);
    Map<String, CellResult> got = cells(actual);
    assertEquals(want.keySet(), got.keySet(), "the same cells");
    for (CellResult r : got.values()) {
      assertTrue(r.sameOutcome(want.get(r.cellId())), () -> "cell " + r.cellId() + " differs: "
          + r + " vs " + want.get(r.cellId()));
    }
    Map<String, float[]> wantErrors = testErrors(expected);
    Map<String, float[]> gotErrors = testErrors(actual);
    assertEquals(want.keySet(), wantErrors.keySet(), "every expected cell has its test errors");
    assertEquals(wantErrors.keySet(), gotErrors.keySet(), "the same cells have test errors");
    wantErrors.forEach((cellId, residuals) ->
        assertArrayEquals(residuals, gotErrors.get(cellId), "test errors of " + cellId));
    assertEquals(cellsCsvWithoutSeconds(expected), cellsCsvWithoutSeconds(actual), "cells.csv");
    return got.size();
  }

  private static Map<String, CellResult> cells(Path folder) {
    RunLedger.Contents contents = RunLedger.read(folder.resolve(RunLedger.FILE_NAME));
    assertEquals(List.of(), contents.warnings(), folder + ": the ledger reads cleanly");
    Map<String, CellResult> byId = new TreeMap<>();
    contents.results().forEach(r -> byId.put(r.cellId(), r));
    assertEquals(contents.results().size(), byId.size(), "each cell once");
    return byId;
  }

  private static Map<String, float[]> testErrors(Path folder) {
    TestErrorsFile.Contents contents = TestErrorsFile.readAll(
        folder.resolve(TestErrorsFile.FILE_NAME)).orElseThrow();
    assertEquals(List.of(), contents.warnings(), folder + ": the test errors read cleanly");
    return new TreeMap<>(contents.records());
  }

  /** The rows of cells.csv without the columns train_seconds and finetune_seconds. */
  private static List<String> cellsCsvWithoutSeconds(Path folder) {
    try {
      List<String> lines = Files.readAllLines(folder.resolve(ResultTables.CELLS),
          StandardCharsets.UTF_8);
      List<String> header = List.of(lines.get(0).split(",", -1));
      int train = header.indexOf("train_seconds");
      int finetune = header.indexOf("finetune_seconds");
      assertTrue(train >= 0 && finetune >= 0, lines.get(0));
      List<String> kept = new ArrayList<>();
      for (String line : lines) {
        String[] fields = line.split(",", -1);
        fields[train] = "";
        fields[finetune] = "";
        kept.add(String.join(",", fields));
      }
      return kept;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
