package org.sim2real.core.study;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sim2real.core.io.UserFacingException;
import org.sim2real.core.scaling.curve.TestErrorsFile;

class TestErrorsLogTest {
  private static final String A = "finetune/n=100/m=50/r=0";
  private static final String B = "finetune/n=200/m=50/r=0";
  private static final String C = "scratch/n=0/m=50/r=0";

  @TempDir Path dir;

  private TestErrorsLog open(Set<String> done) {
    return TestErrorsLog.open(dir, "hash-a", 3, done, notice -> {});
  }

  private Path file() {
    return dir.resolve(TestErrorsFile.FILE_NAME);
  }

  private List<String> lines() throws IOException {
    return Files.readAllLines(file(), StandardCharsets.UTF_8);
  }

  @Test
  void appendedErrorsAreReadBackForTheDoneCells() {
    try (TestErrorsLog log = open(Set.of())) {
      log.append(A, new float[] {1, 2, 3});
      log.append(C, new float[] {-1, 0, 0.5f});
    }
    var read = TestErrorsFile.read(dir, Set.of(A, C)).orElseThrow();
    assertEquals("hash-a", read.designHash());
    assertArrayEquals(new float[] {1, 2, 3}, read.residuals().get(A));
    assertArrayEquals(new float[] {-1, 0, 0.5f}, read.residuals().get(C));
  }

  @Test
  void recordsOfCellsTheLedgerDoesNotHoldAreDroppedWhenTheFileIsOpenedAgain() throws IOException {
    try (TestErrorsLog log = open(Set.of())) {
      log.append(A, new float[] {1, 2, 3});
      log.append(B, new float[] {4, 5, 6}); // its ledger line was never written
    }
    try (TestErrorsLog log = open(Set.of(A))) {
      log.append(B, new float[] {7, 8, 9}); // B ran again, maybe with other numbers
    }
    assertEquals(3, lines().size(), "header, A and B once");
    var read = TestErrorsFile.read(dir, Set.of(A, B)).orElseThrow();
    assertArrayEquals(new float[] {7, 8, 9}, read.residuals().get(B), "the rerun's errors count");
    assertEquals(List.of(), read.warnings());
  }

  @Test
  void tornLastLineIsCutOffBeforeAppendingAndReportedOnce() throws IOException {
    try (TestErrorsLog log = open(Set.of())) {
      log.append(A, new float[] {1, 2, 3});
    }
    String line = TestErrorsFile.recordLine(B, new float[] {4, 5, 6});
    Files.writeString(file(), line.substring(0, 30), StandardOpenOption.APPEND);
    try (TestErrorsLog log = open(Set.of(A))) {
      assertEquals(List.of("test-errors.jsonl line 3: incomplete last record (the run was"
          + " interrupted while writing it) ignored; that cell will run again"), log.warnings());
      log.append(B, new float[] {4, 5, 6});
    }
    assertEquals(3, lines().size());
    TestErrorsFile.Contents contents = TestErrorsFile.readAll(file()).orElseThrow();
    assertEquals(List.of(), contents.warnings());
    assertEquals(Set.of(A, B), contents.records().keySet());
  }

  @Test
  void duplicateAndUnreadableLinesAreDroppedWhenTheFileIsOpenedAgain() throws IOException {
    try (TestErrorsLog log = open(Set.of())) {
      log.append(A, new float[] {1, 2, 3});
    }
    Files.writeString(file(), lines().get(1) + "\n{\"cellId\":\"garbage\"}\n",
        StandardOpenOption.APPEND);
    try (TestErrorsLog log = open(Set.of(A))) {
      assertEquals(2, log.warnings().size(), log.warnings().toString());
    }
    assertEquals(2, lines().size(), "header and A once");
  }

  @Test
  void headerTornByACrashDuringCreationIsWrittenAgain() throws IOException {
    String header = TestErrorsFile.headerLine("hash-a", 3);
    Files.writeString(file(), header.substring(0, header.length() / 2));
    try (TestErrorsLog log = open(Set.of())) {
      assertEquals(1, log.warnings().size());
      log.append(A, new float[] {1, 2, 3});
    }
    assertEquals(List.of(header, TestErrorsFile.recordLine(A, new float[] {1, 2, 3})), lines());
  }

  @Test
  void fileOfAnotherDesignIsRefusedNotMixed() throws IOException {
    try (TestErrorsLog log = open(Set.of())) {
      log.append(A, new float[] {1, 2, 3});
    }
    byte[] before = Files.readAllBytes(file());
    UserFacingException e = assertThrows(UserFacingException.class,
        () -> TestErrorsLog.open(dir, "hash-b", 3, Set.of(), notice -> {}));
    assertTrue(e.getMessage().startsWith("The results folder " + dir + " holds the test errors"
        + " (test-errors.jsonl) of a different study design (hash-a, this design is hash-b)"),
        e.getMessage());
    assertArrayEquals(before, Files.readAllBytes(file()), "the other design's file is untouched");
  }

  @Test
  void fileWithAnotherNumberOfTestRowsIsRefused() {
    try (TestErrorsLog log = open(Set.of())) {
      log.append(A, new float[] {1, 2, 3});
    }
    UserFacingException e = assertThrows(UserFacingException.class,
        () -> TestErrorsLog.open(dir, "hash-a", 4, Set.of(A), notice -> {}));
    assertTrue(e.getMessage().startsWith(file() + " line 1: the file has 3 test rows per cell, but"
        + " this study has 4"), e.getMessage());
  }

  @Test
  void residualsOfTheWrongLengthAreAProgrammingError() {
    try (TestErrorsLog log = open(Set.of())) {
      assertThrows(IllegalArgumentException.class, () -> log.append(A, new float[] {1, 2}));
    }
  }

  @Test
  void fileDeletedWhileTheStudyRunsIsWrittenAgainWithEveryRecord() throws IOException {
    List<String> notices = new ArrayList<>();
    try (TestErrorsLog log = TestErrorsLog.open(dir, "hash-a", 3, Set.of(), notices::add)) {
      log.append(A, new float[] {1, 2, 3});
      Files.delete(file());
      log.append(B, new float[] {4, 5, 6});
    }
    assertEquals(1, notices.size());
    assertEquals(Set.of(A, B), TestErrorsFile.readAll(file()).orElseThrow().records().keySet());
  }
}
