package org.sim2real.ui.common.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sim2real.core.model.MlpSettings;
import org.sim2real.core.model.ModelSpec;
import org.sim2real.core.model.TrainingLength;
import org.sim2real.core.model.TransferStrategy;
import org.sim2real.core.study.StudyDesign;
import org.sim2real.core.study.StudyPlan;
import org.sim2real.core.study.StudyPlanner;
import org.sim2real.ui.common.Texts;
import org.sim2real.ui.study.ModelChoice;
import org.sim2real.ui.study.StudyBench;

/** Cell counts, the run-time estimate and the design hash of the Study screen's summary. */
class StudySummaryModelTest {
  @TempDir Path dir;

  private final StudyBench bench = new StudyBench();
  private final StudySummaryModel summary = bench.summary;

  @Test
  void cellsAreCountedWithoutDataForAnExplicitSchedule() {
    StudyDesign d = bench.design.design().withSizes(List.of(10, 100, 1000))
        .withExperimentalSizes(List.of(5, 10)).withRepetitions(4)
        .withStrategies(List.of(TransferStrategy.FINE_TUNE, TransferStrategy.FROZEN_FEATURES));
    CellCount count = CellCount.of(d, DataFacts.NONE);
    // per repetition and m: 2 strategies x 3 sizes + 1 scratch = 7; x 2 m x 4 repetitions
    assertEquals(56, count.cells());
    assertTrue(count.exact());
  }

  @Test
  void furtherSourcesAddTheirSizesUpToTheirRowsAndShareOneScratchBaseline() {
    StudyDesign d = bench.design.design().withSizes(List.of(10, 100, 1000)).withRepetitions(2)
        .withStrategies(List.of(TransferStrategy.FINE_TUNE));
    java.util.List<Integer> sourceRows = new java.util.ArrayList<>();
    sourceRows.add(500); // 10, 100 and its 500 rows
    sourceRows.add(100); // 10 and 100
    sourceRows.add(null); // not checked yet: counted like the primary
    CellCount count = CellCount.of(d, new DataFacts(2000, 50, null, sourceRows));
    // per repetition: 1 strategy x (3 + 3 + 2 + 3) sizes + 1 scratch = 12; x 2 repetitions
    assertEquals(24, count.cells());
    assertEquals(List.of(3, 3, 2, 3), count.sizesPerSource());
  }

  @Test
  void theAutomaticScheduleIsCountedApproximatelyUntilTheDataAreKnown() throws IOException {
    assertEquals("about 55 cells", summary.cellsProperty().get(), "5 x (10 + 1)");
    bench.withData(dir);
    assertEquals("55 cells", summary.cellsProperty().get());
    assertEquals("5 repetitions \u00d7 1 m \u00d7 (1 strategy \u00d7 10 sizes + the scratch"
        + " baseline)", summary.cellsDetailProperty().get());
  }

  @Test
  void theCountMatchesThePlannersCells() throws IOException {
    bench.withData(dir);
    bench.form.schedule().sizes().textProperty().set("10, 30, 90");
    bench.form.schedule().experimentalSizes().textProperty().set("16, 32");
    bench.form.strategy(TransferStrategy.FROZEN_FEATURES).set(true);
    bench.form.repetitions().textProperty().set("2");
    StudyPlan plan = StudyPlanner.plan(bench.design.runnableDesign(), dir, 1, s -> { });
    assertEquals(plan.cells().size(), CellCount.of(bench.design.design(), bench.design.facts())
        .cells());
    assertEquals(plan.cells().size() + " cells", summary.cellsProperty().get());
  }

  @Test
  void stepsFollowTheEnginesWorkGroups() {
    MlpSettings epochs = MlpSettings.defaults(1e-3, TrainingLength.epochs(2)).withBatchSize(10);
    MlpSettings budget = epochs.withLength(TrainingLength.stepBudget(1, 50, 1000));
    StudyDesign d = bench.design.design()
        .withModel(new ModelSpec.Mlp(budget, epochs, epochs, epochs))
        .withStrategies(List.of(TransferStrategy.FINE_TUNE, TransferStrategy.FROZEN_FEATURES))
        .withSizes(List.of(100, 2000)).withExperimentalSizes(List.of(30)).withRepetitions(3);
    StepCount steps = StepCount.of(d, DataFacts.NONE);
    // pretraining: max(50, ceil(100/10)) = 50 and ceil(2000/10) = 200 steps, 3 repetitions
    assertEquals(3 * (50 + 200), steps.pretrainSteps());
    // per repetition and n: fine-tune 2 x 3 = 6 steps, new head 0.4 x 6; scratch per rep 6
    assertEquals(3 * (2 * (6 + 0.4 * 6) + 6), steps.adaptSteps(), 1e-9);
    assertEquals(200 + 6 + 2.4, steps.largestGroupSteps(), 1e-9);
    assertEquals(9, steps.groups());
    // 818.4 steps over 2 threads at 100 steps/s: 4.092 s, more than the largest group's 2.084 s
    assertEquals(Duration.ofMillis(4092), steps.wallTime(100, 2));
    // one huge group bounds the wall time however many threads there are
    assertEquals(Duration.ofMillis(2084), steps.wallTime(100, 64));
  }

