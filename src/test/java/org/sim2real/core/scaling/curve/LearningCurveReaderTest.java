package org.sim2real.core.scaling.curve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sim2real.core.io.UserFacingException;

class LearningCurveReaderTest {
  @TempDir Path dir;

  private static LearningCurveTable parse(String csv) throws IOException {
    return LearningCurveReader.parse("t.csv", new BufferedReader(new StringReader(csv)), null);
  }

  private static String errorOf(String csv) {
    return assertThrows(UserFacingException.class, () -> parse(csv)).getMessage();
  }

  @Test
  void studyDirectoryIsReadThroughItsCellsCsv() throws IOException {
    BandGapReferenceFixture.writeCellsCsv(dir, 7);
    LearningCurveTable table = LearningCurveReader.read(dir, null);
    assertEquals(List.of("finetune"), table.transferStrategies());
    assertEquals(List.of(3683), table.mValues("finetune"));
    LearningCurve curve = table.curve("finetune", 3683).orElseThrow();
    assertEquals(10, curve.sizeCount());
    assertEquals(0.529, curve.mean(0), 1e-6);
    assertEquals(5, curve.repetitionCount(9));
    assertEquals(0.516, table.baseline(3683).orElseThrow().mean(0), 1e-6);
  }


  @Test
  void studyCellsCsvWithTheConvergenceColumnsReadsLikeOneWithout() throws IOException {
    String old = "cell_id,strategy,n,m,repetition,seed,mae,rmse,r2,train_seconds,finetune_seconds\n"
        + "finetune/n=100/m=50/r=0,finetune,100,50,0,1,0.4,0.5,0.1,1.0,2.0\n"
        + "scratch/n=0/m=50/r=0,scratch,0,50,0,2,0.6,0.7,0.1,0.0,2.0\n";
    String current = "cell_id,strategy,n,m,repetition,seed,mae,rmse,r2,train_seconds,"
        + "finetune_seconds,pretrain_converged,pretrain_loss_improvement\n"
        + "finetune/n=100/m=50/r=0,finetune,100,50,0,1,0.4,0.5,0.1,1.0,2.0,true,0.0123\n"
        + "scratch/n=0/m=50/r=0,scratch,0,50,0,2,0.6,0.7,0.1,0.0,2.0,,\n";
    assertEquals(parse(old).observations(), parse(current).observations());
    assertEquals(2, parse(current).observations().size());
  }

  @Test
  void scratchStrategyRowsAreBaselineWhateverTheirN() throws IOException {
    LearningCurveTable table = parse("strategy,n,rep,mae\nScratch,500,0,0.5\nft,100,0,0.4\n");
    assertTrue(table.baseline(Observation.M_NOT_GIVEN).isPresent());
    assertEquals(List.of("ft"), table.transferStrategies());
  }

  @Test
  void plainTableWithoutStrategyRepetitionOrMDefaultsSensibly() throws IOException {
    LearningCurveTable table = parse("n,error\n0,0.50\n0,0.52\n100,0.4\n100,0.42\n1000,0.3\n");
    assertEquals(List.of("transfer"), table.transferStrategies());
    assertEquals(List.of(Observation.M_NOT_GIVEN), table.mValues("transfer"));
    LearningCurve curve = table.curve("transfer", Observation.M_NOT_GIVEN).orElseThrow();
    assertEquals(2, curve.repetitionCount(0), "two rows of one size are two repetitions");
    assertEquals(1, curve.repetitionCount(1), "a single row is a single repetition");
    assertEquals(0.51, table.baseline(Observation.M_NOT_GIVEN).orElseThrow().mean(0), 1e-12);
  }

  @Test
  void chosenErrorColumnIsUsed() throws IOException {
    LearningCurveTable table = LearningCurveReader.parse("t.csv",
        new BufferedReader(new StringReader("n,mae,rmse\n100,0.4,0.9\n")), "RMSE");
    assertEquals(0.9, table.observations().get(0).error(), 0);
  }

  @Test
  void semicolonSeparatedTablesWithQuotesAndBomAreRead() throws IOException {
    LearningCurveTable table = parse("\uFEFF\"n\";\"mae\"\n\"100\";\"0.4\"\n");
    assertEquals(100, table.observations().get(0).n());
  }

  @Test
  void nonNumericSizeNamesFileLineAndColumn() {
    String message = errorOf("strategy,n,mae\nft,100,0.4\nft,abc,0.3\n");
    assertTrue(message.contains("t.csv line 3, column 2 (n)"), message);
    assertTrue(message.contains("'abc' is not a number"), message);
  }

  @Test
  void negativeErrorIsRejectedWithItsPlace() {
    String message = errorOf("n,mae\n100,-0.1\n");
    assertTrue(message.contains("line 2, column 2 (mae)"), message);
    assertTrue(message.contains("negative"), message);
  }

  @Test
  void fractionalSizeEmptyErrorAndShortRowsAreRejected() {
    assertTrue(errorOf("n,mae\n100.5,0.1\n").contains("not a whole number"));
    assertTrue(errorOf("n,mae\n100,\n").contains("is empty"));
    assertTrue(errorOf("n,mae\n100\n").contains("is missing"));
    assertTrue(errorOf("n,mae\n100,NaN\n").contains("not a finite error"));
  }

