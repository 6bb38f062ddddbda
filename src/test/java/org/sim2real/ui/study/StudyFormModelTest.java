package org.sim2real.ui.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sim2real.core.feature.FeaturizerSpec;
import org.sim2real.core.model.Activation;
import org.sim2real.core.model.ModelSpec;
import org.sim2real.core.model.TabularSettings;
import org.sim2real.core.model.TrainingLength;
import org.sim2real.core.model.TransferStrategy;
import org.sim2real.core.study.StudyDesign;
import org.sim2real.ui.common.study.FeaturizerChoice;
import org.sim2real.ui.common.study.StudyPreset;

/** The study form without FX: validation as you type, presets, model and strategy choices. */
class StudyFormModelTest {
  @TempDir Path dir;

  private final StudyBench bench = new StudyBench();
  private final StudyFormModel form = bench.form;

  private StudyDesign design() {
    return bench.design.design();
  }

  @Test
  void aNewProjectShowsTheWorkbenchDefaultsWithoutChangingTheProject() {
    assertEquals(StudyPreset.WORKBENCH_DEFAULTS, form.preset().get());
    assertEquals("5", form.repetitions().textProperty().get());
    assertEquals("0.2", form.testFraction().textProperty().get());
    assertEquals("256, 128", form.mlp().hiddenLayers().textProperty().get());
    assertFalse(bench.session.isModified());
    assertTrue(bench.session.project().studyDesign().isEmpty());
  }

  @Test
  void aValidEntryChangesTheDesignAtOnceAndMarksTheProjectModified() {
    form.repetitions().textProperty().set("3");
    assertEquals(3, design().repetitions());
    assertEquals("", form.repetitions().errorProperty().get());
    assertTrue(bench.session.isModified());
    assertEquals(3, bench.session.project().studyDesign().get("repetitions").asInt());
    assertEquals("Undo Change Repetitions", bench.undo.undoTextProperty().get());
  }

  @Test
  void anInvalidEntryIsExplainedAndLeavesTheDesignAlone() {
    form.repetitions().textProperty().set("0");
    assertEquals("enter a whole number from 1 to 10,000", form.repetitions().errorProperty().get());
    assertEquals(5, design().repetitions());
    form.repetitions().textProperty().set("three");
    assertEquals("'three' is not a whole number; enter a whole number from 1 to 10,000",
        form.repetitions().errorProperty().get());
    form.mlp().phase(MlpPhase.PRETRAIN).learningRate().textProperty().set("-1");
    assertEquals("enter a positive number, such as 0.001 or 1e-3",
        form.mlp().phase(MlpPhase.PRETRAIN).learningRate().errorProperty().get());
    assertFalse(bench.session.isModified());
  }

  @Test
  void anUnfinishedEntrySurvivesEditsOfOtherFields() {
    form.repetitions().textProperty().set("");
    form.seed().textProperty().set("42");
    assertEquals(42, design().seed());
    assertEquals("", form.repetitions().textProperty().get(), "the half-typed field is kept");
    assertEquals("enter a whole number from 1 to 10,000", form.repetitions().errorProperty().get());
  }

  @Test
  void typingInOneFieldIsOneUndoStepAndUndoRestoresTheText() {
    form.seed().textProperty().set("1");
    form.seed().textProperty().set("12");
    form.seed().textProperty().set("123");
    assertEquals(1, bench.undo.undoCount());
    form.seed().endEditing();
    form.repetitions().textProperty().set("2");
    assertEquals(2, bench.undo.undoCount());

    bench.undo.undo();
    assertEquals("5", form.repetitions().textProperty().get());
    bench.undo.undo();
    assertEquals(0, design().seed());
    assertEquals("0", form.seed().textProperty().get());
    bench.undo.redo();
    assertEquals("123", form.seed().textProperty().get());
  }

  @Test
  void undoClearsTheErrorOfAFieldWhoseValueItRestores() {
    form.repetitions().textProperty().set("7");
    form.repetitions().textProperty().set("0");
    assertFalse(form.repetitions().errorProperty().get().isEmpty());
    bench.undo.undo();
    assertEquals("5", form.repetitions().textProperty().get());
    assertEquals("", form.repetitions().errorProperty().get());
  }

  @Test
  void thePaperPresetFillsTheFormAndAnEditMakesItCustom() {
    form.preset().set(StudyPreset.PAPER_PROTOCOL);

    assertEquals(StudyPreset.PAPER_PROTOCOL, form.preset().get());
    assertEquals("bandgap-v1", design().preset());
    assertEquals(FeaturizerChoice.ELEMENT_FRACTIONS, form.featurizer().kind().get());
    assertFalse(form.featurizer().standardizeFeatures().get());
    assertEquals("100, 215, 464, 1000, 2154, 4642, 10000, 21544, 46416, 100000",
        form.schedule().sizes().textProperty().get());
    assertEquals(TrainingLengths.Kind.STEP_BUDGET,
        form.mlp().phase(MlpPhase.PRETRAIN).lengthKind().get());
    assertEquals("10000", form.mlp().phase(MlpPhase.PRETRAIN).maxSteps().textProperty().get());
    assertEquals("0.0001", form.mlp().phase(MlpPhase.FINE_TUNE).learningRate().textProperty()
        .get());
    assertEquals("Undo Change Preset", bench.undo.undoTextProperty().get());

    form.repetitions().textProperty().set("3");
    assertEquals(StudyPreset.CUSTOM, form.preset().get());
    assertNull(design().preset(), "an edited design no longer claims to be the protocol");

    form.repetitions().textProperty().set("5");
    assertEquals(StudyPreset.PAPER_PROTOCOL, form.preset().get(), "edited back, it is again");
    assertEquals("bandgap-v1", design().preset());
  }