  @Test
  void eachFurtherSourcePretrainsOnItsOwnSizes() {
    MlpSettings epochs = MlpSettings.defaults(1e-3, TrainingLength.epochs(2)).withBatchSize(10);
    MlpSettings budget = epochs.withLength(TrainingLength.stepBudget(1, 50, 1000));
    StudyDesign d = bench.design.design()
        .withModel(new ModelSpec.Mlp(budget, epochs, epochs, epochs))
        .withStrategies(List.of(TransferStrategy.FINE_TUNE))
        .withSizes(List.of(100, 2000)).withExperimentalSizes(List.of(30)).withRepetitions(3);
    StepCount one = StepCount.of(d, new DataFacts(5000, 100, null));
    StepCount two = StepCount.of(d, new DataFacts(5000, 100, null, List.of(1000)));
    // the second source has n = 100 and its 1,000 rows: max(50, 10) + 100 pretraining steps
    assertEquals(3 * (50 + 200), one.pretrainSteps());
    assertEquals(3 * (50 + 200 + 50 + 100), two.pretrainSteps());
    assertEquals(one.groups() + 6, two.groups());
  }

  @Test
  void pretrainingStepsOfABudgetGrowingWithNGrowAboveItsReferenceRows() {
    MlpSettings epochs = MlpSettings.defaults(1e-3, TrainingLength.epochs(2)).withBatchSize(10);
    MlpSettings growing = epochs.withLength(
        TrainingLength.growingStepBudget(100, 500, 10_000, 10_000));
    StudyDesign d = bench.design.design()
        .withModel(new ModelSpec.Mlp(growing, epochs, epochs, epochs))
        .withStrategies(List.of(TransferStrategy.FINE_TUNE))
        .withSizes(List.of(10_000, 100_000)).withExperimentalSizes(List.of(30)).withRepetitions(1);
    // clip(100 x 1,000, 500, 10,000) and clip(100 x 10,000, 500, 10,000 x sqrt(10))
    assertEquals(10_000 + 31_623, StepCount.of(d, DataFacts.NONE).pretrainSteps());
  }

  @Test
  void theEstimateUsesTheMeasuredRateAndTheThreadsOnceShown() throws IOException {
    bench.withData(dir);
    assertTrue(summary.estimateProperty().get().contains("timing"), "not timed while hidden");
    assertEquals(List.of(), bench.timed);

    summary.setShowing(true);
    assertEquals(1, bench.timed.size(), "timed once");
    StepCount steps = StepCount.of(bench.design.design(), bench.design.facts());
    String expected = "Run time: about " + Texts.duration(steps.wallTime(
        StudyBench.STEPS_PER_SECOND, 2)) + " with 2 threads";
    assertEquals(expected, summary.estimateProperty().get());
    assertTrue(bench.timed.get(0).startsWith("[256, 128] x"), bench.timed.get(0));

    bench.design.threadsProperty().set(1);
    assertTrue(summary.estimateProperty().get().endsWith("with 1 thread"));
    bench.form.repetitions().textProperty().set("2");
    assertEquals(1, bench.timed.size(), "the same network is not timed again");
    bench.form.mlp().hiddenLayers().textProperty().set("64");
    assertEquals(2, bench.timed.size(), "a new architecture is timed");
  }

  @Test
  void tabularModelsSayWhyThereIsNoEstimate() {
    bench.form.model().set(ModelChoice.GRADIENT_BOOSTING);
    assertEquals("Run time: not estimated", summary.estimateProperty().get());
    assertTrue(summary.estimateDetailProperty().get().startsWith("Tree and kernel models"));
  }

  @Test
  void theHashAppearsOnceTheDesignIsCheckedAgainstTheData() throws IOException {
    bench.withData(dir);
    bench.form.schedule().sizes().textProperty().set("10, 100");
    assertTrue(summary.hashProperty().get().startsWith("Design hash: computed when"));

    summary.checkWithData();

    StudyPlan plan = bench.plans.planFor(bench.design.planKey());
    assertEquals("Design hash " + plan.designHash().substring(0, 12) + " \u2014 15 cells; 120"
        + " simulation rows and 32 experimental training rows usable, 8 test rows.",
        summary.hashProperty().get());
    String last = bench.status.get(bench.status.size() - 1);
    assertTrue(last.startsWith("The design fits the data"), last);
    assertTrue(last.contains(". Memory: about ") && last.contains("this Java may use"), last);

    bench.form.seed().textProperty().set("9");
    assertTrue(summary.hashProperty().get().startsWith("Design hash: computed when"),
        "another design has no hash until planned");
  }

  @Test
  void checkingADesignThatDoesNotFitTheDataSaysWhy() throws IOException {
    bench.withData(dir);
    bench.form.preset().set(StudyPreset.PAPER_PROTOCOL);
    summary.checkWithData();
    assertNull(bench.plans.latestProperty().get());
    assertEquals("The design cannot run on the data: sizes: n = 215 is larger than the 120"
        + " usable simulation rows of sim-study.csv", bench.status.get(bench.status.size() - 1));
  }
}
