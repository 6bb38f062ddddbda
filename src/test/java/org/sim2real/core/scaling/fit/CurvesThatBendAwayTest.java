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
  void errorRisingAgainAtLargeNFitsBeyondItsNoiseAndForbidsExtrapolation() {
    CurveAnalysis curve = analyze(
        n -> 2 * Math.pow(n, -0.4) + 0.1 + (n > 10_000 ? 0.05 * Math.log10(n / 10_000) : 0), 2);
    // the window keeps the largest sizes: leaving them out would hide where the law fails
    assertEquals(100_000, curve.window().high());
    assertTrue(curve.goodness().residualsExceedNoise(), curve.goodness().sentence());
    assertFalse(curve.window().passedChecks());
    assertEquals(TrustLevel.DO_NOT_EXTRAPOLATE, curve.trust().level());
    BackTest latest = curve.backTest();
    assertFalse(latest.hit(), latest.sentence());
    assertTrue(latest.predicted() < latest.measured(), "the rise makes forecasts optimistic");
  }

  @Test
  void plateauAfterABreakIsCaughtByTheRollingBackTest() {
    DoubleUnaryOperator broken = n -> 2 * Math.pow(Math.min(n, 21_544), -0.4) + 0.1;
    CurveAnalysis curve = analyze(broken, 3);
    assertEquals(TrustLevel.DO_NOT_EXTRAPOLATE, curve.trust().level(), curve.trust().sentence());
    BackTest latest = curve.backTest();
    assertEquals(46_416, latest.fittedUpToN());
    assertEquals(100_000, latest.predictedN());
    assertFalse(latest.hit(), latest.sentence());
    assertTrue(latest.predicted() < latest.measured(), "forecasts before the plateau are optimistic");
    assertTrue(curve.backTests().coverage() < 0.75, curve.backTests().sentence());
  }

  @Test
  void steepeningCurveRejectsThePowerLawByItsTrackRecordAndForbidsExtrapolation() {
    CurveAnalysis curve = analyze(
        n -> n < 5000 ? 0.5 * Math.pow(n / 5000.0, -0.05) : 0.5 * Math.pow(n / 5000.0, -0.5), 4);
    assertEquals(LawForm.BROKEN_POWER_LAW, curve.fit().form());
    assertTrue(curve.notes().stream().anyMatch(note -> note.contains("not used for forecasts")),
        curve.notes().toString());
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
