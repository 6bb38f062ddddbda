package org.sim2real.core.scaling.fit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sim2real.core.io.UserFacingException;
import org.sim2real.core.scaling.curve.Estimate;
import org.sim2real.core.scaling.curve.Format;
import org.sim2real.core.scaling.curve.Interval;
import org.sim2real.core.scaling.curve.LearningCurveTable;
import org.sim2real.core.scaling.curve.Observation;
import org.sim2real.core.scaling.curve.Percentiles;
import org.sim2real.core.scaling.forecast.CurveForecast;
import org.sim2real.core.scaling.forecast.ForecastRequest;
import org.sim2real.core.scaling.forecast.Forecaster;
import org.sim2real.core.scaling.teaching.TeachingCurveGenerator;
import org.sim2real.core.scaling.teaching.TeachingCurveSpec;

/** Small tables, single repetitions, impossible settings and the numeric helpers. */
class ScalingEdgeCasesTest {
  @Test
  void twoSizesGiveNoFitButAnHonestVerdict() {
    List<Observation> rows = new ArrayList<>();
    for (int r = 0; r < 3; r++) {
      rows.add(new Observation("transfer", 100, 1000, r, 0.3 + 0.01 * r));
      rows.add(new Observation("transfer", 100, 10000, r, 0.2 + 0.01 * r));
    }
    ScalingAnalysis analysis =
        ScalingAnalyzer.analyze(LearningCurveTable.of("tiny", rows), FitOptions.defaults());
    CurveAnalysis curve = analysis.curves().get(0);
    assertNull(curve.fit());
    assertEquals(TrustLevel.DO_NOT_EXTRAPOLATE, curve.trust().level());
    assertTrue(curve.trust().reason().contains("Only 2 sizes"), curve.trust().reason());
    CurveForecast forecast = Forecaster.forecast(analysis, curve, ForecastRequest.forTarget(0.1));
    assertNull(forecast.dataNeed());
    assertNull(forecast.band());
    assertEquals("No law fitted.", curve.lawSentence());
  }

  @Test
  void singleRepetitionGivesEstimatesWithoutIntervalsAndNoTrust() {
    LearningCurveTable table = TeachingCurveGenerator.generate(
        TeachingCurveSpec.of(2, 0.4, 0.1, 1).withNoise(0.01, 1));
    CurveAnalysis curve = ScalingAnalyzer.analyze(table, FitOptions.defaults()).curves().get(0);
    assertEquals(0.4, curve.parameter("alpha").value(), 0.05);
    assertFalse(curve.parameter("alpha").interval().isKnown());
    assertFalse(curve.points().get(0).interval().isKnown());
    assertEquals(TrustLevel.DO_NOT_EXTRAPOLATE, curve.trust().level());
    assertTrue(curve.trust().reason().contains("single repetition"), curve.trust().reason());
    String need = Forecaster.forecast(ScalingAnalyzer.analyze(table, FitOptions.defaults()), curve,
        ForecastRequest.forTarget(0.11)).dataNeed().sentence();
    assertTrue(need.contains("(no interval)"), need);
  }

  @Test
  void impossibleSettingsAreRejected() {
    LearningCurveTable table = TeachingCurveGenerator.generate(TeachingCurveSpec.of(2, 0.4, 0.1, 1));
    UserFacingException narrow = assertThrows(UserFacingException.class, () ->
        ScalingAnalyzer.analyze(table, FitOptions.defaults().withWindow(1000, 2000)));
    assertTrue(narrow.getMessage().contains("a fit needs at least 3"), narrow.getMessage());
    assertThrows(IllegalArgumentException.class, () -> FitOptions.defaults().withBootstrap(5, 1));
    assertThrows(IllegalArgumentException.class, () -> FitOptions.defaults().withWindow(100, 10));
    assertThrows(IllegalArgumentException.class,
        () -> new FitOptions(null, null, 100, 1, false, 1.5, 4));
    List<Observation> scratchOnly = List.of(new Observation(Observation.SCRATCH, 10, 0, 0, 0.5));
    assertThrows(UserFacingException.class, () ->
        ScalingAnalyzer.analyze(LearningCurveTable.of("s", scratchOnly), FitOptions.defaults()));
    assertThrows(IllegalArgumentException.class,
        () -> new Observation("transfer", 10, 100, 0, -0.1));
    assertThrows(IllegalArgumentException.class,
        () -> new Observation(Observation.SCRATCH, 10, 100, 0, 0.1));
  }

  @Test
  void weightedFitTrustsPreciseSizesMore() {
    // one size measured with huge spread pulls an unweighted fit; weighting discounts it
    List<Observation> rows = new ArrayList<>();
    List<Long> sizes = TeachingCurveGenerator.logSpacedSizes(100, 100_000, 8);
    for (int r = 0; r < 6; r++) {
      for (long n : sizes) {
        double truth = 2 * Math.pow(n, -0.4) + 0.1;
        double noise = n == sizes.get(6) ? (r % 2 == 0 ? 0.06 : -0.02) : (r % 2 == 0 ? 1e-4 : -1e-4);
        rows.add(new Observation("transfer", Observation.M_NOT_GIVEN, n, r, truth + noise));
      }
    }
    LearningCurveTable table = LearningCurveTable.of("outlier", rows);
    FitOptions options = FitOptions.defaults().withBootstrap(50, 1).withWindow(100, 100_000);
    double unweighted = ScalingAnalyzer.analyze(table, options).curves().get(0)
        .parameter("alpha").value();
    CurveAnalysis weighted = ScalingAnalyzer.analyze(table, options.withWeighted(true)).curves().get(0);
    assertTrue(weighted.weighted());
    assertTrue(Math.abs(weighted.parameter("alpha").value() - 0.4)
        < Math.abs(unweighted - 0.4) / 3, weighted.parameter("alpha") + " vs " + unweighted);
  }

  @Test
  void numericHelpersBehave() {
    IntervalTransform t = new IntervalTransform(1e-6, 3);
    assertEquals(0.4, t.value(t.inverse(0.4)), 1e-12);
    assertTrue(t.atBound(2.99999));
    double[] withNever = {1, 2, 3, Double.POSITIVE_INFINITY, Double.NaN};
    assertEquals(Double.POSITIVE_INFINITY, Percentiles.intervalAllowingInfinity(withNever).upper());
    assertEquals(1.15, Percentiles.intervalAllowingInfinity(withNever).lower(), 1e-12);
    assertEquals(2.0, Percentiles.quantile(new double[] {3, 1, 2, Double.NaN}, 0.5), 0);
    assertEquals("0.516", Format.value(0.516));
    assertEquals("0.390", Format.value(0.38999));
    assertEquals("21,544", Format.size(21544L));
    assertEquals("227,000", Format.size(227452.9));
    assertEquals("0.214 (90%: 0.0734 to 0.303)",
        Format.withInterval(new Estimate(0.2137, new Interval(0.07339, 0.3026))));
  }
}
