package org.sim2real.core.study.adaptive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.sim2real.core.scaling.curve.LearningCurveTable;
import org.sim2real.core.scaling.curve.Observation;
import org.sim2real.core.scaling.fit.FitOptions;
import org.sim2real.core.scaling.synthetic.TrueCurve;
import org.sim2real.core.study.AdaptiveSettings;

/**
 * The wave planner on synthetic studies with known truth ({@link SyntheticAdaptiveStudy}): what it
 * chooses, that its choices depend only on what is measured, and each way a study ends.
 */
class WavePlannerTest {
  private static final FitOptions OPTIONS = FitOptions.defaults().withBootstrap(200, 7);
  private static final TrueCurve FALLING = new TrueCurve(0.2, 0.6, 3000, 0.6, 0.8);

  @Test
  void firstWaveIsFourLogSpacedSizesUpToTheLargestTwiceWithTheScratchBaseline() {
    Set<WaveGroup> first = new TreeSet<>(SyntheticAdaptiveStudy.grid().firstWave());
    Set<WaveGroup> expected = new TreeSet<>();
    for (int r = 0; r < 2; r++) {
      expected.add(WaveGroup.scratch(r));
      for (int n : List.of(100, 1000, 10_000, 100_000)) {
        expected.add(new WaveGroup(n, r));
      }
    }
    assertEquals(expected, first);
  }

  @Test
  void whenTheLargeEndOfTheCurveIsMissingItAddsALargerSize() {
    LearningCurveTable full = SyntheticAdaptiveStudy.fullGrid(FALLING, 921, 11);
    Set<WaveGroup> measured = new TreeSet<>();
    for (int r = 0; r < 2; r++) {
      measured.add(WaveGroup.scratch(r));
      for (int n : List.of(100, 215, 464, 1000, 2154, 4642, 10_000)) {
        measured.add(new WaveGroup(n, r));
      }
    }
    AdaptiveSettings question = AdaptiveSettings.requiredN(FALLING.value(60_000), 1.3);
    WaveDecision decision = planner(question).decide(MeasuredGroups.restrict(full, measured),
        measured, Double.NaN, Double.NaN);
    assertEquals(WaveDecision.Verdict.CONTINUE, decision.verdict(), decision.sentence());
    WaveDecision.Choice first = decision.choices().get(0);
    assertTrue(first.group().n() > 10_000, "first choice " + first.group().describe() + ": "
        + first.reason() + "; answer " + decision.answer().sentence());
    assertTrue(first.reason().contains("largest expected gain in precision"), first.reason());
  }

  @Test
  void theChoicesDoNotDependOnTheOrderOfTheLedger() {
    LearningCurveTable full = SyntheticAdaptiveStudy.fullGrid(FALLING, 921, 12);
    Set<WaveGroup> measured = new TreeSet<>(SyntheticAdaptiveStudy.grid().firstWave());
    LearningCurveTable table = MeasuredGroups.restrict(full, measured);
    List<Observation> shuffled = new ArrayList<>(table.observations());
    Collections.shuffle(shuffled, new Random(3));
    LearningCurveTable reordered = LearningCurveTable.of(table.source(), shuffled)
        .withRowErrors(full.rowErrors());
    AdaptiveSettings question = AdaptiveSettings.requiredN(FALLING.value(200_000), 1.3);
    WaveDecision a = planner(question).decide(table, measured, Double.NaN, Double.NaN);
    WaveDecision b = planner(question).decide(MeasuredGroups.restrict(reordered, measured),
        measured, Double.NaN, Double.NaN);
    assertEquals(a.groups(), b.groups());
    assertEquals(a.answer(), b.answer());
    assertTrue(!a.groups().isEmpty(), a.sentence());
  }

  @Test
  void aResumedStudyReplaysItsWavesFromTheLedgerAndMakesTheSameChoices() {
    LearningCurveTable full = SyntheticAdaptiveStudy.fullGrid(FALLING, 921, 13);
    AdaptiveSettings question = AdaptiveSettings.requiredN(FALLING.value(200_000), 1.2);
    SyntheticAdaptiveStudy.Reveal uninterrupted = new SyntheticAdaptiveStudy.Reveal(full, 100);
    AdaptiveOutcome whole = SyntheticAdaptiveStudy.run(uninterrupted, question, OPTIONS);
    assertTrue(uninterrupted.runs.size() >= 3, "the study needs several waves for this test: "
        + whole.last().decision().sentence());

    SyntheticAdaptiveStudy.Reveal interrupted = new SyntheticAdaptiveStudy.Reveal(full, 2);
    AdaptiveOutcome stopped = SyntheticAdaptiveStudy.run(interrupted, question, OPTIONS);
    assertTrue(!stopped.ended());
    interrupted.allow(100);
    AdaptiveOutcome resumed = SyntheticAdaptiveStudy.run(interrupted, question, OPTIONS);

    assertEquals(uninterrupted.runs, interrupted.runs, "the same groups, wave by wave");
    assertEquals(whole.measured(), resumed.measured());
    assertEquals(whole.last().decision(), resumed.last().decision());
    assertTrue(resumed.waves().get(0).fromLedger() && resumed.waves().get(1).fromLedger()
        && !resumed.waves().get(2).fromLedger(), "two waves replayed, then new ones");
  }

