package org.sim2real.core.study.adaptive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.sim2real.core.scaling.curve.LearningCurve;
import org.sim2real.core.scaling.curve.LearningCurveTable;
import org.sim2real.core.scaling.fit.CurveAnalysis;
import org.sim2real.core.scaling.fit.FitOptions;
import org.sim2real.core.scaling.fit.ScalingAnalysis;
import org.sim2real.core.scaling.fit.ScalingAnalyzer;
import org.sim2real.core.scaling.synthetic.TrueCurve;
import org.sim2real.core.study.AdaptiveSettings;

/**
 * The refit look-ahead's imputed cells ({@link LookAhead}): where they lie, how their repetitions
 * spread, that their test rows carry them, and that the narrowing is a reproducible share.
 */
class LookAheadTest {
  private static final FitOptions OPTIONS = FitOptions.defaults().withBootstrap(200, 7);
  private static final TrueCurve FALLING = new TrueCurve(0.2, 0.6, 3000, 0.6, 0.8);
  private static final AdaptiveSettings QUESTION = AdaptiveSettings.errorAt(100_000, 0.01, true);

  private final AdaptiveGrid grid = SyntheticAdaptiveStudy.grid();
  private final LearningCurveTable measured;
  private final LookAhead lookAhead;
  private final QuestionDraws now;
  private final LearningCurve curve;

  LookAheadTest() {
    LearningCurveTable full = SyntheticAdaptiveStudy.fullGrid(FALLING, 921, 31);
    Set<WaveGroup> groups = new TreeSet<>(grid.firstWave());
    groups.add(new WaveGroup(1000, 2));
    measured = MeasuredGroups.restrict(full, groups);
    assertNotNull(measured);
    ScalingAnalysis analysis = ScalingAnalyzer.analyze(measured, OPTIONS, grid.strategy());
    CurveAnalysis fitted = analysis.curves().stream().filter(c -> c.m() == grid.m()).findFirst()
        .orElseThrow();
    now = QuestionDraws.of(analysis, fitted, QUESTION);
    curve = measured.curve(grid.strategy(), fitted.m()).orElseThrow();
    lookAhead = new LookAhead(measured, grid, OPTIONS, QUESTION, now, curve);
  }

  @Test
  void aNewSizeLiesOnTheLawWithItsNeighboursRepetitionPatternAndScaledTestRows() {
    assertTrue(lookAhead.usable());
    LearningCurveTable imputed = lookAhead.imputed(List.of(new WaveGroup(4642, 0),
        new WaveGroup(4642, 1)));
    LearningCurve after = imputed.curve(grid.strategy(), curve.m()).orElseThrow();
    int j = after.indexOf(4642);
    int template = curve.indexOf(10_000); // nearer 4,642 than 1,000 on the log scale
    double law = now.forecast.point(4642);
    for (int r = 0; r < 2; r++) {
      // repetition r deviates from the law as it deviates from its mean at the nearest size
      assertEquals(law * curve.error(template, r) / curve.mean(template), after.error(j, r),
          1e-12 * law);
      float[] rows = after.rowValues(j, r);
      assertNotNull(rows);
      double mean = 0;
      for (float v : rows) {
        mean += v / (double) rows.length;
      }
      assertEquals(after.error(j, r), mean, 1e-4 * law, "its test rows average to its error");
    }
    assertTrue(imputed.hasRowErrors(), "every cell keeps its test rows");
    assertEquals(measured.observations().size() + 2, imputed.observations().size());
  }

  @Test
  void oneMoreRepetitionAtAMeasuredSizeLiesWhereItAddsTheExpectedSpread() {
    double s = Math.sqrt(ExpectedGain.pooledRepetitionVariance(curve));
    int j = curve.indexOf(1000); // measured three times
    LearningCurveTable imputed = lookAhead.imputed(List.of(new WaveGroup(1000, 3)));
    LearningCurve after = imputed.curve(grid.strategy(), curve.m()).orElseThrow();
    // repetition 3 (odd) lies below the mean by s sqrt((k + 1) / k), k = 3
    assertEquals(curve.mean(j) * Math.exp(-s * Math.sqrt(4.0 / 3)), after.error(j, 3),
        1e-12);
    LearningCurve scratch = lookAhead.imputed(List.of(WaveGroup.scratch(2)))
        .baseline(curve.m()).orElseThrow();
    assertEquals(3, scratch.repetitionCount(0), "a scratch repetition is a third column");
  }

  @Test
  void theNarrowingIsAReproducibleShareOfTheWidth() {
    List<WaveGroup> candidate = List.of(new WaveGroup(46_416, 0), new WaveGroup(46_416, 1));
    double first = lookAhead.narrowing(46_416, 0, candidate);
    double again = new LookAhead(measured, grid, OPTIONS, QUESTION, now, curve)
        .narrowing(46_416, 0, candidate);
    assertEquals(first, again, 0.0, "same table, candidate and seed: same narrowing");
    assertTrue(first >= 0 && first < 1, "a share of the width: " + first);
  }
}
