package org.sim2real.core.scaling.fit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.DoubleUnaryOperator;
import org.junit.jupiter.api.Test;
import org.sim2real.core.scaling.curve.LearningCurveTable;
import org.sim2real.core.scaling.curve.Observation;
import org.sim2real.core.scaling.teaching.TeachingCurveGenerator;

/** Curves that leave the power law must not get a confident extrapolation. */
class CurvesThatBendAwayTest {
  private static final List<Long> SIZES = TeachingCurveGenerator.logSpacedSizes(100, 100_000, 10);

  private static CurveAnalysis analyze(DoubleUnaryOperator truth, long seed) {
    LearningCurveTable table = TeachingCurveGenerator.generate(SIZES,
        List.of(Observation.M_NOT_GIVEN), 5, 0.02, seed, (n, m) -> truth.applyAsDouble(n), null);
    return ScalingAnalyzer.analyze(table, FitOptions.defaults()).curves().get(0);
  }

  @Test
  void errorRisingAgainAtLargeNIsLeftOutAndForbidsExtrapolation() {
    CurveAnalysis curve = analyze(
        n -> 2 * Math.pow(n, -0.4) + 0.1 + (n > 10_000 ? 0.05 * Math.log10(n / 10_000) : 0), 2);
    assertEquals(10_000, curve.window().high());
    assertEquals(List.of(21544L, 46416L, 100000L),
        curve.window().excluded().stream().map(ExcludedPoint::n).toList());
    assertTrue(curve.window().excluded().get(0).reason().startsWith("fit quality"));
    assertEquals(TrustLevel.DO_NOT_EXTRAPOLATE, curve.trust().level());
    assertTrue(curve.trust().reason().contains("stops holding"), curve.trust().reason());
  }

  @Test
  void plateauAfterABreakIsCaughtByTheBackTestOfTheFullRange() {
    DoubleUnaryOperator broken = n -> 2 * Math.pow(Math.min(n, 21_544), -0.4) + 0.1;
    CurveAnalysis chosen = analyze(broken, 3);
    assertTrue(chosen.window().high() < 100_000, chosen.window().sentence());
    assertEquals(TrustLevel.DO_NOT_EXTRAPOLATE, chosen.trust().level());

    // forcing one fit over every size: the back-test sees the law overshoot the plateau
    LearningCurveTable table = TeachingCurveGenerator.generate(SIZES,
        List.of(Observation.M_NOT_GIVEN), 5, 0.02, 3, (n, m) -> broken.applyAsDouble(n), null);
    CurveAnalysis forced = ScalingAnalyzer.analyze(table,
        FitOptions.defaults().withWindow(100, 100_000)).curves().get(0);
    assertFalse(forced.backTest().consistent(), forced.backTest().sentence());
    assertTrue(forced.backTest().predicted() < forced.backTest().measured());
    assertFalse(forced.window().passedChecks());
    assertTrue(forced.trust().level() != TrustLevel.GOOD, forced.trust().sentence());
  }

  @Test
  void steepeningBrokenPowerLawIsNotExtrapolatedFromItsFlatPart() {
    CurveAnalysis curve = analyze(
        n -> n < 5000 ? 0.5 * Math.pow(n / 5000.0, -0.05) : 0.5 * Math.pow(n / 5000.0, -0.5), 4);
    assertTrue(curve.window().high() < 100_000, curve.window().sentence());
    assertEquals(TrustLevel.DO_NOT_EXTRAPOLATE, curve.trust().level());
  }

  @Test
  void exponentialSaturationIsPreferredByAiccAndRaisedAsAConcern() {
    LearningCurveTable table = TeachingCurveGenerator.generate(SIZES,
        List.of(Observation.M_NOT_GIVEN), 5, 0.01, 5, (n, m) -> 0.3 + 0.3 * Math.exp(-n / 3000.0),
        null);
    CurveAnalysis curve = ScalingAnalyzer.analyze(table,
        FitOptions.defaults().withWindow(100, 100_000)).curves().get(0);
    assertEquals(LawForm.EXPONENTIAL_SATURATION, curve.comparison().preferred());
    assertTrue(curve.comparison().saturationClearlyPreferred());
    assertTrue(curve.trust().level() != TrustLevel.GOOD);
    assertTrue(String.join(" ", curve.trust().concerns()).contains("exponential saturation")
        || curve.trust().reason().contains("exponential saturation"));
  }
}