  @Test
  void customIsOfferedOnlyWhileTheDesignFollowsNoPreset() {
    assertEquals(List.of(StudyPreset.WORKBENCH_DEFAULTS, StudyPreset.PAPER_PROTOCOL),
        form.presets());
    form.seed().textProperty().set("5");
    assertEquals(List.of(StudyPreset.values()), form.presets());
    form.preset().set(StudyPreset.CUSTOM);
    assertEquals(5, design().seed(), "choosing Custom changes nothing");
  }

  @Test
  void choosingTheWorkbenchDefaultsAgainRestoresThem() {
    form.preset().set(StudyPreset.PAPER_PROTOCOL);
    form.preset().set(StudyPreset.WORKBENCH_DEFAULTS);
    assertEquals(StudyPreset.WORKBENCH_DEFAULTS, StudyPreset.of(design()));
    assertTrue(design().standardizeFeatures());
    assertEquals(List.of(), design().sizes());
  }

  @Test
  void switchingToATabularModelKeepsOnlyItsStrategiesAndSwitchingBackRestoresTheMlp() {
    form.mlp().hiddenLayers().textProperty().set("64");
    form.strategy(TransferStrategy.FROZEN_FEATURES).set(true);
    assertEquals(List.of(TransferStrategy.FINE_TUNE, TransferStrategy.FROZEN_FEATURES,
        TransferStrategy.SCRATCH), design().strategies());

    form.model().set(ModelChoice.RANDOM_FOREST);
    assertEquals(new ModelSpec.Tabular(TabularSettings.RandomForest.defaults()), design().model());
    assertEquals(List.of(TransferStrategy.DELTA, TransferStrategy.SCRATCH), design().strategies());
    assertFalse(form.offered(TransferStrategy.FINE_TUNE).get());
    assertTrue(form.offered(TransferStrategy.SIM_PREDICTION_FEATURE).get());

    form.tabular().settings(ModelChoice.RANDOM_FOREST).get(0).field().textProperty().set("50");
    assertEquals(50, ((TabularSettings.RandomForest) ((ModelSpec.Tabular) design().model())
        .settings()).trees());

    form.model().set(ModelChoice.MLP);
    assertEquals(List.of(64), ((ModelSpec.Mlp) design().model()).pretrain().hiddenLayers());
    assertEquals(List.of(TransferStrategy.FINE_TUNE, TransferStrategy.SCRATCH),
        design().strategies());
  }

  @Test
  void theLastTransferStrategyCannotBeUncheckedAndSaysWhy() {
    form.strategy(TransferStrategy.FINE_TUNE).set(false);
    assertTrue(form.strategy(TransferStrategy.FINE_TUNE).get(), "the box snaps back");
    assertTrue(form.strategy(TransferStrategy.FINE_TUNE).errorProperty().get()
        .startsWith("keep at least one transfer strategy"));
    assertEquals(0, bench.undo.undoCount());

    form.strategy(TransferStrategy.FROZEN_FEATURES).set(true);
    assertEquals("", form.strategy(TransferStrategy.FINE_TUNE).errorProperty().get());
    form.strategy(TransferStrategy.FINE_TUNE).set(false);
    assertEquals(List.of(TransferStrategy.FROZEN_FEATURES, TransferStrategy.SCRATCH),
        design().strategies());
  }

  @Test
  void architectureAndBatchSizeApplyToEveryPhaseAndLengthsToOne() {
    form.mlp().hiddenLayers().textProperty().set("32, 16");
    form.mlp().activation().set(Activation.TANH);
    form.mlp().batchSize().textProperty().set("16");
    form.mlp().phase(MlpPhase.SCRATCH).epochs().textProperty().set("7");
    ModelSpec.Mlp mlp = (ModelSpec.Mlp) design().model();
    for (MlpPhase phase : MlpPhase.values()) {
      assertEquals(List.of(32, 16), phase.of(mlp).hiddenLayers());
      assertEquals(Activation.TANH, phase.of(mlp).activation());
      assertEquals(16, phase.of(mlp).batchSize());
    }
    assertEquals(TrainingLength.epochs(7), mlp.scratch().length());
    assertEquals(TrainingLength.epochs(100), mlp.fineTune().length());

    form.mlp().phase(MlpPhase.FINE_TUNE).lengthKind().set(TrainingLengths.Kind.STEP_BUDGET);
    form.mlp().phase(MlpPhase.FINE_TUNE).minSteps().textProperty().set("20");
    assertEquals(TrainingLength.stepBudget(100, 20, 10_000),
        ((ModelSpec.Mlp) design().model()).fineTune().length());
    form.mlp().phase(MlpPhase.FINE_TUNE).maxSteps().textProperty().set("10");
    assertEquals("need 1 <= minSteps <= maxSteps, got 20 and 10",
        form.mlp().phase(MlpPhase.FINE_TUNE).maxSteps().errorProperty().get());
  }

