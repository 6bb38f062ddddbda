package org.sim2real.core.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.sim2real.core.model.ModelSpec;
import org.sim2real.core.model.TabularSettings;
import org.sim2real.core.model.TransferStrategy;

class TrainingStepsTest {
  /** Sizes 50 and 200, m = 30, batches of 32, one repetition. */
  private static StudyDesign resolved() {
    return SyntheticStudyFiles.design().withExperimentalSizes(List.of(30)).withRepetitions(1);
  }

  private static Map<String, Double> stepsByGroup(StudyDesign design) {
    return WorkOrder.groups(design).stream().collect(Collectors.toMap(WorkOrder.Group::label,
        g -> TrainingSteps.of(design, g).orElseThrow()));
  }

  @Test
  void eachPhaseIsCountedWithItsOwnSettings() {
    // pretraining: 10 epochs of ceil(n / 32) batches, at least 50 and at most 200 steps;
    // fine-tuning 15 epochs of one batch; the frozen strategy's new head 0.4 of that
    assertEquals(Map.of("n=200 r=0", 70 + 15 + 0.4 * 15, "n=50 r=0", 50 + 15 + 0.4 * 15,
        "scratch m=30 r=0", 15.0), stepsByGroup(resolved()));
  }

  @Test
  void theWallTimeSharesTheStepsButNeverBeatsTheLargestGroup() {
    StudyDesign design = resolved().withRepetitions(2);
    List<WorkOrder.Group> groups = WorkOrder.groups(design);
    double total = 2 * (91 + 71 + 15);
    assertEquals(Duration.ofMillis((long) Math.ceil(total / 10 * 1000)),
        TrainingSteps.wallTime(design, groups, 1, 10).orElseThrow());
    assertEquals(Duration.ofMillis((long) Math.ceil(total / 2 / 10 * 1000)),
        TrainingSteps.wallTime(design, groups, 2, 10).orElseThrow());
    assertEquals(Duration.ofMillis(9100), TrainingSteps.wallTime(design, groups, 16, 10)
        .orElseThrow(), "a 91-step group runs on one thread alone");
  }

  @Test
  void treeModelsHaveNoStepCount() {
    StudyDesign trees = StudyDesign.defaults("sim.csv", "exp.csv", null,
            new ModelSpec.Tabular(TabularSettings.GradientBoosting.defaults()),
            List.of(TransferStrategy.DELTA))
        .withSizes(List.of(50, 200)).withExperimentalSizes(List.of(30));
    assertTrue(TrainingSteps.wallTime(trees, WorkOrder.groups(trees), 2, 10).isEmpty());
  }
}
