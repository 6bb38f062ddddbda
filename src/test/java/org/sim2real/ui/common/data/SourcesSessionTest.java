package org.sim2real.ui.common.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sim2real.core.project.DatasetReference;
import org.sim2real.core.project.DatasetRole;
import org.sim2real.core.project.ImportSettings;
import org.sim2real.core.project.Project;
import org.sim2real.core.project.SourceReference;
import org.sim2real.ui.common.BackgroundTasks;
import org.sim2real.ui.common.ProjectSession;
import org.sim2real.ui.common.UndoManager;

/** Further simulation sources following the project: adding, checking, editing, undo. */
class SourcesSessionTest {
  @TempDir Path dir;

  private final ProjectSession session = new ProjectSession();
  private final UndoManager undo = new UndoManager(50);
  private final List<String> status = new ArrayList<>();
  private final DataSession data =
      new DataSession(session, BackgroundTasks.sameThread(), undo, status::add);
  private final SourcesSession sources =
      new SourcesSession(session, data, BackgroundTasks.sameThread(), undo, status::add);

  private Path write(String name, String content) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, content);
    return file;
  }

  private Path formulas(String name, String... rows) throws IOException {
    return write(name, "formula,gap\n" + String.join("\n", rows) + "\n");
  }

  private void importPrimary() throws IOException {
    data.importFile(DatasetRole.SIMULATION,
        formulas("sim_mp_gap.csv", "NaCl,5.0", "GaAs,1.4", "Si,1.1", "KCl,6.1"));
  }

  @Test
  void aFileThatFitsThePrimaryIsAddedWithANameFromItsFileNameAndUndoRemovesIt()
      throws IOException {
    importPrimary();
    Path oqmd = formulas("sim_oqmd_gap.csv", "LiF,9.0", "MgO,7.8", "Xx2,1.0");

    sources.add(oqmd);

    List<SourceReference> added = session.project().simulationSources();
    assertEquals(1, added.size());
    assertEquals("oqmd", added.get(0).name());
    assertEquals(oqmd.toString(), added.get(0).dataset().path());
    assertEquals(List.of("formula"), added.get(0).dataset().importSettings()
        .representationColumns());
    SourcesSession.Entry entry = sources.entries().get(0);
    assertEquals(SourcesSession.State.READY, entry.state());
    assertEquals(2, entry.usableRows());
    assertEquals(1, entry.rejectedRows());
    assertEquals(List.of(), sources.problems());
    assertEquals("Undo Add simulation source oqmd", undo.undoTextProperty().get());

    undo.undo();
    assertEquals(List.of(), session.project().simulationSources());
    assertEquals(List.of(), sources.entries());
    undo.redo();
    assertEquals("oqmd", sources.entries().get(0).source().name());
  }

  @Test
  void aFileWhoseColumnsDoNotFitThePrimaryIsNotAddedAndSaysWhy() throws IOException {
    importPrimary();
    Path smiles = write("polymers.csv", "smiles,gap\nCCO,5.0\nc1ccccc1,4.1\nCC,6.0\n");

    sources.add(smiles);

    assertEquals(List.of(), session.project().simulationSources());
    String error = sources.addErrorProperty().get();
    assertTrue(error.startsWith("polymers.csv was not added: its columns are"), error);
    assertTrue(error.contains("same kind of input columns"), error);
  }

  @Test
  void namesAreCheckedAndRenamingIsOneUndoableStep() throws IOException {
    importPrimary();
    sources.add(formulas("sim_oqmd_gap.csv", "LiF,9.0"));
    sources.add(formulas("sim_aflow_gap.csv", "MgO,7.8"));
    assertEquals(List.of("oqmd", "aflow"),
        session.project().simulationSources().stream().map(SourceReference::name).toList());

    assertTrue(sources.rename("oqmd", "9lives").contains("not a source name"));
    assertEquals("Another source is called aflow.", sources.rename("oqmd", "aflow"));
    assertEquals("", sources.rename("oqmd", "OQMD-2024"));
    assertEquals("OQMD-2024", session.project().simulationSources().get(0).name());

    undo.undo();
    assertEquals("oqmd", session.project().simulationSources().get(0).name());
  }

  @Test
  void aSecondFileOfTheSameNameGetsAFreeName() throws IOException {
    importPrimary();
    Path other = dir.resolve("other");
    Files.createDirectories(other);
    sources.add(formulas("sim_oqmd_gap.csv", "LiF,9.0"));
    Path again = other.resolve("sim_oqmd_gap.csv");
    Files.writeString(again, "formula,gap\nMgO,7.8\n");

    sources.add(again);

    assertEquals(List.of("oqmd", "oqmd-2"),
        session.project().simulationSources().stream().map(SourceReference::name).toList());
  }

  @Test
  void theCostPerRowIsSetAndClearedAndRefusesWhatIsNotAPositiveNumber() throws IOException {
    importPrimary();
    sources.add(formulas("sim_oqmd_gap.csv", "LiF,9.0"));

    sources.setCost("oqmd", 0.05);
    assertEquals(0.05, session.project().simulationSources().get(0).costPerRow());
    sources.setCost("oqmd", null);
    assertEquals(null, session.project().simulationSources().get(0).costPerRow());
    assertThrowsIllegal(() -> sources.setCost("oqmd", -1.0));
    assertThrowsIllegal(() -> sources.setCost("oqmd", Double.NaN));
  }

  @Test
  void aSourceWhoseFileIsMissingWhenTheProjectOpensIsAProblemThatNamesTheFile()
      throws IOException {
    Path gone = dir.resolve("gone.csv");
    Project project = Project.newProject("p").withSimulationSources(List.of(
        new SourceReference("oqmd", new DatasetReference(gone.toString(), "0".repeat(64),
            ImportSettings.undecided()), null)));

    session.load(project, null, false);

    SourcesSession.Entry entry = sources.entries().get(0);
    assertEquals(SourcesSession.State.PROBLEM, entry.state());
    assertTrue(entry.message().contains(gone + " is missing"), entry.message());
    assertEquals(1, sources.problems().size());
    assertTrue(sources.problems().get(0).startsWith("Simulation source oqmd: the file"),
        sources.problems().get(0));
  }

  @Test
  void theNameLeavesOutWhatTheFileNameSharesWithThePrimarys() {
    Project project = Project.newProject("p").withDataset(DatasetRole.SIMULATION,
        new DatasetReference("/d/sim_mp_gap.csv", "0".repeat(64), ImportSettings.undecided()));
    assertEquals("oqmd", SourcesSession.suggestName(Path.of("/d/sim_oqmd_gap.csv.gz"), project));
    assertEquals("aflow-2024", SourcesSession.suggestName(Path.of("/d/aflow 2024.tsv"), project));
    assertEquals("source-2024", SourcesSession.suggestName(Path.of("/d/2024.csv"), project));
    assertFalse(SourcesSession.suggestName(Path.of("/d/sim_mp_gap.csv"), project).isEmpty());
    var design = tools.jackson.databind.node.JsonNodeFactory.instance.objectNode();
    design.putObject("primary").put("name", "OQMD");
    assertEquals("oqmd-2", SourcesSession.suggestName(Path.of("/d/sim_oqmd_gap.csv"),
        project.withStudyDesign(design)), "the primary's name is taken too, in any case");
  }

  private static void assertThrowsIllegal(org.junit.jupiter.api.function.Executable body) {
    org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, body);
  }
}
