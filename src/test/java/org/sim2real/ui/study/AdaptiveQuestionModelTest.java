package org.sim2real.ui.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sim2real.core.study.AdaptiveSettings;
import org.sim2real.ui.common.study.StudyPreset;

/** The Study step's question of an adaptive study, written into the design and read back. */
class AdaptiveQuestionModelTest {
  @TempDir Path dir;

  private final StudyBench bench = new StudyBench();
  private final AdaptiveQuestionModel q = bench.form.adaptive();

  @Test
  void aQuestionWithItsPrecisionAndBudgetBecomesTheDesignsAdaptivePartAndUndoRemovesIt() {
    StudyPreset before = StudyPreset.of(bench.design.design());
    q.choiceProperty().set(AdaptiveQuestionModel.Choice.ERROR_AT);
    q.valueProperty().set("100,000");
    q.precisionProperty().set("5%");
    q.budgetCellsProperty().set("40");
    q.budgetMinutesProperty().set("90");

    q.apply();

    assertEquals(AdaptiveSettings.errorAt(100_000, 0.05, true).withBudget(40, 90.0),
        bench.design.design().adaptive());
    assertEquals("", q.problemProperty().get());
    assertEquals(before, StudyPreset.of(bench.design.design()), "the grid's preset stays");
    bench.undo.undo();
    assertNull(bench.design.design().adaptive());
    assertEquals(AdaptiveQuestionModel.Choice.GRID, q.choiceProperty().get());
  }

  @Test
  void theFieldsFollowTheDesignWhenAProjectIsOpenedOrAnEditIsRedone() {
    q.choiceProperty().set(AdaptiveQuestionModel.Choice.NSTAR);
    q.valueProperty().set("0.42");
    q.precisionProperty().set("1.3");
    q.apply();
    bench.undo.undo();
    q.valueProperty().set("");

    bench.undo.redo();

    assertEquals(AdaptiveQuestionModel.Choice.NSTAR, q.choiceProperty().get());
    assertEquals("0.42", q.valueProperty().get());
    assertEquals("1.3", q.precisionProperty().get());
    assertEquals("", q.budgetCellsProperty().get());
  }

  @Test
  void settingsThatMakeNoQuestionAreRefusedInPlainWordsAndTheDesignStays() {
    q.choiceProperty().set(AdaptiveQuestionModel.Choice.NSTAR);
    q.valueProperty().set("0.42");
    q.precisionProperty().set("0.9");
    q.apply();
    assertTrue(q.problemProperty().get().startsWith("For n* give a factor above 1"),
        q.problemProperty().get());
    assertNull(bench.design.design().adaptive());

    q.precisionProperty().set("5%");
    q.apply();
    assertEquals("Only the error at n and the ranking of the sources take a precision in percent.",
        q.problemProperty().get());

    q.precisionProperty().set("1.3");
    q.valueProperty().set("low");
    q.apply();
    assertEquals("The target error must be a number, not 'low'.", q.problemProperty().get());
    assertNull(bench.design.design().adaptive());
  }

  @Test
  void anAdaptiveStudyWithFurtherSourcesIsAProblemOfTheDesign() throws IOException {
    bench.withData(dir);
    java.nio.file.Files.copy(dir.resolve(StudyBench.SIM), dir.resolve("sim_b.csv"));
    bench.sources.add(dir.resolve("sim_b.csv"));
    q.choiceProperty().set(AdaptiveQuestionModel.Choice.FLOOR);
    q.precisionProperty().set("0.02");
    q.apply();

    assertTrue(bench.design.problems().stream().anyMatch(p -> p.startsWith(
        "An adaptive study asks about the primary simulation only")), bench.design.problems()
        .toString());
  }

  @Test
  void whichSourceToGrowTakesTheBudgetAsItsValueAndAPrecisionInPercent() {
    q.choiceProperty().set(AdaptiveQuestionModel.Choice.RANKING);
    assertEquals("Which source to grow (at a budget)", q.choiceProperty().get().toString());
    assertEquals("At a budget of", q.valueCaption().get());
    assertTrue(q.precisionHint().get().startsWith("decided, or the two leaders within ±P"),
        q.precisionHint().get());
    q.valueProperty().set("2,000");
    q.precisionProperty().set("2%");
    q.apply();

    assertEquals("", q.problemProperty().get());
    assertEquals(AdaptiveSettings.ranking(2000, 0.02, true), bench.design.design().adaptive());
    bench.undo.undo();
    bench.undo.redo();
    assertEquals(AdaptiveQuestionModel.Choice.RANKING, q.choiceProperty().get());
    assertEquals("2000", q.valueProperty().get());
    assertEquals("2%", q.precisionProperty().get());

    q.valueProperty().set("0");
    q.apply();
    assertTrue(q.problemProperty().get().startsWith("The ranking of the sources needs a budget"
        + " above 0"), q.problemProperty().get());
    assertEquals(AdaptiveSettings.ranking(2000, 0.02, true), bench.design.design().adaptive());
  }

  @Test
  void theRankingIsLetThroughWithASecondSourceAndEveryCostAndSaysWhatToAddOtherwise()
      throws IOException {
    bench.withData(dir);
    q.choiceProperty().set(AdaptiveQuestionModel.Choice.RANKING);
    q.valueProperty().set("2000");
    q.precisionProperty().set("0.01");
    q.apply();
    assertTrue(bench.design.problems().contains("The ranking of the sources needs a second"
        + " simulation source: add one besides the primary simulation, with its cost per row on"
        + " the Data step."), bench.design.problems().toString());

    java.nio.file.Files.copy(dir.resolve(StudyBench.SIM), dir.resolve("sim_b.csv"));
    bench.sources.add(dir.resolve("sim_b.csv"));
    String name = bench.session.project().simulationSources().get(0).name();
    assertTrue(bench.design.problems().contains("The ranking of the sources at a budget needs the"
        + " cost per row of every source: add it for the primary simulation, " + name
        + " on the Data step."), bench.design.problems().toString());

    bench.design.setPrimary(new org.sim2real.core.study.PrimarySource("mp", 0.2));
    bench.sources.setCost(name, 0.05);
    assertTrue(bench.design.problems().stream().noneMatch(p -> p.contains("ranking")
        || p.contains("adaptive study")), bench.design.problems().toString());
    assertEquals(AdaptiveSettings.ranking(2000, 0.01, false), bench.design.design().adaptive());
  }
}
