package org.sim2real.core.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sim2real.core.io.UserFacingException;

/** Known answers for each file-format feature the reader supports. */
class TableReaderFormatTest {
  @TempDir Path dir;

  private static RawTable read(Path file) {
    return TableReader.read(file, ImportOptions.defaults());
  }

  private static List<String> row(RawTable t, int r) {
    List<String> values = new ArrayList<>();
    for (int c = 0; c < t.columnCount(); c++) {
      values.add(t.value(r, c));
    }
    return values;
  }

  @Test
  void readsPlainCommaSeparatedUtf8WithLineNumbers() throws Exception {
    RawTable t = read(Fixtures.text(dir, "plain.csv",
        "formula,band_gap_eV\nFe2O3,2.1\nNaCl,8.5\n"));
    assertEquals(List.of("formula", "band_gap_eV"), t.columnNames());
    assertEquals(2, t.rowCount());
    assertEquals(List.of("NaCl", "8.5"), row(t, 1));
    assertEquals(2, t.line(0));
    assertEquals(3, t.line(1));
    assertEquals("delimited text, comma (detected), UTF-8", t.format().describe());
  }

  @Test
  void skipsAUtf8ByteOrderMarkSoTheFirstHeaderIsClean() throws Exception {
    byte[] body = "formula,y\nFe2O3,2.1\n".getBytes(StandardCharsets.UTF_8);
    byte[] withBom = new byte[body.length + 3];
    withBom[0] = (byte) 0xef;
    withBom[1] = (byte) 0xbb;
    withBom[2] = (byte) 0xbf;
    System.arraycopy(body, 0, withBom, 3, body.length);
    RawTable t = read(Fixtures.bytes(dir, "bom.csv", withBom));
    assertEquals("formula", t.columnNames().get(0));
    assertEquals("UTF-8 with BOM", t.format().encoding());
  }

  @Test
  void quotedFieldsKeepDelimitersQuotesAndLineBreaksAndLaterLinesStayExact() throws Exception {
    String content = "formula,band_gap_eV,note\n"
        + "Fe2O3,2.1,\"hematite, red\"\n"
        + "NaCl,8.5,\"rock \"\"salt\"\"\n"
        + "second line\n"
        + "third line\"\n"
        + "KCl,8.4,plain\n";
    RawTable t = read(Fixtures.text(dir, "quoted.csv", content));
    assertEquals(3, t.rowCount());
    assertEquals("hematite, red", t.value(0, 2));
    assertEquals("rock \"salt\"\nsecond line\nthird line", t.value(1, 2));
    assertEquals(2, t.line(0));
    assertEquals(3, t.line(1)); // the record spans lines 3-5
    assertEquals(6, t.line(2)); // so the next record starts on line 6
  }

  @Test
  void rejectionsAfterAQuotedLineBreakNameThePhysicalLine() throws Exception {
    String content = "formula,band_gap_eV,note\n"
        + "Fe2O3,2.1,\"spans\ntwo lines\"\n"
        + "Xx,1.0,bad\n";
    ImportResult r = DatasetImporter.importFile(Fixtures.text(dir, "spans.csv", content),
        ImportOptions.defaults(), RoleOverrides.none().withTarget("band_gap_eV"));
    assertEquals(1, r.report().rejectedRows());
    assertEquals("spans.csv line 4, column 'formula': unparseable formula: unknown element 'Xx'"
        + " in 'Xx'", r.report().rejections().get(0).message());
  }

  @Test
  void readsCrlfLineEndsWithoutCarriageReturnsInValues() throws Exception {
    RawTable t = read(Fixtures.text(dir, "crlf.csv", "formula,y\r\nFe2O3,2.1\r\nNaCl,8.5\r\n"));
    assertEquals(List.of("formula", "y"), t.columnNames());
    assertEquals(List.of("Fe2O3", "2.1"), row(t, 0));
    assertEquals(List.of("NaCl", "8.5"), row(t, 1));
    assertEquals(3, t.line(1));
  }

