package org.sim2real.ui.common.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sim2real.core.data.RejectionReason;
import org.sim2real.core.io.Sha256;
import org.sim2real.core.project.DatasetReference;
import org.sim2real.core.project.DatasetRole;
import org.sim2real.core.project.ImportSettings;
import org.sim2real.core.project.Project;
import org.sim2real.ui.common.BackgroundTasks;
import org.sim2real.ui.common.ProjectSession;
import org.sim2real.ui.common.UndoManager;
import org.sim2real.ui.data.DataFixtures;

/** The two datasets following the project: imports, edits, undo and reopening, without FX. */
class DataSessionTest {
  private static final DatasetRole SIM = DatasetRole.SIMULATION;
  private static final DatasetRole EXP = DatasetRole.EXPERIMENTAL;

  @TempDir Path dir;

  private final ProjectSession session = new ProjectSession();
  private final UndoManager undo = new UndoManager(50);
  private final List<String> status = new ArrayList<>();
  /** Background work of {@link #queued()} sessions: waits here until a test runs it. */
  private final java.util.ArrayDeque<Runnable> queue = new java.util.ArrayDeque<>();
  private final ProjectSession queuedProject = new ProjectSession();
  private final BackgroundTasks queuedTasks =
      new BackgroundTasks(queue::add, Runnable::run, Runnable::run);
  private final DataSession data =
      new DataSession(session, BackgroundTasks.sameThread(), undo, status::add);

  private ImportState state(DatasetRole role) {
    return data.slot(role).state();
  }

  @Test
  void importDetectsRolesValidatesAndRecordsTheFileInTheProject() throws IOException {
    Path exp = DataFixtures.copy(DataFixtures.EXP, dir);

    data.importFile(EXP, exp);

    ImportState s = state(EXP);
    assertEquals(6, data.dataset(EXP).size());
    assertEquals(2, s.result().report().rejectedRows());
    assertEquals(1, s.result().report().countsByReason().get(RejectionReason.UNPARSEABLE_FORMULA));
    DatasetReference ref = session.project().dataset(EXP);
    assertEquals(exp.toString(), ref.path());
    assertEquals(Sha256.ofFile(exp), ref.sha256());
    assertEquals(List.of("formula"), ref.importSettings().representationColumns());
    assertEquals("band_gap_eV", ref.importSettings().targetColumn());
    assertTrue(session.isModified());
    assertEquals("Undo Import Experimental Data", undo.undoTextProperty().get());
    assertTrue(status.getLast().startsWith("Imported exp-small.csv: 8 rows read, 6 usable"),
        status.getLast());
  }

  @Test
  void undoOfAnImportForgetsTheFileAndRedoBringsItBack() throws IOException {
    data.importFile(SIM, DataFixtures.copy(DataFixtures.SIM, dir));

    undo.undo();
    assertNull(session.project().dataset(SIM));
    assertNull(state(SIM));

    undo.redo();
    assertEquals(10, data.dataset(SIM).size());
  }

  @Test
  void changingARoleValidatesTheSameTableAgainAndCanBeUndone() throws IOException {
    data.importFile(EXP, DataFixtures.copy(DataFixtures.EXP, dir));
    ImportState before = state(EXP);
    ImportSettings settings = data.settings(EXP);

    data.changeSettings(EXP, RoleAssignment.of(before.table().columnNames(), settings)
        .with("source", ColumnRole.ID).applyTo(settings), "Change Column Role", "k");

    assertSame(before.table(), state(EXP).table(), "roles alone do not read the file again");
    assertEquals("source", state(EXP).result().dataset().roles().id());
    assertEquals("ref-1", data.dataset(EXP).id(0));
    undo.undo();
    assertNull(state(EXP).result().dataset().roles().id());
  }

  @Test
  void incompleteRolesKeepTheTableButNoDataset() throws IOException {
    data.importFile(EXP, DataFixtures.copy(DataFixtures.EXP, dir));
    ImportSettings settings = data.settings(EXP);

    data.changeSettings(EXP, RoleAssignment.of(state(EXP).table().columnNames(), settings)
        .with("band_gap_eV", ColumnRole.IGNORE).applyTo(settings), "Change Column Role", "k");

    assertNull(data.dataset(EXP));
    assertEquals("Choose a target column.", state(EXP).rolesProblem());
    assertEquals(8, state(EXP).table().rowCount());
    assertFalse(data.readyProperty().get());
  }

  @Test
  void aFileThatCannotBeReadShowsItsMessageAndTheGoodImportStays() throws IOException {
    Path exp = DataFixtures.copy(DataFixtures.EXP, dir);
    data.importFile(EXP, exp);
    Path broken = Files.write(dir.resolve("broken.csv"), new byte[] {0, 1, 2, 3, 0, 0, 5});

    data.importFile(EXP, broken);

    String error = data.slot(EXP).errorProperty().get();
    assertTrue(error.startsWith("broken.csv: "), error);
    assertEquals(exp.toString(), session.project().dataset(EXP).path());
    assertEquals(6, data.dataset(EXP).size());
    assertTrue(status.getLast().startsWith("Could not import broken.csv: "), status.getLast());
  }

