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
    assertEquals("Only the error at n takes a precision in percent.", q.problemProperty().get());

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
}
