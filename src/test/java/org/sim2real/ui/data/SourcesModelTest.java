package org.sim2real.ui.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sim2real.core.study.PrimarySource;
import org.sim2real.ui.common.study.StudyPreset;
import org.sim2real.ui.study.StudyBench;

/** The Sources page: the primary source's name and cost, and costs typed for further sources. */
class SourcesModelTest {
  @TempDir Path dir;

  private final StudyBench bench = new StudyBench();
  private final SourcesModel model = new SourcesModel(bench.sources, bench.design, bench.data,
      bench.dialogs, new org.sim2real.ui.common.WorkbenchPreferences(
          new org.sim2real.ui.common.InMemoryPreferences()));

  private void withASecondSource() throws IOException {
    bench.withData(dir);
    Path other = dir.resolve("sim_aflow.csv");
    Files.copy(dir.resolve(StudyBench.SIM), other);
    model.add(other);
    assertEquals("aflow", bench.sources.entries().get(0).source().name());
  }

  @Test
  void thePrimaryIsNamedAndPricedInTheDesignAsOneUndoableStepEachWithoutLeavingItsPreset()
      throws IOException {
    withASecondSource();
    StudyPreset before = StudyPreset.of(bench.design.design());

    assertTrue(model.setPrimaryName(" mp "));
    assertTrue(model.setPrimaryCost("0,2"));

    assertEquals(new PrimarySource("mp", 0.2), bench.design.design().primary());
    assertEquals(new PrimarySource("mp", 0.2), bench.design.runnableDesign().primary());
    assertEquals(new PrimarySource("mp", 0.2), model.primarySourceProperty().get());
    assertEquals(before, StudyPreset.of(bench.design.design()), "a label, not a setting");
    bench.undo.undo();
    assertEquals(new PrimarySource("mp", null), bench.design.design().primary());
    bench.undo.undo();
    assertNull(bench.design.design().primary());
  }

  @Test
  void aPrimaryNameThatIsNotANameOrIsASourcesNameIsRefusedWithTheReason() throws IOException {
    withASecondSource();

    assertFalse(model.setPrimaryName("1st"));
    assertTrue(model.errorProperty().get().contains("not a source name"),
        model.errorProperty().get());
    assertFalse(model.setPrimaryName("AFLOW"));
    assertTrue(model.errorProperty().get().contains("A further source is called AFLOW"),
        model.errorProperty().get());
    assertTrue(model.setPrimaryName("mp"));
    assertFalse(model.rename("aflow", "MP"));
    assertEquals("The primary source is called mp.", model.errorProperty().get());
    assertNull(bench.design.design().primary().costPerRow());
  }

  @Test
  void aCostWithoutANameNamesThePrimaryPrimaryAndRemovingTheNameSaysTheCostWentToo()
      throws IOException {
    withASecondSource();

    assertTrue(model.setPrimaryCost("0.5"));
    assertEquals(new PrimarySource("primary", 0.5), bench.design.design().primary());
    assertTrue(model.setPrimaryName(""));
    assertNull(bench.design.design().primary());
    assertTrue(model.errorProperty().get().contains("cost per row was removed with its name"),
        model.errorProperty().get());
  }

  @Test
  void costsThatAreNotPositiveNumbersAreRefusedAndEmptyMeansNotKnown() throws IOException {
    withASecondSource();

    assertFalse(model.setCost("aflow", "-3"));
    assertTrue(model.errorProperty().get().startsWith("The cost per row of aflow must be a"
        + " positive number"), model.errorProperty().get());
    assertFalse(model.setPrimaryCost("cheap"));
    assertTrue(model.setCost("aflow", "1e-3"));
    assertEquals(0.001, bench.session.project().simulationSources().get(0).costPerRow());
    assertTrue(model.setCost("aflow", " "));
    assertNull(bench.session.project().simulationSources().get(0).costPerRow());
    assertEquals("", model.errorProperty().get());
  }

  @Test
  void aSourceCannotBeAddedBeforeThePrimaryData() throws IOException {
    Path file = dir.resolve("sim_aflow.csv");
    Files.writeString(file, "formula,gap\nNaCl,5\n");

    model.add(file);

    assertEquals(0, bench.sources.entries().size());
    assertTrue(model.errorProperty().get().startsWith("Import the primary simulation data first"),
        model.errorProperty().get());
  }
}