  @Test
  void changingTheDelimiterReadsTheFileAgainAndAnImpossibleOneKeepsThePreviousTable()
      throws IOException {
    data.importFile(SIM, DataFixtures.copy(DataFixtures.SIM, dir));
    ImportSettings s = data.settings(SIM);

    data.changeSettings(SIM, withDelimiter(s, ";"), "Change Delimiter", "d");
    assertEquals(1, state(SIM).table().columnCount(), "the whole line is one column now");
    assertTrue(state(SIM).notes().getFirst().contains("detected again"),
        state(SIM).notes().toString());
    assertNull(data.dataset(SIM));

    undo.undo();
    assertEquals(2, state(SIM).table().columnCount());
    assertEquals(10, data.dataset(SIM).size());
  }

  @Test
  void reopeningAProjectImportsBothFilesWithTheSavedRoles() throws IOException {
    Path sim = DataFixtures.copy(DataFixtures.SIM, dir);
    Path exp = DataFixtures.copy(DataFixtures.EXP, dir);
    ImportSettings expSettings = ImportSettings.undecided().withRoles(
        List.of(new org.sim2real.core.data.RepresentationColumn("formula",
            org.sim2real.core.data.RepresentationKind.FORMULA)),
        "band_gap_eV", List.of("source"), List.of());
    Project project = Project.newProject("p")
        .withDataset(SIM, new DatasetReference(sim.toString(), Sha256.ofFile(sim),
            ImportSettings.undecided()))
        .withDataset(EXP, new DatasetReference(exp.toString(), Sha256.ofFile(exp), expSettings));

    session.load(project, dir.resolve("p.s2r"), false);

    assertEquals(10, data.dataset(SIM).size());
    assertEquals("source", data.dataset(EXP).roles().id());
    assertTrue(data.readyProperty().get());
    assertFalse(session.isModified(), "following the project does not change it");
    assertEquals(0, undo.undoCount());
  }

  @Test
  void aMissingFileOfAnOpenedProjectClearsTheOldDataAndSaysSo() throws IOException {
    data.importFile(SIM, DataFixtures.copy(DataFixtures.SIM, dir));
    Project other = Project.newProject("q").withDataset(SIM, new DatasetReference(
        dir.resolve("gone.csv").toString(), "0".repeat(64), ImportSettings.undecided()));

    session.load(other, null, false);

    assertNull(state(SIM), "the previous project's data must not stay");
    assertTrue(data.slot(SIM).errorProperty().get().startsWith("gone.csv: file not found"),
        data.slot(SIM).errorProperty().get());
  }

  @Test
  void aNewProjectClearsBothDatasets() throws IOException {
    data.importFile(SIM, DataFixtures.copy(DataFixtures.SIM, dir));
    session.load(Project.newProject("n"), null, false);
    assertNull(state(SIM));
    assertEquals("", data.slot(SIM).errorProperty().get());
  }

  @Test
  void aChangedFileIsNotedAndReloadRecordsItsNewChecksum() throws IOException {
    Path sim = DataFixtures.copy(DataFixtures.SIM, dir);
    data.importFile(SIM, sim);
    Project saved = session.project();
    Files.writeString(sim, "formula,band_gap_eV\nNaCl,5.0\nKCl,5.2\n");
    session.load(Project.newProject("other"), null, false);
    session.load(saved, null, false); // opened again, the file changed meanwhile
    assertTrue(state(SIM).notes().getFirst().contains("SHA-256 checksum changed"),
        state(SIM).notes().toString());

    data.reload(SIM);

    assertEquals(2, data.dataset(SIM).size());
    assertEquals(Sha256.ofFile(sim), session.project().dataset(SIM).sha256());
    assertTrue(state(SIM).notes().isEmpty(), state(SIM).notes().toString());
  }

  @Test
  void anImportStartedWhileAnotherRunsWaitsForItAndWins() throws IOException {
    DataSession queued = queued();
    Path sim = DataFixtures.copy(DataFixtures.SIM, dir);
    Path exp = DataFixtures.copy(DataFixtures.EXP, dir);

    queued.importFile(SIM, sim);
    queued.importFile(SIM, exp);
    assertTrue(queued.slot(SIM).busyProperty().get());
    assertEquals(1, queue.size(), "one task per dataset at a time");
    while (!queue.isEmpty()) {
      queue.poll().run();
    }

    assertEquals("exp-small.csv", queued.slot(SIM).state().fileName());
    assertFalse(queued.slot(SIM).busyProperty().get());
  }

