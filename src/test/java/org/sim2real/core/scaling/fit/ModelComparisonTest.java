package org.sim2real.core.scaling.fit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.sim2real.core.scaling.curve.LearningCurveTable;
import org.sim2real.core.scaling.curve.Observation;
import org.sim2real.core.scaling.teaching.TeachingCurveGenerator;
import org.sim2real.core.scaling.teaching.TeachingCurveSpec;

class ModelComparisonTest {
  @Test
  void aiccIsUndefinedWhenPointsDoNotExceedParametersPlusOne() {
    assertTrue(Double.isNaN(ModelComparison.aicc(0.01, 4, 3)));
    assertTrue(Double.isNaN(ModelComparison.aicc(0.01, 3, 2)));
    assertFalse(Double.isNaN(ModelComparison.aicc(0.01, 5, 3)));
    // N ln(SS/N) + 2k + 2k(k+1)/(N-k-1) = 5 ln(0.002) + 6 + 24
    assertEquals(5 * Math.log(0.002) + 30, ModelComparison.aicc(0.01, 5, 3), 1e-12);
  }

  @Test
  void fourSizeWindowRanksNothingAndSaysWhy() {
    LearningCurveTable table = TeachingCurveGenerator.generate(TeachingCurveSpec.of(2, 0.4, 0.1, 1));
    CurveAnalysis curve = ScalingAnalyzer.analyze(table,
        FitOptions.defaults().withBootstrap(50, 1).withWindow(1000, 10_000)).curves().get(0);
    ModelComparison comparison = curve.comparison();
    assertEquals(4, comparison.score(LawForm.POWER_LAW_WITH_OFFSET).points());
    assertFalse(comparison.score(LawForm.POWER_LAW_WITH_OFFSET).aiccDefined());
    assertTrue(comparison.score(LawForm.PURE_POWER_LAW).aiccDefined());
    assertNull(comparison.preferred());
    assertTrue(comparison.sentence().contains("needs more than 4 points, has 4"),
        comparison.sentence());
  }

  @Test
  void aiccMostlyPicksTheFormTheDataWereGeneratedFrom() {
    int pureChosen = 0;
    int offsetChosen = 0;
    for (int seed = 0; seed < 30; seed++) {
      pureChosen += preferred(0.0, seed) == LawForm.PURE_POWER_LAW ? 1 : 0;
      offsetChosen += preferred(0.1, seed) == LawForm.POWER_LAW_WITH_OFFSET ? 1 : 0;
    }
    // one extra parameter sometimes wins by chance; most of the time the truth does
    assertTrue(pureChosen >= 24, "pure power law chosen for " + pureChosen + " of 30");
    assertTrue(offsetChosen >= 27, "power law with offset chosen for " + offsetChosen + " of 30");
  }

  private static LawForm preferred(double floor, long seed) {
    LearningCurveTable table = TeachingCurveGenerator.generate(new TeachingCurveSpec(2, 0.3, floor,
        0.01, TeachingCurveGenerator.logSpacedSizes(100, 100_000, 10), 5, seed, null,
        Observation.M_NOT_GIVEN));
    return ScalingAnalyzer.analyze(table, FitOptions.defaults().withBootstrap(20, 1)
        .withWindow(100, 100_000)).curves().get(0).comparison().preferred();
  }
}