  @Test
  void detectsTabs() throws Exception {
    RawTable t = read(Fixtures.text(dir, "data.tsv", "formula\tband gap, eV\nFe2O3\t2.1\n"));
    assertEquals(List.of("formula", "band gap, eV"), t.columnNames());
    assertEquals('\t', t.format().delimiter());
    assertTrue(t.format().delimiterDetected());
  }

  @Test
  void detectsSemicolonsAndReadsDecimalCommasWhenAsked() throws Exception {
    Path file = Fixtures.text(dir, "euro.csv", "formula;band_gap_eV\nFe2O3;2,1\nNaCl;8,5\nKCl;8\n");
    RawTable t = read(file);
    assertEquals(';', t.format().delimiter());
    assertEquals("2,1", t.value(0, 1));
    ImportResult r = DatasetImporter.importFile(file,
        ImportOptions.defaults().withDecimalComma(true), RoleOverrides.none());
    assertEquals(3, r.dataset().size());
    assertEquals(2.1, r.dataset().target(0), 0);
    assertEquals(8.5, r.dataset().target(1), 0);
    assertEquals(8.0, r.dataset().target(2), 0);
  }

  @Test
  void aGivenDelimiterOverridesDetection() throws Exception {
    Path file = Fixtures.text(dir, "pipes.txt", "a|b;c\n1|2;3\n");
    assertEquals(List.of("a|b", "c"), read(file).columnNames());
    RawTable t = TableReader.read(file, ImportOptions.defaults().withDelimiter('|'));
    assertEquals(List.of("a", "b;c"), t.columnNames());
    assertFalse(t.format().delimiterDetected());
  }

  @Test
  void readsGzipByMagicBytesWhateverTheName() throws Exception {
    byte[] content = "formula,y\nFe2O3,2.1\n".getBytes(StandardCharsets.UTF_8);
    RawTable named = read(Fixtures.gzip(dir, "data.csv.gz", content));
    RawTable unnamed = read(Fixtures.gzip(dir, "data.csv", content));
    for (RawTable t : List.of(named, unnamed)) {
      assertTrue(t.format().gzip());
      assertEquals(List.of("Fe2O3", "2.1"), row(t, 0));
    }
    assertEquals("delimited text, comma (detected), UTF-8, gzip-compressed",
        named.format().describe());
  }

  @Test
  void readsUtf16WithAByteOrderMarkAsExcelsUnicodeTextExportWrites() throws Exception {
    byte[] body = "formula\ty\nFe2O3\t2.1\n".getBytes(StandardCharsets.UTF_16LE);
    byte[] content = new byte[body.length + 2];
    content[0] = (byte) 0xff;
    content[1] = (byte) 0xfe;
    System.arraycopy(body, 0, content, 2, body.length);
    RawTable t = read(Fixtures.bytes(dir, "unicode.txt", content));
    assertEquals(List.of("Fe2O3", "2.1"), row(t, 0));
    assertEquals("UTF-16LE with BOM", t.format().encoding());
  }

  @Test
  void readsTheFirstXlsxSheetByDefaultWithExcelRowNumbersAsLines() throws Exception {
    Path file = Fixtures.xlsx(dir, "book.xlsx", List.of("gaps", "other"), List.of(
        List.of(List.of("formula", "band_gap_eV"), List.of("Fe2O3", "2.1"), List.of(),
            List.of("NaCl", "8.5")),
        List.of(List.of("smiles", "y"), List.of("CCO", "1.5"))));
    RawTable t = read(file);
    assertEquals(List.of("formula", "band_gap_eV"), t.columnNames());
    assertEquals(2, t.rowCount());
    assertEquals(List.of("Fe2O3", "2.1"), row(t, 0));
    assertEquals(4, t.line(1)); // row 3 is empty in the sheet
    assertEquals("Excel workbook (.xlsx), sheet 'gaps'", t.format().describe());
  }

