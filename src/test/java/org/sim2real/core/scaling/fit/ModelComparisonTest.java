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
  void aiccCountsTheNoiseVarianceAsAParameterAndIsUndefinedWithoutRoomForIt() {
    // 3 curve parameters + the variance: k = 4, defined from N = 6 on
    assertTrue(Double.isNaN(ModelComparison.aicc(0.01, 5, 3)));
    assertTrue(Double.isNaN(ModelComparison.aicc(0.01, 4, 2)));
    assertFalse(Double.isNaN(ModelComparison.aicc(0.01, 6, 3)));
    // N ln(SS/N) + 2k + 2k(k+1)/(N-k-1) with k = 4: 6 ln(0.01/6) + 8 + 40
    assertEquals(6 * Math.log(0.01 / 6) + 48, ModelComparison.aicc(0.01, 6, 3), 1e-12);
    // the broken power law (4 curve parameters) needs 7 sizes
    assertTrue(Double.isNaN(ModelComparison.aicc(0.01, 6, 4)));
    assertFalse(Double.isNaN(ModelComparison.aicc(0.01, 7, 4)));
  }

  @Test
  void fiveSizeWindowRanksOnlyThePurePowerLawAndSaysWhyTheOthersAreNot() {
    LearningCurveTable table = TeachingCurveGenerator.generate(TeachingCurveSpec.of(2, 0.4, 0.1, 1));
    CurveAnalysis curve = ScalingAnalyzer.analyze(table,
        FitOptions.defaults().withBootstrap(50, 1).withWindow(1000, 21_544)).curves().get(0);
    ModelComparison comparison = curve.comparison();
    assertEquals(5, comparison.score(LawForm.POWER_LAW_WITH_OFFSET).points());
    assertFalse(comparison.score(LawForm.POWER_LAW_WITH_OFFSET).aiccDefined());
    assertFalse(comparison.score(LawForm.BROKEN_POWER_LAW).aiccDefined());
    assertTrue(comparison.score(LawForm.PURE_POWER_LAW).aiccDefined());
    assertNull(comparison.preferred(), "one defined AICc ranks nothing");
    assertTrue(comparison.sentence().contains("power law + offset (needs at least 6 sizes, has 5)"),
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