  @Test
  void aCancelledImportSaysSoAndLeavesTheDataAsItWas() throws IOException {
    DataSession queued = queued();
    BackgroundTasks tasks = queuedTasks;
    queued.importFile(SIM, DataFixtures.copy(DataFixtures.SIM, dir));
    queue.poll().run();

    queued.importFile(SIM, DataFixtures.copy(DataFixtures.EXP, dir));
    tasks.cancelCurrent();
    queue.poll().run();

    assertEquals("sim-small.csv", queued.slot(SIM).state().fileName());
    assertEquals("Import of exp-small.csv cancelled; the previous data are kept.",
        queued.slot(SIM).noticeProperty().get());
    assertEquals("", queued.slot(SIM).errorProperty().get());
    assertEquals("Import of exp-small.csv cancelled; the previous data are kept.",
        status.getLast());
    assertFalse(queued.slot(SIM).busyProperty().get());
    assertEquals("", queued.slot(SIM).progressMessageProperty().get());
    assertTrue(queue.isEmpty(), "nothing is retried on its own");
  }

  @Test
  void aCancelledFirstImportLeavesNoDataAndNoFileInTheProject() throws IOException {
    DataSession queued = queued();
    ProjectSession project = queuedProject;

    queued.importFile(SIM, DataFixtures.copy(DataFixtures.SIM, dir));
    assertEquals("Importing sim-small.csv", queued.slot(SIM).progressMessageProperty().get());
    queued.cancel(SIM);
    assertEquals("Cancelling...", queued.slot(SIM).progressMessageProperty().get());
    queue.poll().run();

    assertNull(queued.slot(SIM).state());
    assertNull(project.project().dataset(SIM));
    assertFalse(project.isModified());
    assertEquals("Import of sim-small.csv cancelled; no data imported.",
        queued.slot(SIM).noticeProperty().get());
  }

  @Test
  void aCancelledReadingAfterAnOptionChangeKeepsTheTableShownAndSaysHowToCatchUp()
      throws IOException {
    DataSession queued = queued();
    ProjectSession project = queuedProject;
    queued.importFile(SIM, DataFixtures.copy(DataFixtures.SIM, dir));
    queue.poll().run();
    ImportState before = queued.slot(SIM).state();

    queued.changeSettings(SIM, withDelimiter(queued.settings(SIM), ";"), "Change Delimiter", "d");
    assertTrue(queued.slot(SIM).busyProperty().get(), "the file is read again");
    queued.cancel(SIM);
    queue.poll().run();

    assertSame(before, queued.slot(SIM).state());
    assertEquals(";", queued.settings(SIM).delimiter(), "the edit itself stays, undoable");
    assertEquals("Import of sim-small.csv cancelled; the previous data are kept; they may not"
        + " follow the latest settings. Press Reload to read the file again.",
        queued.slot(SIM).noticeProperty().get());
    assertTrue(queue.isEmpty(), "nothing is retried on its own");
  }

  @Test
  void aNewProjectClearsTheNoticeOfACancelledReading() throws IOException {
    DataSession queued = queued();
    ProjectSession project = queuedProject;
    queued.importFile(SIM, DataFixtures.copy(DataFixtures.SIM, dir));
    queue.poll().run();
    queued.reload(SIM);
    queued.cancel(SIM);
    queue.poll().run();
    assertTrue(queued.slot(SIM).noticeProperty().get().startsWith("Import of sim-small.csv"
        + " cancelled; the previous data are kept"), queued.slot(SIM).noticeProperty().get());

    project.load(Project.newProject("n"), null, false);

    assertEquals("", queued.slot(SIM).noticeProperty().get());
    assertNull(queued.slot(SIM).state());
  }

  @Test
  void aNewImportClearsTheNoticeOfACancelledOne() throws IOException {
    DataSession queued = queued();
    queued.importFile(SIM, DataFixtures.copy(DataFixtures.SIM, dir));
    queued.cancel(SIM);
    queue.poll().run();

    queued.importFile(SIM, DataFixtures.copy(DataFixtures.SIM, dir));
    queue.poll().run();

    assertEquals("", queued.slot(SIM).noticeProperty().get());
    assertEquals(10, queued.dataset(SIM).size());
  }

  /** A data session whose imports wait in {@link #queue} until the test runs them. */
  private DataSession queued() {
    return new DataSession(queuedProject, queuedTasks, undo, status::add);
  }

  private static ImportSettings withDelimiter(ImportSettings s, String delimiter) {
    return new ImportSettings(s.representationKind(), s.representationColumns(),
        s.targetColumn(), s.idColumns(), s.groupColumns(), delimiter, s.decimalComma(),
        s.sheet(), s.duplicatePolicy(), s.noHeaderRow());
  }
}