  @Test
  void readsAnXlsxSheetChosenByNameOrPosition() throws Exception {
    Path file = Fixtures.xlsx(dir, "book.xlsx", List.of("gaps", "molecules"), List.of(
        List.of(List.of("formula", "band_gap_eV"), List.of("Fe2O3", "2.1")),
        List.of(List.of("smiles", "y"), List.of("CCO", "1.5"))));
    for (String sheet : List.of("molecules", "2")) {
      RawTable t = TableReader.read(file, ImportOptions.defaults().withSheet(sheet));
      assertEquals(List.of("smiles", "y"), t.columnNames(), sheet);
      assertEquals(List.of("CCO", "1.5"), row(t, 0));
    }
    UserFacingException e = assertThrows(UserFacingException.class,
        () -> TableReader.read(file, ImportOptions.defaults().withSheet("nope")));
    assertEquals("book.xlsx: the workbook has no sheet 'nope'; its sheets are 'gaps', 'molecules'"
        + " (or give a position 1 to 2).", e.getMessage());
  }

  @Test
  void xlsxImportGivesTheSameDatasetAsTheEquivalentCsv() throws Exception {
    Path xlsx = Fixtures.xlsx(dir, "book.xlsx", List.of("Sheet1"), List.of(List.of(
        List.of("formula", "band_gap_eV"), List.of("Fe2O3", "2.1"), List.of("NaCl", "8.5"),
        List.of("Xx", "1"))));
    Path csv = Fixtures.text(dir, "book.csv",
        "formula,band_gap_eV\nFe2O3,2.1\nNaCl,8.5\nXx,1\n");
    ImportResult a = DatasetImporter.importFile(xlsx, ImportOptions.defaults(),
        RoleOverrides.none());
    ImportResult b = DatasetImporter.importFile(csv, ImportOptions.defaults(),
        RoleOverrides.none());
    assertEquals(b.dataset().size(), a.dataset().size());
    for (int i = 0; i < a.dataset().size(); i++) {
      assertEquals(b.dataset().representation(i), a.dataset().representation(i));
      assertEquals(b.dataset().target(i), a.dataset().target(i), 0);
      assertEquals(b.dataset().line(i), a.dataset().line(i));
    }
    assertEquals("book.xlsx line 4, column 'formula': unparseable formula: unknown element 'Xx'"
        + " in 'Xx'", a.report().rejections().get(0).message());
  }

  @Test
  void xlsxInsideGzipIsReadToo() throws Exception {
    Path xlsx = Fixtures.xlsx(dir, "book.xlsx", List.of("s"), List.of(List.of(
        List.of("formula", "y"), List.of("Fe2O3", "2.1"))));
    Path gz = Fixtures.gzip(dir, "book.xlsx.gz", Files.readAllBytes(xlsx));
    RawTable t = read(gz);
    assertTrue(t.format().gzip());
    assertEquals("s", t.format().sheet());
    assertEquals(List.of("Fe2O3", "2.1"), row(t, 0));
  }

  @Test
  void aSheetChosenForATextFileIsReportedAsIgnored() throws Exception {
    RawTable t = TableReader.read(Fixtures.text(dir, "t.csv", "formula,y\nFe2O3,2.1\n"),
        ImportOptions.defaults().withSheet("Sheet2"));
    assertEquals(List.of(new ImportWarning("sheet ignored", 0, "the sheet option ('Sheet2')"
        + " applies to Excel workbooks only; this is a text file")), t.warnings());
  }

  @Test
  void withoutHeaderColumnsAreNumberedAndTheFirstRowIsData() throws Exception {
    RawTable t = TableReader.read(Fixtures.text(dir, "nohead.csv", "Fe2O3,2.1\nNaCl,8.5\n"),
        ImportOptions.defaults().withHasHeader(false));
    assertEquals(List.of("column 1", "column 2"), t.columnNames());
    assertEquals(2, t.rowCount());
    assertEquals(1, t.line(0));
  }

  @Test
  void blankRowsAreSkippedButCountedInAWarning() throws Exception {
    RawTable t = read(Fixtures.text(dir, "blank.csv", "formula,y\n\nFe2O3,2.1\n,\n  \nNaCl,1\n"));
    assertEquals(2, t.rowCount());
    assertEquals(6, t.line(1));
    assertEquals(List.of(new ImportWarning("blank rows", 3,
        "3 blank rows skipped (lines 2, 4, 5)")), t.warnings());
  }
}
