package org.sim2real.ui.study;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.sim2real.core.model.TrainingLength;

class TrainingLengthsTest {
  private static final TrainingLength GROWING =
      TrainingLength.growingStepBudget(100, 500, 10_000, 10_000);

  @Test
  void eachKindIsDescribedInWords() {
    assertEquals("1 epoch", TrainingLengths.describe(TrainingLength.epochs(1)));
    assertEquals("100 epochs, at least 500 and at most 10,000 steps",
        TrainingLengths.describe(TrainingLength.stepBudget(100, 500, 10_000)));
    assertEquals("100 epochs, at least 500 and at most 10,000 steps, growing with n above 10,000"
        + " rows (31,623 steps at 100,000 rows)", TrainingLengths.describe(GROWING));
  }

  @Test
  void changingOneSettingKeepsTheKindAndTheOthers() {
    assertEquals(TrainingLength.growingStepBudget(50, 500, 10_000, 10_000),
        TrainingLengths.withEpochs(GROWING, 50));
    assertEquals(TrainingLength.growingStepBudget(100, 800, 10_000, 10_000),
        TrainingLengths.withMinSteps(GROWING, 800));
    TrainingLength otherReference = TrainingLength.growingStepBudget(100, 500, 10_000, 4_000);
    assertEquals(TrainingLength.growingStepBudget(100, 500, 9_000, 4_000),
        TrainingLengths.withMaxSteps(otherReference, 9_000), "the reference rows are kept");
    assertEquals(TrainingLength.stepBudget(7, 500, 10_000),
        TrainingLengths.withMinSteps(TrainingLength.epochs(7), 500),
        "a limit turns whole epochs into the reference's step budget");
  }

  @Test
  void switchingTheKindKeepsEpochsAndLimits() {
    assertEquals(TrainingLength.stepBudget(100, 500, 10_000),
        TrainingLengths.withKind(GROWING, TrainingLengths.Kind.STEP_BUDGET));
    assertEquals(TrainingLength.epochs(100),
        TrainingLengths.withKind(GROWING, TrainingLengths.Kind.EPOCHS));
    assertEquals(GROWING, TrainingLengths.withKind(TrainingLength.epochs(100),
        TrainingLengths.Kind.GROWING_STEP_BUDGET));
  }
}