  @Test
  void missingColumnsAreNamedWithWhatToDo() {
    assertTrue(errorOf("size,mae\n100,0.1\n").contains("no column 'n'"));
    assertTrue(errorOf("n,score\n100,0.1\n").contains("--error-column"));
    assertTrue(errorOf("n,mae\n").contains("no rows"));
    assertTrue(errorOf("").contains("empty"));
  }

  @Test
  void duplicateCellsNameBothLines() {
    String message = errorOf("n,rep,mae\n100,0,0.4\n100,0,0.41\n");
    assertTrue(message.contains("line 3") && message.contains("line 2"), message);
  }

  @Test
  void missingFileAndDirectoryWithoutCellsAreUserErrors() {
    assertThrows(UserFacingException.class, () -> LearningCurveReader.read(dir, null));
    assertThrows(UserFacingException.class,
        () -> LearningCurveReader.read(dir.resolve("nope.csv"), null));
  }

  private static final String CURVE = "strategy,n,repetition,mae\nft,100,0,0.5\nft,1000,0,0.3\n";

  private Path gzip(String name, byte[] content) throws IOException {
    Path file = dir.resolve(name);
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
      out.write(content);
    }
    return file;
  }

  private static List<Double> errors(LearningCurveTable table) {
    return table.observations().stream().map(Observation::error).toList();
  }

  @Test
  void gzipCompressedTablesAreReadLikeADataset() throws IOException {
    Path file = gzip("cells.csv.gz", CURVE.getBytes(StandardCharsets.UTF_8));
    assertEquals(List.of(0.5, 0.3), errors(LearningCurveReader.read(file, null)));
  }

  @Test
  void quotedFieldsMaySpanLinesAndLaterLinesKeepTheirNumbers() throws IOException {
    Path file = dir.resolve("notes.csv");
    Files.writeString(file, "n,mae,note\n100,0.5,\"first,\nsecond \"\"line\"\"\"\n1000,oops,x\n");
    String message = assertThrows(UserFacingException.class,
        () -> LearningCurveReader.read(file, null)).getMessage();
    assertEquals("notes.csv line 4, column 2 (mae): 'oops' is not a number; the error column must"
        + " hold test errors", message);
  }

  @Test
  void utf16WithAByteOrderMarkAndSemicolonsIsRead() throws IOException {
    Path file = dir.resolve("excel.csv");
    byte[] text = CURVE.replace(',', ';').getBytes(StandardCharsets.UTF_16LE);
    byte[] withBom = new byte[text.length + 2];
    withBom[0] = (byte) 0xff;
    withBom[1] = (byte) 0xfe;
    System.arraycopy(text, 0, withBom, 2, text.length);
    Files.write(file, withBom);
    assertEquals(List.of(0.5, 0.3), errors(LearningCurveReader.read(file, null)));
  }

  @Test
  void tabSeparatedTablesAreRead() throws IOException {
    Path file = dir.resolve("curve.tsv");
    Files.writeString(file, CURVE.replace(',', '\t'));
    assertEquals(List.of(0.5, 0.3), errors(LearningCurveReader.read(file, null)));
  }

  @Test
  void anExcelWorkbookIsReadFromItsFirstSheet() throws IOException {
    Path file = dir.resolve("curve.xlsx");
    try (OutputStream out = Files.newOutputStream(file)) {
      Workbook workbook = new Workbook(out, "sim2real-test", "1.0");
      Worksheet sheet = workbook.newWorksheet("curve");
      String[][] rows = {{"n", "mae"}, {"100", "0.5"}, {"1000", "0.3"}};
      for (int r = 0; r < rows.length; r++) {
        for (int c = 0; c < 2; c++) {
          if (r == 0) {
            sheet.value(r, c, rows[r][c]);
          } else {
            sheet.value(r, c, Double.parseDouble(rows[r][c]));
          }
        }
      }
      workbook.finish();
    }
    assertEquals(List.of(0.5, 0.3), errors(LearningCurveReader.read(file, null)));
  }

  @Test
  void blankLinesBeforeTheHeaderDoNotShiftLineNumbers() {
    String message = errorOf("\n\nsize,mae\n100,0.5\n");
    assertTrue(message.startsWith("t.csv line 3: no column 'n'"), message);
  }

  @Test
  void aFileThatIsNotUtf8IsRefusedWithTheDatasetMessage() throws IOException {
    Path file = dir.resolve("latin1.csv");
    Files.write(file, "n,mae,note\n100,0.5,caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
    assertEquals("latin1.csv line 2: the file is not valid UTF-8 (byte 0xE9 at byte offset 22); it"
        + " was probably saved as Latin-1/Windows-1252. Save it as UTF-8 (in Excel: Save As >"
        + " 'CSV UTF-8') and import it again.",
        assertThrows(UserFacingException.class, () -> LearningCurveReader.read(file, null))
            .getMessage());
  }
}
