package org.sim2real.core.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Validation, keys and duplicate policies of a whole import. */
class DatasetImporterTest {
  @TempDir Path dir;

  /** Rows 2..7: Fe2O3 and Fe4O6 share a key, as do K4Mn4O8 and KMnO2. */
  private static final String DUPLICATES = "formula,band_gap_eV\n"
      + "Fe2O3,2.0\n"
      + "K4Mn4O8,1.0\n"
      + "NaCl,8.5\n"
      + "Fe4O6,2.6\n"
      + "KMnO2,1.0000001\n"
      + "Fe2O3,2.3\n";

  private ImportResult importText(String content, ImportOptions options) throws Exception {
    return DatasetImporter.importFile(Fixtures.text(dir, "t.csv", content), options,
        RoleOverrides.none());
  }

  @Test
  void keepAllKeepsEveryRowAndCountsDuplicatesAsAWarning() throws Exception {
    ImportResult r = importText(DUPLICATES, ImportOptions.defaults());
    Dataset d = r.dataset();
    assertEquals(6, d.size());
    assertArrayEquals(new double[] {2.0, 1.0, 8.5, 2.6, 1.0000001, 2.3}, d.targets());
    assertEquals("Fe0.4O0.6", d.key(0));
    assertEquals(d.key(1), d.key(4)); // K4Mn4O8 and KMnO2
    assertEquals(List.of(new ImportWarning("duplicate keys", 3, "2 keys occur more than once"
        + " (3 extra rows); all rows kept (duplicates: keep-all)")), r.report().warnings());
    assertEquals(0, r.report().rejectedRows());
  }

  @Test
  void keepFirstRejectsLaterRowsNamingTheLineKept() throws Exception {
    ImportResult r = importText(DUPLICATES,
        ImportOptions.defaults().withDuplicates(DuplicatePolicy.KEEP_FIRST));
    assertEquals(3, r.dataset().size());
    assertArrayEquals(new double[] {2.0, 1.0, 8.5}, r.dataset().targets());
    assertEquals(List.of(
        "t.csv line 5, column 'formula': duplicate key (first occurrence kept): key 'Fe0.4O0.6'"
            + " first seen on line 2",
        "t.csv line 6, column 'formula': duplicate key (first occurrence kept): key"
            + " 'K0.25Mn0.25O0.5' first seen on line 3",
        "t.csv line 7, column 'formula': duplicate key (first occurrence kept): key 'Fe0.4O0.6'"
            + " first seen on line 2"),
        r.report().rejections().stream().map(Rejection::message).toList());
  }

  @Test
  void meanAveragesTargetsIntoTheFirstRow() throws Exception {
    ImportResult r = importText(DUPLICATES,
        ImportOptions.defaults().withDuplicates(DuplicatePolicy.MEAN));
    Dataset d = r.dataset();
    assertEquals(3, d.size());
    assertEquals((2.0 + 2.6 + 2.3) / 3, d.target(0), 1e-12);
    assertEquals((1.0 + 1.0000001) / 2, d.target(1), 1e-12);
    assertEquals(List.of(2, 3, 4), List.of(d.line(0), d.line(1), d.line(2)));
    assertEquals(6, r.report().usableRows());
    assertEquals(3, r.report().datasetRows());
    assertEquals(0, r.report().rejectedRows());
  }

  @Test
  void rejectConflictsRejectsOnlyRowsBeyondTheTolerance() throws Exception {
    ImportResult r = importText(DUPLICATES, ImportOptions.defaults()
        .withDuplicates(DuplicatePolicy.REJECT_CONFLICTS).withConflictTolerance(0.7));
    // Fe4O6 (2.6) and the second Fe2O3 (2.3) are within 0.7 of 2.0 -> kept; KMnO2 too
    assertEquals(6, r.dataset().size());
    ImportResult strict = importText(DUPLICATES, ImportOptions.defaults()
        .withDuplicates(DuplicatePolicy.REJECT_CONFLICTS).withConflictTolerance(0.5));
    assertEquals(5, strict.dataset().size());
    assertEquals(List.of("t.csv line 5, column 'formula': duplicate key with a conflicting value:"
        + " key 'Fe0.4O0.6' has target 2.6 here but 2 on line 2 (tolerance 0.5)"),
        strict.report().rejections().stream().map(Rejection::message).toList());
    assertEquals(Map.of(RejectionReason.DUPLICATE_CONFLICT, 1), strict.report().countsByReason());
  }

  @Test
  void smilesKeysAreCanonicalSoDifferentSpellingsMatch() throws Exception {
    ImportResult r = importText("smiles,logS\nCCO,1\nOCC,2\nc1ccccc1,3\nC1=CC=CC=C1,4\n",
        ImportOptions.defaults());
    Dataset d = r.dataset();
    assertEquals(d.key(0), d.key(1));
    assertEquals(d.key(2), d.key(3));
    assertEquals(List.of("OCC"), d.representation(1)); // the value as written is kept
  }

