package org.sim2real.core.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sim2real.core.io.UserFacingException;

class RunLedgerTest {
  @TempDir Path dir;

  private static CellResult result(String strategy, int n, int rep, double mae) {
    Cell cell = new Cell(strategy, n, 100, rep);
    return new CellResult(cell.id(), "hash-a", strategy, n, 100, rep, 42L + rep, mae, mae * 1.3, 0.5, 1.0,
        2.0, null, null);
  }

  @Test
  void recordsSurviveReopeningAndCountAsDone() {
    try (RunLedger ledger = RunLedger.open(dir, "hash-a")) {
      ledger.append(result("finetune", 100, 0, 0.5));
      ledger.append(result("finetune", 1000, 0, 0.4));
    }
    try (RunLedger ledger = RunLedger.open(dir, "hash-a")) {
      assertEquals(2, ledger.results().size());
      assertTrue(ledger.isDone("finetune/n=1000/m=100/r=0"));
      assertTrue(ledger.results().get(1).sameOutcome(result("finetune", 1000, 0, 0.4)));
      assertTrue(ledger.warnings().isEmpty());
    }
  }

  @Test
  void tornLastLineIsIgnoredWithAWarningAndCutBeforeAppending() throws Exception {
    try (RunLedger ledger = RunLedger.open(dir, "hash-a")) {
      ledger.append(result("finetune", 100, 0, 0.5));
    }
    Path file = dir.resolve(RunLedger.FILE_NAME);
    Files.writeString(file, "{\"cellId\":\"finetune/n=1000/m=100/r=0\",\"designH", StandardCharsets.UTF_8,
        StandardOpenOption.APPEND);
    try (RunLedger ledger = RunLedger.open(dir, "hash-a")) {
      assertEquals(1, ledger.results().size());
      assertEquals(List.of("ledger.jsonl line 3: incomplete last record (the run was interrupted while"
          + " writing it) ignored; that cell will run again"), ledger.warnings());
      ledger.append(result("finetune", 1000, 0, 0.4));
    }
    RunLedger.Contents contents = RunLedger.read(file);
    assertEquals(2, contents.results().size());
    assertTrue(contents.warnings().isEmpty(), contents.warnings().toString());
  }

  @Test
  void ledgerOfAnotherDesignIsRefusedNotMixed() {
    try (RunLedger ledger = RunLedger.open(dir, "hash-a")) {
      ledger.append(result("finetune", 100, 0, 0.5));
    }
    UserFacingException e = assertThrows(UserFacingException.class, () -> RunLedger.open(dir, "hash-b"));
    assertTrue(e.getMessage().contains("different study design"), e.getMessage());
  }

  @Test
  void aFileThatIsNotALedgerIsReportedByLine() throws Exception {
    Files.writeString(dir.resolve(RunLedger.FILE_NAME), "formula,target\nFe2O3,1\n");
    UserFacingException e = assertThrows(UserFacingException.class, () -> RunLedger.open(dir, "hash-a"));
    assertEquals(dir.resolve(RunLedger.FILE_NAME) + " line 1: not a Sim2Real Workbench run ledger", e.getMessage());
  }

  @Test
  void duplicateRecordsKeepTheFirstAndWarn() throws Exception {
    try (RunLedger ledger = RunLedger.open(dir, "hash-a")) {
      ledger.append(result("finetune", 100, 0, 0.5));
    }
    Path file = dir.resolve(RunLedger.FILE_NAME);
    List<String> lines = Files.readAllLines(file);
    Files.writeString(file, lines.get(1) + "\n", StandardOpenOption.APPEND);
    RunLedger.Contents contents = RunLedger.read(file);
    assertEquals(1, contents.results().size());
    assertEquals(1, contents.warnings().size());
  }

