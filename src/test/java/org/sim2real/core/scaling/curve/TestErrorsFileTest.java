package org.sim2real.core.scaling.curve;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sim2real.core.io.UserFacingException;

class TestErrorsFileTest {
  private static final String A = "finetune/n=100/m=50/r=0";
  private static final String B = "finetune/n=1000/m=50/r=0";
  private static final String SCRATCH = "scratch/n=0/m=50/r=0";

  @TempDir Path dir;

  private Path write(String... lines) throws IOException {
    Path file = dir.resolve(TestErrorsFile.FILE_NAME);
    Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    return file;
  }

  private static float[] residuals(float first) {
    return new float[] {first, -0.25f, Float.MIN_VALUE, -1e30f, 0f};
  }

  @Test
  void residualsSurviveTheRoundTripBitForBit() throws IOException {
    float[] a = residuals(0.5f);
    float[] scratch = {Float.NaN, 3.4e38f, -0f, 1.17549435e-38f, 123.456f};
    write(TestErrorsFile.headerLine("hash-a", 5), TestErrorsFile.recordLine(A, a),
        TestErrorsFile.recordLine(SCRATCH, scratch));
    TestErrors read = TestErrorsFile.read(dir, Set.of(A, SCRATCH)).orElseThrow();
    assertEquals("hash-a", read.designHash());
    assertEquals(5, read.testRows());
    assertEquals(List.of(A, SCRATCH), List.copyOf(read.residuals().keySet()));
    assertArrayEquals(a, read.residuals().get(A));
    for (int i = 0; i < scratch.length; i++) {
      assertEquals(Float.floatToRawIntBits(scratch[i]),
          Float.floatToRawIntBits(read.residuals().get(SCRATCH)[i]), "row " + i);
    }
    assertEquals(List.of(), read.warnings());
  }

  @Test
  void theLinesHaveExactlyTheAgreedFormat() {
    assertEquals("{\"testErrors\":\"sim2real-workbench\",\"version\":1,\"designHash\":\"abc\","
        + "\"testRows\":2}", TestErrorsFile.headerLine("abc", 2));
    String encoded = Base64.getEncoder().encodeToString(
        new byte[] {0, 0, (byte) 0x80, 0x3f, 0, 0, 0, (byte) 0xc0}); // 1.0f, -2.0f little-endian
    assertEquals("{\"cellId\":\"" + A + "\",\"residuals\":\"" + encoded + "\"}",
        TestErrorsFile.recordLine(A, new float[] {1f, -2f}));
  }

  @Test
  void recordOfACellThatIsNotDoneIsIgnored() throws IOException {
    write(TestErrorsFile.headerLine("h", 5), TestErrorsFile.recordLine(A, residuals(1)),
        TestErrorsFile.recordLine(B, residuals(2)));
    TestErrors read = TestErrorsFile.read(dir, Set.of(A)).orElseThrow();
    assertEquals(Set.of(A), read.residuals().keySet());
    assertEquals(List.of(), read.warnings(), "an unfinished cell's record is no problem");
    assertEquals(2, TestErrorsFile.readAll(dir.resolve(TestErrorsFile.FILE_NAME)).orElseThrow()
        .records().size(), "readAll keeps it for the writer to judge");
  }

  @Test
  void tornLastLineIsIgnoredWithAWarningAndLeftOutOfTheValidLength() throws IOException {
    Path file = write(TestErrorsFile.headerLine("h", 5), TestErrorsFile.recordLine(A, residuals(1)));
    long whole = Files.size(file);
    String torn = TestErrorsFile.recordLine(B, residuals(2));
    Files.writeString(file, torn.substring(0, torn.length() - 7), StandardOpenOption.APPEND);
    TestErrorsFile.Contents contents = TestErrorsFile.readAll(file).orElseThrow();
    assertEquals(Set.of(A), contents.records().keySet());
    assertEquals(whole, contents.validLength());
    assertEquals(List.of("test-errors.jsonl line 3: incomplete last record (the run was"
        + " interrupted while writing it) ignored; that cell will run again"), contents.warnings());
  }

  @Test
  void completeRecordWithoutItsLineEndCountsAsTorn() throws IOException {
    Path file = write(TestErrorsFile.headerLine("h", 5));
    Files.writeString(file, TestErrorsFile.recordLine(A, residuals(1)), StandardOpenOption.APPEND);
    assertEquals(Set.of(), TestErrorsFile.readAll(file).orElseThrow().records().keySet());
  }

  @Test
  void duplicateRecordsKeepTheFirst() throws IOException {
    write(TestErrorsFile.headerLine("h", 5), TestErrorsFile.recordLine(A, residuals(1)),
        TestErrorsFile.recordLine(A, residuals(2)));
    TestErrorsFile.Contents contents =
        TestErrorsFile.readAll(dir.resolve(TestErrorsFile.FILE_NAME)).orElseThrow();
    assertEquals(1f, contents.records().get(A)[0]);
    assertEquals(1, contents.droppedLines());
    assertEquals(List.of("test-errors.jsonl line 3: cell " + A + " recorded twice; the first"
        + " record is kept"), contents.warnings());
  }