  @Test
  void pairKeysJoinBothKeysAndRepresentationsListBothValues() throws Exception {
    ImportResult r = importText("polymer,solvent,chi\n*CC*,CCO,0.4\n*CC*,OCC,0.5\n*CC*,O,0.3\n",
        ImportOptions.defaults());
    Dataset d = r.dataset();
    assertEquals(List.of("*CC*", "CCO"), d.representation(0));
    assertEquals(d.key(0), d.key(1));
    assertEquals(2, d.key(2).split(" \\| ").length);
    assertEquals(d.key(0).split(" \\| ")[0], d.key(2).split(" \\| ")[0]);
  }

  @Test
  void descriptorRowsKeepCanonicalNumbersAndARoundedTupleKey() throws Exception {
    ImportResult r = DatasetImporter.importFile(
        Fixtures.text(dir, "d.csv", "a;b;y\n1,5;2;3\n1,5000001;2,0;4\nx;1;2\n"),
        ImportOptions.defaults().withDecimalComma(true),
        new RoleOverrides(List.of(), List.of(), List.of("a", "b"), "y", null, null));
    Dataset d = r.dataset();
    assertEquals(2, d.size());
    assertEquals(List.of("1.5", "2.0"), d.representation(0));
    assertEquals("1.50000,2.00000", d.key(0));
    assertEquals(d.key(0), d.key(1)); // equal to 6 significant digits
    assertEquals(List.of("d.csv line 4, column 'a': non-numeric descriptor 'x'"),
        r.report().rejections().stream().map(Rejection::message).toList());
  }

  @Test
  void idAndGroupValuesTravelWithTheirRows() throws Exception {
    ImportResult r = importText("id,formula,group,gap\nm1,Fe2O3,A,2\nm2,Xx,B,1\nm3,NaCl,,8\n",
        ImportOptions.defaults());
    Dataset d = r.dataset();
    assertEquals(2, d.size());
    assertEquals("m3", d.id(1));
    assertEquals("A", d.group(0));
    assertNull(d.group(1)); // empty group
    Dataset sub = d.subset(new int[] {1});
    assertEquals("m3", sub.id(0));
    assertEquals(4, sub.line(0));
    assertEquals(8.0, sub.target(0), 0);
  }

  @Test
  void theReportTotalsAndSummaryAddUp() throws Exception {
    ImportResult r = importText("formula,gap\nFe2O3,2\nXx,1\nNaCl,abc\nKCl\nNH4+,3\nMgO,7.8\n",
        ImportOptions.defaults());
    ValidationReport report = r.report();
    assertEquals(6, report.rowsRead());
    assertEquals(3, report.usableRows());
    assertEquals(3, report.rejectedRows());
    assertEquals("t.csv: 6 rows read, 3 usable, 3 rejected (1 ragged row, 1 unparseable formula,"
        + " 1 non-numeric target)", report.summary());
    assertEquals(List.of(3, 4, 5), report.rejections().stream().map(Rejection::line).toList());
    assertEquals(List.of(new ImportWarning("ionic charge removed", 1, "1 row: ionic charge"
        + " removed (first on line 6: ionic charge '+' removed from 'NH4+')")), report.warnings());
  }

  @Test
  void aFileWhereNoRowIsUsableStillGivesAReport() throws Exception {
    ImportResult r = DatasetImporter.importFile(
        Fixtures.text(dir, "bad.csv", "formula,gap\nXx,1\nYy,2\nZz,3\nQq,4\n"),
        ImportOptions.defaults().withDuplicates(DuplicatePolicy.MEAN),
        ColumnRoles.of(RepresentationKind.FORMULA, "formula", "gap"));
    assertEquals(0, r.dataset().size());
    assertEquals(4, r.report().rejectedRows());
    assertEquals(0, r.dataset().targets().length);
  }

  @Test
  void largeInputsAreValidatedInParallelChunksButKeepFileOrder() throws Exception {
    StringBuilder sb = new StringBuilder("formula,gap\n");
    for (int i = 0; i < 150_000; i++) {
      sb.append(i % 50_000 == 7 ? "Xx" : "Fe" + (i % 97 + 1) + "O3").append(',').append(i)
          .append('\n');
    }
    ImportResult r = importText(sb.toString(), ImportOptions.defaults());
    Dataset d = r.dataset();
    assertEquals(150_000 - 3, d.size());
    for (int k = 1; k < d.size(); k++) {
      if (d.line(k) <= d.line(k - 1) || d.target(k) != d.line(k) - 2) {
        throw new AssertionError("row " + k + " out of order: line " + d.line(k));
      }
    }
    assertEquals(List.of(9, 50_009, 100_009),
        r.report().rejections().stream().map(Rejection::line).toList());
  }
}
