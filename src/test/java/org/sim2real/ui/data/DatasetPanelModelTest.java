package org.sim2real.ui.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sim2real.core.data.DuplicatePolicy;
import org.sim2real.core.data.Rejection;
import org.sim2real.core.data.RejectionReason;
import org.sim2real.core.project.DatasetRole;
import org.sim2real.ui.common.BackgroundTasks;
import org.sim2real.ui.common.FakeDialogService;
import org.sim2real.ui.common.InMemoryPreferences;
import org.sim2real.ui.common.ProjectSession;
import org.sim2real.ui.common.UndoManager;
import org.sim2real.ui.common.WorkbenchPreferences;
import org.sim2real.ui.common.data.ColumnRole;
import org.sim2real.ui.common.data.DataSession;
import org.sim2real.ui.common.data.ImportState;

/** One dataset panel's view model: chooser, drop, roles, options and the jump to a row. */
class DatasetPanelModelTest {
  private static final DatasetRole EXP = DatasetRole.EXPERIMENTAL;

  @TempDir Path dir;

  private final ProjectSession session = new ProjectSession();
  private final UndoManager undo = new UndoManager(50);
  private final FakeDialogService dialogs = new FakeDialogService();
  private final WorkbenchPreferences prefs = new WorkbenchPreferences(new InMemoryPreferences());
  private final DataSession data =
      new DataSession(session, BackgroundTasks.sameThread(), undo, s -> {});
  private final DatasetPanelModel panel =
      new DatasetPanelModel(EXP, data, session, dialogs, prefs);

  private void importExp() throws IOException {
    dialogs.filesToOpen.add(DataFixtures.copy(DataFixtures.EXP, dir));
    panel.chooseFile();
  }

  private RoleRow row(String column) {
    return panel.roles().rows().stream().filter(r -> r.column().equals(column)).findFirst()
        .orElseThrow();
  }

  @Test
  void theChooserImportsAndTheReportListsEveryRejectedRow() throws IOException {
    importExp();

    assertEquals(List.of("open: Open Experimental Data"), dialogs.asked);
    assertEquals("exp-small.csv", panel.fileNameProperty().get());
    assertEquals(dir, prefs.lastDirectory());
    assertEquals("8 rows read, 6 usable, 2 rejected", panel.report().countsProperty().get());
    assertEquals(List.of("1 unparseable formula", "1 missing target"), panel.report().reasons());
    assertEquals("line 6, column 'formula': unparseable formula: unknown element 'Xx' in 'Xx99'",
        ValidationReportModel.text(panel.report().rejections().get(0)));
    assertEquals("", panel.report().emptyTextProperty().get());
  }

  @Test
  void rolesArePreselectedFromTheDetectorWithItsReason() throws IOException {
    importExp();

    assertEquals(ColumnRole.FORMULA, row("formula").role());
    assertEquals(ColumnRole.TARGET, row("band_gap_eV").role());
    assertEquals(ColumnRole.IGNORE, row("source").role());
    assertTrue(row("formula").explanation().startsWith("column 'formula': "),
        row("formula").explanation());
    assertEquals("Material: formula 'formula'. Target: 'band_gap_eV'.",
        panel.roles().summaryProperty().get());
  }

  @Test
  void choosingARoleIsOneUndoableStepThatRevalidates() throws IOException {
    importExp();

    row("source").roleProperty().set(ColumnRole.TARGET);

    assertEquals(ColumnRole.IGNORE, row("band_gap_eV").role(), "the old target is freed");
    assertEquals("Undo Change Column Role", undo.undoTextProperty().get());
    assertEquals("8 rows read, 0 usable, 8 rejected", panel.report().countsProperty().get());
    assertEquals(List.of("1 unparseable formula", "7 non-numeric target"),
        panel.report().reasons());

    undo.undo();
    assertEquals(ColumnRole.TARGET, row("band_gap_eV").role());
    assertEquals(ColumnRole.IGNORE, row("source").role());
    assertEquals("8 rows read, 6 usable, 2 rejected", panel.report().countsProperty().get());
  }