  @Test
  void headerTornByACrashDuringCreationIsWrittenAgain() throws Exception {
    try (RunLedger ledger = RunLedger.open(dir, "hash-a")) {
      ledger.append(result("finetune", 100, 0, 0.5));
    }
    Path file = dir.resolve(RunLedger.FILE_NAME);
    String header = Files.readAllLines(file).get(0);
    Files.writeString(file, header.substring(0, header.length() / 2)); // killed mid-header
    try (RunLedger ledger = RunLedger.open(dir, "hash-a")) {
      assertTrue(ledger.results().isEmpty());
      assertEquals(List.of("ledger.jsonl line 1: incomplete header (the first run was interrupted"
          + " while creating the ledger) written again"), ledger.warnings());
      ledger.append(result("finetune", 100, 0, 0.5));
    }
    assertEquals(1, RunLedger.read(file).results().size());
  }

  /** A kill point test found readers (the Run step, merge, status) refusing such a ledger. */
  @Test
  void everyPrefixOfTheHeaderHoldsNoRecordForTheReadersToo() throws Exception {
    Path file = dir.resolve(RunLedger.FILE_NAME);
    assertTrue(RunLedger.holdsNoRecord(file), "missing");
    try (RunLedger ledger = RunLedger.open(dir, "0123456789abcdef")) {
      assertTrue(ledger.results().isEmpty());
    }
    String header = Files.readString(file);
    assertFalse(RunLedger.holdsNoRecord(file), "a whole header line: a started ledger");
    for (int length = 0; length < header.length(); length++) {
      String torn = header.substring(0, length); // killed after this many bytes
      Files.writeString(file, torn);
      assertTrue(RunLedger.holdsNoRecord(file), () -> "torn header " + torn);
      try (RunLedger ledger = RunLedger.open(dir, "0123456789abcdef")) {
        assertTrue(ledger.results().isEmpty());
      }
    }
    Files.writeString(file, "{\"name\":\"something else\"}");
    assertFalse(RunLedger.holdsNoRecord(file), "not a ledger: the reader says so");
  }

  @Test
  void recordsOfAnotherDesignInsideALedgerAreSkippedWithAWarning() throws Exception {
    try (RunLedger ledger = RunLedger.open(dir, "hash-a")) {
      ledger.append(result("finetune", 100, 0, 0.5));
    }
    Path file = dir.resolve(RunLedger.FILE_NAME);
    String foreign = Files.readAllLines(file).get(1).replace("hash-a", "hash-b");
    Files.writeString(file, foreign + "\n", StandardOpenOption.APPEND);
    RunLedger.Contents contents = RunLedger.read(file);
    assertEquals(1, contents.results().size());
    assertEquals(List.of("ledger.jsonl line 3: record of another study design (hash-b) skipped"),
        contents.warnings());
  }

  @Test
  void ledgerLinesWrittenBeforeTheConvergenceFlagStillReadWithTheFlagUnknown() throws Exception {
    Path file = dir.resolve(RunLedger.FILE_NAME);
    Files.writeString(file, "{\"ledger\":\"sim2real-workbench\",\"version\":1,\"designHash\":\"hash-a\"}\n"
        + "{\"cellId\":\"finetune/n=20/m=32/r=0\",\"designHash\":\"hash-a\",\"strategy\":\"finetune\","
        + "\"n\":20,\"m\":32,\"repetition\":0,\"seed\":1,\"mae\":0.5,\"rmse\":0.6,\"r2\":0.1,"
        + "\"pretrainSeconds\":0.1,\"finetuneSeconds\":0.1}\n");
    RunLedger.Contents contents = RunLedger.read(file);
    assertEquals(List.of(), contents.warnings());
    CellResult old = contents.results().get(0);
    assertEquals(0.5, old.mae());
    assertEquals(null, old.pretrainConverged());
    assertEquals(null, old.pretrainLossImprovement());
  }

