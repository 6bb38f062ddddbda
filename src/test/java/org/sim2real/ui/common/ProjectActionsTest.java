package org.sim2real.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sim2real.core.io.Sha256;
import org.sim2real.core.project.DataFileProblem;
import org.sim2real.core.project.DatasetReference;
import org.sim2real.core.project.DatasetRole;
import org.sim2real.core.project.ImportSettings;
import org.sim2real.core.project.Project;
import org.sim2real.core.project.ProjectAutosave;
import org.sim2real.core.project.ProjectStore;

/** The File menu's project logic with scripted dialogs and work on the calling thread. */
class ProjectActionsTest {
  @TempDir Path dir;

  private final FakeDialogService dialogs = new FakeDialogService();
  private final ProjectStore store = new ProjectStore();
  private final List<Runnable> autosaveTimers = new ArrayList<>();
  private final ProjectAutosave autosave = new ProjectAutosave(store,
      (task, delay) -> {
        autosaveTimers.add(task);
        return () -> autosaveTimers.remove(task);
      },
      java.time.Duration.ofSeconds(5), message -> {});
  private final ProjectSession session = new ProjectSession();
  private final UndoManager undo = new UndoManager(10);
  private final WorkbenchPreferences prefs = new WorkbenchPreferences(new InMemoryPreferences());
  private final List<String> status = new ArrayList<>();
  private final ProjectActions actions = new ProjectActions(session, store, autosave, dialogs,
      BackgroundTasks.sameThread(), prefs, undo, status::add);

  private Path dataFile(String name, String content) throws IOException {
    Path p = dir.resolve(name);
    Files.writeString(p, content);
    return p;
  }