  @Test
  void anIncompleteChoiceShowsWhatIsMissingInsteadOfAnError() throws IOException {
    importExp();

    row("formula").roleProperty().set(ColumnRole.IGNORE);

    assertEquals("Choose at least one representation column (a formula, SMILES or descriptor"
        + " columns).", panel.roles().problemProperty().get());
    assertEquals("", panel.roles().summaryProperty().get());
    assertFalse(panel.report().validatedProperty().get());
    assertEquals("", panel.errorProperty().get());
  }

  @Test
  void anOptionChangeIsRecordedInTheProjectAndUndone() throws IOException {
    importExp();

    panel.options().duplicatesProperty().set(DuplicatePolicy.MEAN);

    assertEquals("mean", data.settings(EXP).duplicatePolicy());
    assertEquals("Undo Change Duplicate Handling", undo.undoTextProperty().get());
    undo.undo();
    assertEquals(DuplicatePolicy.KEEP_ALL, panel.options().duplicatesProperty().get());
  }

  @Test
  void withoutAHeaderRowTheColumnsAreNumberedAndTheRolesDetectedAgain() throws IOException {
    importExp();

    panel.options().headerRowProperty().set(false);

    assertTrue(data.settings(EXP).noHeaderRow());
    ImportState state = data.slot(EXP).state();
    assertEquals(List.of("column 1", "column 2", "column 3"), state.table().columnNames());
    assertEquals(9, state.table().rowCount(), "the old header is a data row now");
    assertFalse(data.settings(EXP).hasRoles(), "roles named by the old header are dropped");
    assertEquals(List.of("column 1", "column 2", "column 3"),
        panel.roles().rows().stream().map(RoleRow::column).toList());
    undo.undo();
    assertEquals("formula", panel.roles().rows().get(0).column());
  }

  @Test
  void aRejectionJumpsToItsRowOfThePreview() throws IOException {
    importExp();
    Rejection xx = panel.report().rejections().get(0);

    panel.jumpTo(xx);

    assertEquals(4, panel.selectedRowProperty().get(), "line 6 is the fifth data row");
    Rejection ragged = new Rejection("exp-small.csv", 99, null, null,
        RejectionReason.RAGGED_ROW, "3 fields instead of 2");
    panel.jumpTo(ragged);
    assertTrue(panel.jumpMessageProperty().get().startsWith("Line 99 is not in the preview"));
  }

  @Test
  void aDroppedFileIsImportedAndOtherDropsAreExplained() throws IOException {
    Path exp = DataFixtures.copy(DataFixtures.EXP, dir);
    Path sim = DataFixtures.copy(DataFixtures.SIM, dir);
    assertFalse(panel.canDrop(List.of(exp, sim)));
    assertFalse(panel.canDrop(List.of(dir)));
    assertTrue(panel.canDrop(List.of(exp)));

    assertFalse(panel.drop(List.of(exp, sim)));
    assertEquals("Drop one data file at a time (2 were dropped).", panel.errorProperty().get());
    assertFalse(panel.drop(List.of(dir)));
    assertTrue(panel.errorProperty().get().endsWith("is a folder; drop a data file (.csv, .tsv,"
        + " .txt, .gz or .xlsx)."));

    assertTrue(panel.drop(List.of(exp)));
    assertEquals("exp-small.csv", panel.fileNameProperty().get());
    assertEquals("", panel.errorProperty().get());
  }

  @Test
  void anUnreadableFileShowsItsMessageInThePanel() throws IOException {
    Path empty = Files.writeString(dir.resolve("empty.csv"), "");
    assertTrue(panel.drop(List.of(empty)));
    assertTrue(panel.errorProperty().get().startsWith("empty.csv: the file is empty"),
        panel.errorProperty().get());
    assertEquals("", panel.fileNameProperty().get());
  }
}