  @Test
  void convergenceFlagIsRecordedAndLeftOutWhereUnknown() throws Exception {
    Cell cell = new Cell("finetune", 100, 100, 0);
    CellResult flagged = new CellResult(cell.id(), "hash-a", "finetune", 100, 100, 0, 1, 0.5, 0.6,
        0.1, 1, 2, Boolean.FALSE, 0.125);
    try (RunLedger ledger = RunLedger.open(dir, "hash-a")) {
      ledger.append(flagged);
      ledger.append(result("scratch", 0, 0, 0.7));
    }
    List<String> lines = Files.readAllLines(dir.resolve(RunLedger.FILE_NAME));
    assertTrue(lines.get(1).endsWith(",\"pretrainConverged\":false,\"pretrainLossImprovement\":0.125}"),
        lines.get(1));
    assertFalse(lines.get(2).contains("pretrainConverged"),
        "no flag fields where the flag is unknown: " + lines.get(2));
    List<CellResult> read = RunLedger.read(dir.resolve(RunLedger.FILE_NAME)).results();
    assertEquals(flagged, read.get(0));
    assertEquals(null, read.get(1).pretrainConverged());
  }

  @Test
  void linesThatAreNotRecordsAreSkippedWithAWarning() throws Exception {
    try (RunLedger ledger = RunLedger.open(dir, "hash-a")) {
      ledger.append(result("finetune", 100, 0, 0.5));
    }
    Path file = dir.resolve(RunLedger.FILE_NAME);
    Files.writeString(file, "null\n17\n{}\n{\"cellId\":null}\n", StandardOpenOption.APPEND);
    RunLedger.Contents contents = RunLedger.read(file);
    assertEquals(1, contents.results().size());
    assertEquals(4, contents.warnings().size(), contents.warnings().toString());
    assertTrue(contents.warnings().get(0).startsWith("ledger.jsonl line 3: unreadable record"),
        contents.warnings().get(0));
  }

  @Test
  void aCellWhoseModelPredictedNoFiniteNumberReadsBackWithItsNaNErrors() {
    try (RunLedger ledger = RunLedger.open(dir, "hash-a")) {
      ledger.append(result("finetune", 100, 0, Double.NaN));
    }
    try (RunLedger ledger = RunLedger.open(dir, "hash-a")) {
      assertEquals(1, ledger.results().size());
      assertTrue(Double.isNaN(ledger.results().get(0).mae()));
      assertTrue(ledger.warnings().isEmpty(), ledger.warnings().toString());
    }
  }

  @Test
  void recordsWithANumberWrittenAsTextOrAFieldGivenTwiceAreUnreadable() throws Exception {
    try (RunLedger ledger = RunLedger.open(dir, "hash-a")) {
      ledger.append(result("finetune", 100, 0, 0.5));
    }
    Path file = dir.resolve(RunLedger.FILE_NAME);
    String line = Files.readAllLines(file).get(1);
    Files.writeString(file, line.replace("\"mae\":0.5", "\"mae\":\"0.25\"")
        .replace("finetune/n=100", "finetune/n=200") + "\n"
        + line.replace("\"mae\":0.5", "\"mae\":0.5,\"mae\":0.25")
        .replace("finetune/n=100", "finetune/n=300") + "\n", StandardOpenOption.APPEND);
    RunLedger.Contents contents = RunLedger.read(file);
    assertEquals(1, contents.results().size());
    assertEquals(List.of(
        "ledger.jsonl line 3: unreadable record skipped (MismatchedInputException)",
        "ledger.jsonl line 4: unreadable record skipped (StreamReadException)"),
        contents.warnings());
  }

  @Test
  void aFlagWithoutItsImprovementIsRejected() {
    assertThrows(IllegalArgumentException.class, () -> new CellResult("finetune/n=1/m=1/r=0", "h",
        "finetune", 1, 1, 0, 1, 0.5, 0.6, 0.1, 1, 2, Boolean.TRUE, null));
    assertThrows(IllegalArgumentException.class, () -> new CellResult("finetune/n=1/m=1/r=0", "h",
        "finetune", 1, 1, 0, 1, 0.5, 0.6, 0.1, 1, 2, Boolean.TRUE, Double.NaN));
  }
}
