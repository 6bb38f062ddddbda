package org.sim2real.core.scaling.forecast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sim2real.core.scaling.fit.CurveAnalysis;
import org.sim2real.core.scaling.fit.FitOptions;
import org.sim2real.core.scaling.fit.ScalingAnalysis;
import org.sim2real.core.scaling.fit.ScalingAnalyzer;
import org.sim2real.core.scaling.fit.TrustLevel;
import org.sim2real.core.scaling.teaching.TeachingCurveGenerator;
import org.sim2real.core.scaling.teaching.TeachingCurveSpec;

class ForecasterTest {
  // E(n) = 2 n^-0.4 + 0.1 measured at 100..100,000 with 10 repetitions, transfer better than the
  // scratch baseline (0.6) at every size, so the regime is established
  private static final TeachingCurveSpec SPEC =
      TeachingCurveSpec.of(2, 0.4, 0.1, 22).withNoise(0.02, 10).withScratch(0.6, 1000);
  private static ScalingAnalysis analysis;
  private static CurveAnalysis curve;

  @BeforeAll
  static void analyze() {
    analysis = ScalingAnalyzer.analyze(TeachingCurveGenerator.generate(SPEC), FitOptions.defaults());
    curve = analysis.curves().get(0);
  }

  private static CurveForecast forecast(double target) {
    return Forecaster.forecast(analysis, curve, ForecastRequest.forTarget(target));
  }

  @Test
  void targetBelowTheFloorIsUnreachableWithHighProbability() {
    DataNeedForecast need = forecast(0.08).dataNeed();
    assertEquals(DataNeedVerdict.UNREACHABLE, need.verdict());
    assertTrue(need.probabilityUnreachable() > 0.95, need.sentence());
    assertTrue(Double.isNaN(need.requiredN().value()));
    assertTrue(need.sentence().contains("unreachable by simulation alone (floor C = 0.0"),
        need.sentence());
  }

  @Test
  void reachableTargetRecoversTheTrueDataNeedWithinItsInterval() {
    double n = 300_000; // 3x beyond the data
    double target = SPEC.trueError(n);
    DataNeedForecast need = forecast(target).dataNeed();
    assertEquals(DataNeedVerdict.REACHABLE, need.verdict());
    assertTrue(need.requiredN().interval().contains(n), need.sentence());
    assertEquals(n / 100_000, need.extrapolationFactor(), 1.0);
    assertEquals(TrustLevel.GOOD, need.trust().level(), need.trust().sentence());
    assertTrue(need.probabilityUnreachable() < 0.05);
  }

  @Test
  void dataNeedOfTheLawIsTheInverseOfTheLaw() {
    var draws = curve.draws().forecast();
    double target = curve.fit().value(250_000);
    assertEquals(250_000, draws.requiredNOfLaw(target), 250_000 * 1e-6);
    assertTrue(Double.isInfinite(draws.requiredNOfLaw(curve.parameter("C").value())));
  }

  @Test
  void targetAboveTheCurrentErrorIsAlreadyReached() {
    DataNeedForecast need = forecast(0.3).dataNeed();
    assertEquals(DataNeedVerdict.ALREADY_REACHED, need.verdict());
    long firstBelow = curve.points().stream().filter(p -> p.mean() <= 0.3).findFirst().orElseThrow().n();
    assertEquals(firstBelow, need.reachedAtN());
    assertTrue(need.sentence().startsWith("Target 0.300 already reached"), need.sentence());
  }

  @Test
  void forecastsFarBeyondTheDataLoseTrust() {
    // targets on the fitted curve itself, 30x and 1000x beyond the largest measured n
    DataNeedForecast decade = forecast(curve.fit().value(3e6)).dataNeed();
    assertEquals(3e6, decade.requiredN().value(), 30);
    // 30x beyond the data, and the interval's upper end further still
    assertTrue(decade.trust().level() != TrustLevel.GOOD, decade.sentence());
    assertTrue(decade.trust().reason().contains("beyond the largest measured n"),
        decade.trust().reason());
    DataNeedForecast far = forecast(curve.fit().value(1e8)).dataNeed();
    assertEquals(TrustLevel.DO_NOT_EXTRAPOLATE, far.trust().level(), far.sentence());
    assertTrue(far.trust().reason().contains("two decades"), far.trust().reason());
  }

  @Test
  void gapMarginalValueAndBandCarryIntervals() {
    CurveForecast forecast = forecast(0.2);
    assertTrue(forecast.transferGap().interval().contains(0.1));
    MarginalValue marginal = forecast.marginalValue();
    assertEquals(100_000, marginal.fromN());
    double truth = SPEC.trueError(1e6) - SPEC.trueError(1e5);
    assertTrue(marginal.errorChange().value() < 0);
    assertTrue(marginal.errorChange().interval().contains(truth), marginal.sentence());
    PredictionBand band = forecast.band();
    assertEquals(50, band.points().size());
    BandPoint last = band.points().get(band.points().size() - 1);
    assertEquals(1e6, last.n(), 1e-3);
    assertTrue(last.extrapolated());
    assertFalse(band.points().get(0).extrapolated());
    assertTrue(last.interval().lower() < last.fitted() && last.fitted() < last.interval().upper());
    // the band widens beyond the data (relative to the error level)
    BandPoint mid = band.points().get(20);
    assertFalse(mid.extrapolated());
    double midWidth = (mid.interval().upper() - mid.interval().lower()) / mid.fitted();
    double lastWidth = (last.interval().upper() - last.interval().lower()) / last.fitted();
    assertTrue(lastWidth > midWidth, lastWidth + " vs " + midWidth);
  }

  @Test
  void withoutBaselineThereIsNoGainNoMeqAndNoBudgetAdvice() {
    ScalingAnalysis noBaseline = ScalingAnalyzer.analyze(TeachingCurveGenerator.generate(
        TeachingCurveSpec.of(2, 0.4, 0.1, 22).withNoise(0.02, 10)), FitOptions.defaults());
    CurveForecast forecast = Forecaster.forecast(noBaseline, noBaseline.curves().get(0),
        ForecastRequest.forTarget(null).withCosts(1, 100, 1000));
    assertNull(forecast.dataNeed());
    assertTrue(forecast.gains().isEmpty());
    assertFalse(forecast.equivalentExperiments().available());
    assertTrue(forecast.equivalentExperiments().sentence().contains("without several m"));
    assertFalse(forecast.budget().available());
    assertTrue(forecast.budget().sentence().contains("two-dimensional law"));
  }

  @Test
  void requestsRejectImpossibleValues() {
    assertThrows(IllegalArgumentException.class, () -> ForecastRequest.forTarget(-1.0));
    assertThrows(IllegalArgumentException.class,
        () -> ForecastRequest.forTarget(0.2).withCosts(0, 1, 1));
    assertThrows(IllegalArgumentException.class,
        () -> new ForecastRequest(null, null, null, null, null, 1));
  }
}