  @Test
  void theDefaultPretrainingBudgetGrowsWithNAndStaysSoWhenItsLimitsAreEdited() {
    MlpSettingsModel.PhaseFields pretrain = form.mlp().phase(MlpPhase.PRETRAIN);
    assertEquals(TrainingLengths.Kind.GROWING_STEP_BUDGET, pretrain.lengthKind().get());
    assertEquals("100", pretrain.epochs().textProperty().get());
    assertEquals("500", pretrain.minSteps().textProperty().get());
    assertEquals("10000", pretrain.maxSteps().textProperty().get());
    assertEquals("Pretraining: 100 epochs, at least 500 and at most 10,000 steps, growing with n"
        + " above 10,000 rows (31,623 steps at 100,000 rows).",
        form.mlp().budgetDescription(MlpPhase.PRETRAIN).get());
    assertEquals("", form.mlp().budgetDescription(MlpPhase.FINE_TUNE).get(), "whole epochs");

    pretrain.maxSteps().textProperty().set("20000");
    assertEquals(TrainingLength.growingStepBudget(100, 500, 20_000, 10_000),
        ((ModelSpec.Mlp) design().model()).pretrain().length());
    pretrain.lengthKind().set(TrainingLengths.Kind.STEP_BUDGET);
    assertEquals(TrainingLength.stepBudget(100, 500, 20_000),
        ((ModelSpec.Mlp) design().model()).pretrain().length(), "the limits are kept");
    assertEquals("Pretraining: 100 epochs, at least 500 and at most 20,000 steps.",
        form.mlp().budgetDescription(MlpPhase.PRETRAIN).get());
    pretrain.lengthKind().set(TrainingLengths.Kind.GROWING_STEP_BUDGET);
    pretrain.maxSteps().textProperty().set("10000");
    assertEquals(StudyPreset.WORKBENCH_DEFAULTS, form.preset().get(), "back to the defaults");
  }

  @Test
  void earlyStoppingIsOffByDefaultAndItsSettingsApplyOnceOn() {
    assertEquals("turn early stopping on to change its settings", trySetPatience("3"));
    form.mlp().earlyStopping().set(true);
    assertEquals("10", form.mlp().patience().textProperty().get(),
        "the refused entry gives way to the design's value");
    assertEquals("", trySetPatience("3"));
    assertEquals(3, ((ModelSpec.Mlp) design().model()).pretrain().earlyStopping()
        .patienceEpochs());
  }

  private String trySetPatience(String text) {
    form.mlp().patience().textProperty().set(text);
    return form.mlp().patience().errorProperty().get();
  }

  @Test
  void theFeaturizerFollowsTheDataAndChoosingItsDefaultKeepsItAutomatic() throws IOException {
    assertEquals(List.of(FeaturizerChoice.COMPOSITION_STATS, FeaturizerChoice.ELEMENT_FRACTIONS,
        FeaturizerChoice.SMILES), form.featurizer().choices());
    bench.withData(dir);
    assertEquals(List.of(FeaturizerChoice.COMPOSITION_STATS, FeaturizerChoice.ELEMENT_FRACTIONS),
        form.featurizer().choices(), "formula data: the formula featurizers");

    form.featurizer().kind().set(FeaturizerChoice.ELEMENT_FRACTIONS);
    assertEquals(FeaturizerSpec.of(FeaturizerSpec.Kind.ELEMENT_FRACTIONS), design().featurizer());
    assertEquals(StudyPreset.CUSTOM, form.preset().get());

    form.featurizer().kind().set(FeaturizerChoice.COMPOSITION_STATS);
    assertNull(design().featurizer(), "the data's default is stored as automatic");
    assertEquals(StudyPreset.WORKBENCH_DEFAULTS, form.preset().get());
    assertFalse(form.featurizer().smilesSettingsShown().get());
  }

  @Test
  void aSeparateTestFileReplacesTheFractionAndCanBeDropped() throws IOException {
    Path test = StudyBench.copy(StudyBench.EXP, dir);
    bench.dialogs.filesToOpen.add(test);
    form.chooseTestFile();
    assertEquals(test.toString(), design().testSet().path());
    assertEquals("exp-study.csv", form.testFileProperty().get());
    form.useTestFraction();
    assertNull(design().testSet());
    assertEquals("", form.testFileProperty().get());
  }

  @Test
  void testFractionAcceptsPercentagesAndRefusesOne() {
    form.testFraction().textProperty().set("25%");
    assertEquals(0.25, design().testFraction());
    form.testFraction().textProperty().set("1");
    assertEquals("enter a fraction between 0 and 1, such as 0.2 or 20%",
        form.testFraction().errorProperty().get());
  }
}