  @Test
  void theStudyEndsWhenTheBudgetOfCellsIsSpent() {
    LearningCurveTable full = SyntheticAdaptiveStudy.fullGrid(FALLING, 921, 14);
    AdaptiveSettings question =
        AdaptiveSettings.requiredN(FALLING.value(200_000), 1.01).withBudget(10, null);
    AdaptiveOutcome outcome = SyntheticAdaptiveStudy.run(full, question, OPTIONS);
    WaveDecision last = outcome.last().decision();
    assertEquals(WaveDecision.Verdict.BUDGET_SPENT, last.verdict(), last.sentence());
    int cells = SyntheticAdaptiveStudy.grid().cellCount(outcome.measured());
    assertEquals(10, cells, "the coarse start, then nothing more fits");
    assertTrue(last.sentence().startsWith("Budget spent: 10 of 10 cells"), last.sentence());
  }

  @Test
  void aBudgetOfCpuMinutesCountsTheLedgersSecondsAndTheCostOfTheNextCells() {
    LearningCurveTable full = SyntheticAdaptiveStudy.fullGrid(FALLING, 921, 17);
    Set<WaveGroup> measured = new TreeSet<>(SyntheticAdaptiveStudy.grid().firstWave());
    LearningCurveTable table = MeasuredGroups.restrict(full, measured);
    AdaptiveSettings question = AdaptiveSettings.requiredN(FALLING.value(200_000), 1.01);
    double perUnit = 60.0 / SyntheticAdaptiveStudy.grid().cost(measured); // wave 1 took a minute
    // 0.1 s left: less than the cheapest cell (one more repetition at n = 100, about 0.3 s)
    WaveDecision spent = planner(question.withBudget(null, 60.1 / 60)).decide(table, measured,
        perUnit, 60);
    assertEquals(WaveDecision.Verdict.BUDGET_SPENT, spent.verdict(), spent.sentence());
    assertTrue(spent.sentence().contains("10 cells, 1.0 of 1.0 CPU-minutes"), spent.sentence());
    WaveDecision more = planner(question.withBudget(null, 1.05)).decide(table, measured, perUnit,
        60);
    assertEquals(WaveDecision.Verdict.CONTINUE, more.verdict(), more.sentence());
    double wave = more.choices().stream().mapToDouble(WaveDecision.Choice::cost).sum() * perUnit;
    assertTrue(60 + wave <= 1.05 * 60, "the wave fits in the 3 s left: " + wave);
    assertTrue(more.choices().get(0).reason().contains("CPU-min"), more.choices().get(0).reason());
  }

  @Test
  void theStudyEndsAsSoonAsThePrecisionIsReached() {
    LearningCurveTable full = SyntheticAdaptiveStudy.fullGrid(FALLING, 921, 15);
    AdaptiveSettings question = AdaptiveSettings.errorAt(10_000, 0.25, true);
    AdaptiveOutcome outcome = SyntheticAdaptiveStudy.run(full, question, OPTIONS);
    WaveDecision last = outcome.last().decision();
    assertEquals(WaveDecision.Verdict.PRECISION_REACHED, last.verdict(), last.sentence());
    for (WaveReport earlier : outcome.waves().subList(0, outcome.waves().size() - 1)) {
      QuestionAnswer before = earlier.decision().answer();
      assertTrue(before == null || !before.precise(), "not earlier: wave " + earlier.wave());
    }
    assertTrue(outcome.waves().size() <= 3, "the coarse start and at most one more wave");
    QuestionAnswer answer = last.answer();
    assertNotNull(answer);
    assertTrue(answer.precise() && answer.widthRatio() <= 1, answer.sentence());
    double half = (answer.interval().upper() - answer.interval().lower()) / 2;
    assertTrue(half <= 0.25 * answer.value(), answer.sentence());
    // the requested precision as a range (the Run step's band): the answer ± 25% of it
    assertEquals(0.75 * answer.value(), answer.wanted().lower(), 1e-12);
    assertEquals(1.25 * answer.value(), answer.wanted().upper(), 1e-12);
  }

  @Test
  void aCurveThatNeverFallsEndsWithNoRegimeWithinThirtyPercentOfTheGrid() {
    TrueCurve flat = new TrueCurve(0.5, 0, 1e4, 0.5, 0.5);
    LearningCurveTable full = SyntheticAdaptiveStudy.fullGrid(flat, 921, 16);
    AdaptiveOutcome outcome = SyntheticAdaptiveStudy.run(full,
        AdaptiveSettings.requiredN(0.4, 1.3), OPTIONS);
    WaveDecision last = outcome.last().decision();
    assertEquals(WaveDecision.Verdict.NO_REGIME, last.verdict(), last.sentence());
    assertTrue(last.sentence().startsWith("No forecast can be given: transfer does not beat"),
        last.sentence());
    double fraction = SyntheticAdaptiveStudy.costFraction(outcome);
    assertTrue(fraction <= 0.30, "spent " + fraction + " of the grid");
  }

  @Test
  void newSizesAreTheGridsSizesNearestTheLogMidpointsOfTheGaps() {
    WavePlanner planner = planner(AdaptiveSettings.floor(0.01));
    // 100..1,000: 464 is nearest 316; 1,000..10,000: 4,642 nearest 3,162; beyond 10,000: the
    // size nearest 31,623 and the largest
    assertEquals(List.of(464, 4642, 46416, 100_000), planner.newSizes(List.of(100, 1000, 10_000)));
    assertEquals(List.of(100, 2154, 100_000), planner.newSizes(List.of(215, 46416)));
  }

  private static WavePlanner planner(AdaptiveSettings settings) {
    return new WavePlanner(settings, SyntheticAdaptiveStudy.grid(), OPTIONS);
  }
}