  @Test
  void unreadableRecordsAreSkippedWithAWarningByLine() throws IOException {
    String good = TestErrorsFile.recordLine(A, residuals(1));
    write(TestErrorsFile.headerLine("h", 5),
        "{\"cellId\":\"" + B + "\",\"residuals\":\"AAAA\"}", // one float, not five
        "{\"cellId\":\"" + B + "\",\"residuals\":\"" + "#".repeat(28) + "\"}", // not base64
        "{\"cellId\":\"not a cell\",\"residuals\":\"" + good.split("\"residuals\":\"")[1],
        "{\"cellId\":17,\"residuals\":null}", "[1,2]", "{\"cellId\":\"" + B + "\"", good);
    TestErrorsFile.Contents contents =
        TestErrorsFile.readAll(dir.resolve(TestErrorsFile.FILE_NAME)).orElseThrow();
    assertEquals(Set.of(A), contents.records().keySet());
    assertEquals(6, contents.droppedLines());
    assertEquals("test-errors.jsonl line 2: unreadable record skipped", contents.warnings().get(0));
  }

  @Test
  void doneCellsWithoutRecordsAreCountedInAWarning() throws IOException {
    write(TestErrorsFile.headerLine("h", 5), TestErrorsFile.recordLine(A, residuals(1)));
    TestErrors read = TestErrorsFile.read(dir, Set.of(A, B, SCRATCH)).orElseThrow();
    assertEquals(List.of("test-errors.jsonl: 2 of 3 finished cells have no test errors (finished"
        + " by a workbench that did not keep them); their test-set uncertainty is unknown"),
        read.warnings());
  }

  @Test
  void resultsFolderWithoutTheFileHasNoTestErrors() throws IOException {
    assertEquals(Optional.empty(), TestErrorsFile.read(dir, Set.of(A)));
    Files.writeString(dir.resolve(TestErrorsFile.FILE_NAME), "{\"testErrors\":\"sim2re");
    assertEquals(Optional.empty(), TestErrorsFile.read(dir, Set.of(A)),
        "a header torn while the first run created the file holds nothing yet");
    Files.writeString(dir.resolve(TestErrorsFile.FILE_NAME), "");
    assertEquals(Optional.empty(), TestErrorsFile.read(dir, Set.of(A)));
  }

  @Test
  void aFileThatIsNotATestErrorsFileIsRefusedNamingFileAndLine() throws IOException {
    Path file = write("{\"ledger\":\"sim2real-workbench\",\"version\":1,\"designHash\":\"h\"}");
    UserFacingException e = assertThrows(UserFacingException.class,
        () -> TestErrorsFile.read(file, Set.of()));
    assertEquals(file + " line 1: not a Sim2Real Workbench test-errors file. Choose the"
        + " test-errors.jsonl of a results folder, or move this file away.", e.getMessage());
    Files.writeString(file, "formula,target\nFe2O3");
    assertThrows(UserFacingException.class, () -> TestErrorsFile.read(file, Set.of()));
    Files.writeString(file, "no line end and no header");
    assertThrows(UserFacingException.class, () -> TestErrorsFile.read(file, Set.of()));
  }

  @Test
  void aFileOfANewerFormatAsksForAnUpdate() throws IOException {
    Path file = write(TestErrorsFile.headerLine("h", 5).replace("\"version\":1", "\"version\":2"));
    UserFacingException e = assertThrows(UserFacingException.class,
        () -> TestErrorsFile.readAll(file));
    assertTrue(e.getMessage().contains("update the workbench"), e.getMessage());
  }

  @Test
  void impossibleTestRowCountsAreRefused() throws IOException {
    Path file = write(TestErrorsFile.headerLine("h", 5).replace(":5}", ":0}"));
    UserFacingException e = assertThrows(UserFacingException.class,
        () -> TestErrorsFile.readAll(file));
    assertTrue(e.getMessage().startsWith(file + " line 1: testRows is 0"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> TestErrorsFile.headerLine("h", 0));
    assertThrows(IllegalArgumentException.class, () -> TestErrorsFile.recordLine(A, new float[0]));
    assertThrows(IllegalArgumentException.class,
        () -> TestErrorsFile.recordLine("no cell", new float[1]));
  }

  @Test
  void aLineLongerThanAnyRecordIsRefusedBeforeItIsRead() throws IOException {
    Path file = write(TestErrorsFile.headerLine("h", 2), "x".repeat(2_000_000));
    UserFacingException e = assertThrows(UserFacingException.class,
        () -> TestErrorsFile.readAll(file));
    assertTrue(e.getMessage().startsWith(file + " line 2 is longer than any line"), e.getMessage());
  }
}
