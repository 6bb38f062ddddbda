package org.sim2real.ui.common.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sim2real.core.data.RepresentationKind;
import org.sim2real.core.project.OpenedProject;
import org.sim2real.core.project.ProjectStore;
import org.sim2real.core.study.DesignJson;
import org.sim2real.core.study.StudyDesign;
import org.sim2real.ui.study.StudyBench;
import tools.jackson.databind.node.JsonNodeFactory;

/** The design in the project file: stored on each edit, read back on open, run with the data. */
class DesignSessionTest {
  @TempDir Path dir;

  private final StudyBench bench = new StudyBench();

  @Test
  void theDesignSurvivesSavingAndReopeningTheProject() throws IOException {
    bench.withData(dir);
    bench.form.preset().set(StudyPreset.PAPER_PROTOCOL);
    bench.form.repetitions().textProperty().set("2");
    bench.form.schedule().sizes().textProperty().set("10, 40, 120");
    StudyDesign edited = bench.design.design();

    Path file = dir.resolve("study.s2r");
    ProjectStore store = new ProjectStore();
    store.save(bench.session.snapshot(), file);
    OpenedProject opened = store.open(file);
    StudyBench other = new StudyBench();
    other.session.load(opened.project(), file, false);

    assertEquals(edited, other.design.design());
    assertEquals("2", other.form.repetitions().textProperty().get());
    assertEquals("10, 40, 120", other.form.schedule().sizes().textProperty().get());
    assertEquals(StudyPreset.CUSTOM, other.form.preset().get());
    assertFalse(other.session.isModified(), "opening does not change the project");
  }

  @Test
  void theStoredDesignNamesTheFilesAndTheRunnableOneUsesTheProjectsData() throws IOException {
    bench.withData(dir);
    bench.form.seed().textProperty().set("7");
    StudyDesign stored = DesignJson.fromTree(bench.session.project().studyDesign(),
        Path.of("test"));
    assertEquals("sim-study.csv", stored.simulation().path());
    assertNull(stored.simulation().roles());

    StudyDesign runnable = bench.design.runnableDesign();
    assertEquals(dir.resolve(StudyBench.SIM).toString(), runnable.simulation().path());
    assertEquals("band_gap_eV", runnable.experimental().roles().target());
    assertEquals(RepresentationKind.FORMULA, runnable.simulation().roles().kind(0));
    assertEquals(7, runnable.seed());
  }

  @Test
  void theRunnableDesignRunsTheProjectsFurtherSourcesAndTheStoredOneLeavesThemOut()
      throws IOException {
    bench.withData(dir);
    java.nio.file.Path aflow = dir.resolve("sim_aflow.csv");
    java.nio.file.Files.copy(dir.resolve(StudyBench.SIM), aflow);
    bench.sources.add(aflow);
    bench.sources.setCost("aflow", 0.5);
    bench.form.seed().textProperty().set("7");

    StudyDesign runnable = bench.design.runnableDesign();
    assertEquals(1, runnable.sources().size());
    assertEquals("aflow", runnable.sources().get(0).name());
    assertEquals(aflow.toString(), runnable.sources().get(0).dataset().path());
    assertEquals(0.5, runnable.sources().get(0).costPerRow());
    assertEquals("band_gap_eV", runnable.sources().get(0).dataset().roles().target());
    StudyDesign stored = DesignJson.fromTree(bench.session.project().studyDesign(),
        Path.of("test"));
    assertEquals(List.of(), stored.sources());
    var plan = org.sim2real.core.study.StudyPlanner.plan(runnable, dir, 1, s -> { });
    assertEquals(plan.cells().size(), CellCount.of(bench.design.design(), bench.design.facts())
        .cells(), "the Study step counts the cells the planner makes");
    assertTrue(plan.cells().stream().anyMatch(c -> c.strategy().equals("finetune@aflow")),
        plan.cells().toString());
  }

  @Test
  void undoOfTheFirstEditRestoresTheEmptyDesignOfTheProject() {
    bench.form.seed().textProperty().set("3");
    assertFalse(bench.session.project().studyDesign().isEmpty());
    bench.undo.undo();
    assertEquals(0, bench.design.design().seed());
    assertEquals(StudyPreset.WORKBENCH_DEFAULTS, bench.form.preset().get());
  }

  @Test
  void anUnreadableDesignInTheProjectFallsBackToTheDefaultsAndSaysSo() {
    var tree = JsonNodeFactory.instance.objectNode();
    tree.put("schemaVersion", 1);
    tree.put("colour", "blue");
    bench.session.update(p -> p.withStudyDesign(tree));
    assertEquals(StudyPreset.WORKBENCH_DEFAULTS, StudyPreset.of(bench.design.design()));
    assertTrue(bench.status.get(bench.status.size() - 1)
        .startsWith("The project's study design could not be read"));
  }

  @Test
  void problemsNameWhatKeepsTheDesignFromTheData() throws IOException {
    assertEquals(List.of("Import the simulation and the experimental data in the Data step."),
        bench.design.problemsProperty().get());
    bench.withData(dir);
    assertEquals(List.of(), bench.design.problemsProperty().get());
    bench.form.testFraction().textProperty().set("0.01");
    assertEquals("a test fraction of 0.01 of 40 experimental rows leaves no test rows or no"
        + " training rows", bench.form.testFraction().errorProperty().get());
  }
}