  private static String sha256(Path file) {
    try {
      return Sha256.ofFile(file);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private Path savedProjectWithData() throws IOException {
    Path sim = dataFile("sim.csv", "formula,gap\nNaCl,5\n");
    // what the Data step records after an import (ui.data tests the import itself)
    session.update(p -> p.withDataset(DatasetRole.SIMULATION, new DatasetReference(
        sim.toString(), sha256(sim), ImportSettings.undecided())));
    dialogs.filesToSave.add(dir.resolve("study"));
    assertTrue(actions.saveAs());
    return dir.resolve("study.s2r");
  }

  @Test
  void saveAsOfAnUntitledProjectNamesItAfterTheFileAndAddsTheExtension() throws IOException {
    Path file = savedProjectWithData();

    assertEquals(file, session.file());
    assertFalse(session.isModified());
    assertEquals("study", session.project().name());
    assertEquals("study", store.read(file).name());
    assertEquals(List.of(file), prefs.recentProjects());
    assertEquals("Saved study.s2r.", status.get(status.size() - 1));
    assertTrue(dialogs.asked.contains("save: Save Project As [Untitled.s2r]"));
  }

  @Test
  void unsavedChangesAskAndSaveWhenTheUserSaysSave() throws IOException {
    Path file = savedProjectWithData();
    session.update(p -> p.withNotes("changed"));
    dialogs.saveChoices.add(DialogService.SaveChoice.SAVE);

    assertTrue(actions.confirmDiscardChanges());

    assertEquals("changed", store.read(file).notes());
    assertFalse(session.isModified());
  }

  @Test
  void dontSaveDiscardsTheChangesAndTheirRecoveryFile() throws IOException {
    Path file = savedProjectWithData();
    session.update(p -> p.withNotes("changed"));
    autosaveTimers.forEach(Runnable::run);
    assertTrue(Files.exists(ProjectAutosave.recoveryFileFor(file)));
    dialogs.saveChoices.add(DialogService.SaveChoice.DONT_SAVE);

    assertTrue(actions.confirmDiscardChanges());

    assertEquals("", store.read(file).notes());
    assertFalse(Files.exists(ProjectAutosave.recoveryFileFor(file)));
  }

  @Test
  void cancelKeepsTheProjectOpen() throws IOException {
    savedProjectWithData();
    session.update(p -> p.withNotes("changed"));
    dialogs.saveChoices.add(DialogService.SaveChoice.CANCEL);

    actions.newProject();

    assertEquals("changed", session.project().notes());
    assertTrue(session.isModified());
  }

  @Test
  void noQuestionWithoutUnsavedChanges() {
    actions.newProject();
    assertEquals(List.of(), dialogs.asked);
    assertNull(session.file());
  }

  @Test
  void movedDataFileIsLocatedAndTheProjectPointsToItsNewPlace() throws IOException {
    Path file = savedProjectWithData();
    Path moved = dir.resolve("moved.csv");
    Files.move(dir.resolve("sim.csv"), moved);
    dialogs.filesToOpen.add(file);
    dialogs.resolutions.add(new DataFileResolution.Locate(moved));

    actions.open();

    assertEquals(DataFileProblem.Kind.MISSING, dialogs.problemsShown.get(0).kind());
    assertEquals(moved.toString(), session.project().simulationData().path());
    assertTrue(session.isModified(), "the project now refers to another place");
  }

  @Test
  void changedDataFileCanBeAcceptedWhichRecordsItsNewChecksum() throws IOException {
    Path file = savedProjectWithData();
    Path sim = dir.resolve("sim.csv");
    Files.writeString(sim, "formula,gap\nNaCl,5.1\n");
    dialogs.resolutions.add(new DataFileResolution.AcceptChanged());

    actions.openFile(file);

    assertEquals(DataFileProblem.Kind.CHANGED, dialogs.problemsShown.get(0).kind());
    assertEquals(Sha256.ofFile(sim), session.project().simulationData().sha256());
  }

  @Test
  void locatingADifferentFileAsksAndADeclineLeavesItUnresolved() throws IOException {
    Path file = savedProjectWithData();
    Files.delete(dir.resolve("sim.csv"));
    Path other = dataFile("other.csv", "something else\n");
    dialogs.resolutions.add(new DataFileResolution.Locate(other));
    dialogs.confirmations.add(false);

    actions.openFile(file);

    assertTrue(dialogs.asked.contains("confirm: Different data file"));
    assertEquals(dir.resolve("sim.csv").toString(), session.project().simulationData().path());
    assertEquals("1 data file(s) of this project are still missing or changed; use File > Import"
        + " to choose them again.", status.get(status.size() - 1));
  }

  @Test
  void autosavedChangesAreOfferedOnOpenAndRecovered() throws IOException {
    Path file = savedProjectWithData();
    Files.setLastModifiedTime(file, FileTime.from(Instant.parse("2020-01-01T00:00:00Z")));
    session.update(p -> p.withNotes("typed before the crash"));
    autosaveTimers.forEach(Runnable::run);
    session.load(Project.newProject("other"), null, false);
    dialogs.confirmations.add(true);

    actions.openFile(file);

    assertTrue(dialogs.asked.contains("confirm: Recover unsaved changes"));
    assertEquals("typed before the crash", session.project().notes());
    assertTrue(session.isModified());
    assertEquals(file, session.file());
  }

  @Test
  void damagedProjectShowsTheExactReasonAndKeepsTheCurrentProject() throws IOException {
    Path broken = dataFile("broken.s2r", "{\"schemaVersion\": 1, ");
    session.load(Project.newProject("current"), null, false);

    actions.openFile(broken);

    assertEquals(1, dialogs.errors.size());
    assertTrue(dialogs.errors.get(0).startsWith("Could not open broken.s2r: The project file "
        + broken + " is not valid JSON at line 1"), dialogs.errors.get(0));
    assertEquals("current", session.project().name());
  }

  @Test
  void saveFailureIsShownAndTheProjectStaysModified() throws IOException {
    session.update(p -> p.withNotes("x"));
    dialogs.filesToSave.add(dir.resolve("missing-folder/study.s2r"));

    assertFalse(actions.saveAs());

    assertTrue(dialogs.errors.get(0).startsWith("Could not save the project: Could not save the"
        + " project to "), dialogs.errors.get(0));
    assertTrue(session.isModified());
  }
}
