package org.sim2real.core.scaling.synthetic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sim2real.core.scaling.curve.LearningCurveTable;
import org.sim2real.core.scaling.curve.SourceTables;
import org.sim2real.core.scaling.fit.FitOptions;
import org.sim2real.core.scaling.fit.ScalingAnalysis;
import org.sim2real.core.scaling.fit.ScalingAnalyzer;
import org.sim2real.core.scaling.forecast.SourceComparison;
import org.sim2real.core.scaling.forecast.SourceComparison.Verdict;

/**
 * Known answers for the comparison of simulation sources: two synthetic studies that share their
 * experimental test rows, repetitions and scratch cells (as two studies differing only in the
 * simulation file do), with known power laws, joined into one table and analysed with one set of
 * draws. The comparison must name the truly better source where the truths clearly differ and say
 * it cannot tell where they are equal; rates over several seeds, not one lucky seed.
 */
class SourceComparisonTest {
  private static final int SEEDS = 8;
  private static final int REPETITIONS = 5;
  private static final int TEST_ROWS = 400;
  private static final int DRAWS = 300;
  private static final double SCRATCH = 0.9;
  /** Error 0.8 at n = 100, alpha 0.4; the sources differ in their floor (the transfer gap). */
  private static final TrueCurve LOW_FLOOR = withFloor(0.15);
  private static final TrueCurve HIGH_FLOOR = withFloor(0.25);
  /** Rows of the low-floor source cost 4x more: the budget buys it 100,000 rows, the other 400,000. */
  private static final double COST_LOW = 0.2;
  private static final double COST_HIGH = 0.05;
  private static final double BUDGET = 20_000;

  private static TrueCurve withFloor(double floor) {
    return new TrueCurve(floor, (0.8 - floor) * Math.pow(101, 0.4), 1, 0.4, SCRATCH);
  }

  @Test
  void theTrulyBetterSourceIsNamedAtABudgetWhereTheTruthsClearlyDiffer() {
    // at the budget: 0.191 (100,000 rows of the low floor) against 0.270 (400,000 of the other)
    assertTrue(LOW_FLOOR.value(BUDGET / COST_LOW) < 0.8 * HIGH_FLOOR.value(BUDGET / COST_HIGH));
    int named = 0;
    for (int seed = 1; seed <= SEEDS; seed++) {
      SourceComparison.Result result = compare(LOW_FLOOR, HIGH_FLOOR, COST_LOW, COST_HIGH, seed);
      SourceComparison.Pair atBudget = result.atBudget().get(0);
      assertEquals("low", atBudget.a());
      assertTrue(atBudget.verdict() != Verdict.B_BETTER, "never the worse source: " + atBudget);
      if (atBudget.verdict() == Verdict.A_BETTER) {
        named++;
        assertTrue(atBudget.probabilityABeatsB() > 0.95, atBudget.toString());
      }
      // the budget stays within 100x of what was measured: no flag
      assertFalse(result.sources().get(1).budget().beyondSensibleExtrapolation());
      assertEquals(400_000, result.sources().get(1).budget().rows(), 1e-6);
      assertTrue(result.ranking(Double::toString).startsWith(
          "With a budget of 20000, lowest error first: low ("), result.ranking(Double::toString));
    }
    // 7 of 8 on this kernel: one seed's 4x extrapolation of the other source hides it
    assertTrue(named >= SEEDS - 2, "the better source named in " + named + " of " + SEEDS);
  }

  @Test
  void equalTruthsCannotBeToldApart() {
    int cannotTell = 0;
    for (int seed = 1; seed <= SEEDS; seed++) {
      SourceComparison.Result result = compare(LOW_FLOOR, LOW_FLOOR, COST_LOW, COST_LOW, seed);
      if (result.atBudget().get(0).verdict() == Verdict.CANNOT_TELL) {
        cannotTell++;
      }
    }
    // a 90% interval of the difference may exclude 0 by chance in about one study of ten
    assertTrue(cannotTell >= SEEDS - 2, "cannot tell in " + cannotTell + " of " + SEEDS);
  }

  @Test
  void aBudgetFarBeyondTheMeasuredSizesIsFlaggedAndGivesNoVerdict() {
    // 1e9 rows of a source measured up to 100,000: 10,000x
    SourceComparison.Result result = compare(LOW_FLOOR, HIGH_FLOOR, 1e-4, 1e-4, 3,
        100_000.0);
    assertTrue(result.sources().get(0).budget().beyondSensibleExtrapolation());
    SourceComparison.Pair pair = result.atBudget().get(0);
    assertEquals(Verdict.CANNOT_TELL, pair.verdict());
    assertTrue(pair.sentence(Double::toString).contains("beyond any sensible extrapolation"),
        pair.sentence(Double::toString));
  }

  private static SourceComparison.Result compare(TrueCurve a, TrueCurve b, double costA,
      double costB, long seed) {
    return compare(a, b, costA, costB, seed, BUDGET);
  }

  private static SourceComparison.Result compare(TrueCurve a, TrueCurve b, double costA,
      double costB, long seed, double budget) {
    LearningCurveTable low = SyntheticStudy.generateSource(a, SyntheticStudy.SIZES, REPETITIONS,
        TEST_ROWS, seed, 1000 + seed);
    LearningCurveTable high = SyntheticStudy.generateSource(b, SyntheticStudy.SIZES, REPETITIONS,
        TEST_ROWS, seed, 2000 + seed);
    List<String> notes = new ArrayList<>();
    LearningCurveTable table = SourceTables.combine(List.of(
        new SourceTables.Source("low", "study A", low),
        new SourceTables.Source("high", "study B", high)), notes);
    assertTrue(table.hasRowErrors(), "the test rows are resampled: " + notes);
    ScalingAnalysis analysis =
        ScalingAnalyzer.analyze(table, FitOptions.defaults().withBootstrap(DRAWS, seed));
    int m = SyntheticStudy.M;
    return SourceComparison.compare(List.of(
        new SourceComparison.Input("low", analysis.curve("finetune@low", m).orElseThrow(), costA),
        new SourceComparison.Input("high", analysis.curve("finetune@high", m).orElseThrow(),
            costB)),
        new SourceComparison.Question(null, 0.3, budget), seed);
  }
}
