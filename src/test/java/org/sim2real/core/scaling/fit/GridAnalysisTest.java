package org.sim2real.core.scaling.fit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sim2real.core.scaling.curve.LearningCurveTable;
import org.sim2real.core.scaling.forecast.BudgetAdvice;
import org.sim2real.core.scaling.forecast.CurveForecast;
import org.sim2real.core.scaling.forecast.EquivalentExperimentPoint;
import org.sim2real.core.scaling.forecast.EquivalentExperiments;
import org.sim2real.core.scaling.forecast.ForecastRequest;
import org.sim2real.core.scaling.forecast.Forecaster;
import org.sim2real.core.scaling.teaching.TeachingCurveGenerator;

/**
 * An (n, m) grid generated from the two-dimensional law E(n, m) = 5 (0.05 + n^-0.3) m^-0.25 with a
 * scratch learning curve E0(m) = 1.2 m^-0.3 + 0.02, 10 repetitions, 2% noise.
 */
class GridAnalysisTest {
  private static final List<Long> SIZES = TeachingCurveGenerator.logSpacedSizes(100, 100_000, 10);
  private static ScalingAnalysis analysis;

  private static double transfer(double n, double m) {
    return 5 * (0.05 + Math.pow(n, -0.3)) * Math.pow(m, -0.25);
  }

  private static double scratch(double m) {
    return 1.2 * Math.pow(m, -0.3) + 0.02;
  }

  private static LearningCurveTable grid(List<Integer> ms, long seed) {
    return TeachingCurveGenerator.generate(SIZES, ms, 10, 0.02, seed, GridAnalysisTest::transfer,
        GridAnalysisTest::scratch);
  }

  @BeforeAll
  static void analyze() {
    analysis = ScalingAnalyzer.analyze(grid(List.of(100, 300, 1000, 3000), 8), FitOptions.defaults());
  }

  @Test
  void twoDimensionalLawIsRecoveredFromTheGrid() {
    TwoDimensionalFit fit = analysis.twoDimensional(TeachingCurveGenerator.STRATEGY).orElseThrow();
    assertEquals(List.of(100, 300, 1000, 3000), fit.mValues());
    assertEquals(0.3, fit.parameters().get(2).value(), 0.03, "alpha");
    assertEquals(0.25, fit.parameters().get(3).value(), 0.02, "beta");
    assertEquals(0.05, fit.parameters().get(1).value(), 0.015, "gamma");
    for (ParameterEstimate p : fit.parameters()) {
      assertTrue(p.interval().contains(p.value()), p.sentence());
    }
    assertTrue(fit.r2Log() > 0.99);
    assertEquals(transfer(1e5, 1000), fit.value(1e5, 1000), 0.03 * transfer(1e5, 1000));
  }

  @Test
  void scratchLearningCurveIsFittedOverM() {
    ScratchCurveFit scratch = analysis.scratchCurve();
    assertNotNull(scratch);
    assertEquals(4, scratch.points().size());
    for (int m : new int[] {100, 1000, 3000}) {
      assertEquals(scratch(m), scratch.value(m), 0.05 * scratch(m), "E0(" + m + ")");
    }
  }

  @Test
  void equivalentExperimentsAreEstimatedWithIntervals() {
    CurveAnalysis curve = analysis.curve(TeachingCurveGenerator.STRATEGY, 1000).orElseThrow();
    EquivalentExperiments mEq =
        Forecaster.forecast(analysis, curve, ForecastRequest.forTarget(null)).equivalentExperiments();
    assertTrue(mEq.available());
    assertEquals(10, mEq.points().size());
    EquivalentExperimentPoint atLargest = mEq.points().get(9);
    // truth: E0(m_eq) = E(1e5, 1000) -> m_eq = ((0.0726 - 0.02) / 1.2)^(-1/0.3), about 33,000
    double truth = Math.pow((transfer(1e5, 1000) - 0.02) / 1.2, -1 / 0.3);
    assertTrue(atLargest.equivalentM().value() > 1000, "transfer at n = 100,000 beats 1000 experiments");
    assertTrue(atLargest.equivalentM().value() > truth / 2 && atLargest.equivalentM().value() < truth * 2,
        atLargest + " vs truth " + truth);
    assertTrue(atLargest.equivalentM().interval().lower() < atLargest.equivalentM().value());
    assertEquals(atLargest.equivalentM().value() - 1000, atLargest.worthExperiments().value(), 1e-6);
    EquivalentExperimentPoint atSmallest = mEq.points().get(0);
    assertTrue(atSmallest.worthExperiments().value() < 0, "n = 100 is worth less than the m used");
  }

  @Test
  void negativeTransferAtSmallNAndOnsetAreFoundForEveryM() {
    for (CurveAnalysis curve : analysis.curves()) {
      assertNotNull(curve.regime().onset(), curve.label());
      assertEquals(NegativeTransfer.SIGNIFICANT, curve.regime().gains().get(0).negativeTransfer(),
          curve.label());
    }
  }

  @Test
  void budgetAdviceComparesSimulationWithExperiments() {
    CurveAnalysis curve = analysis.curve(TeachingCurveGenerator.STRATEGY, 1000).orElseThrow();
    BudgetAdvice advice = Forecaster.forecast(analysis, curve,
        ForecastRequest.forTarget(null).withCosts(1, 100, 100_000)).budget();
    assertTrue(advice.available(), advice.sentence());
    assertEquals(100_000, advice.extraSimulations(), 0);
    assertEquals(1000, advice.extraExperiments(), 0);
    double simTruth = transfer(2e5, 1000) - transfer(1e5, 1000);
    double expTruth = transfer(1e5, 2000) - transfer(1e5, 1000);
    assertEquals(simTruth, advice.dropFromSimulation().value(), 0.3 * Math.abs(simTruth));
    assertEquals(expTruth, advice.dropFromExperiments().value(), 0.3 * Math.abs(expTruth));
    assertTrue(advice.probabilitySimulationWins() < 0.1);
    assertTrue(advice.sentence().contains("experiments buy the larger drop"), advice.sentence());
  }

  @Test
  void twoMValuesGiveTheTwoDimensionalLawButNoScratchCurve() {
    ScalingAnalysis two = ScalingAnalyzer.analyze(grid(List.of(300, 1000), 9),
        FitOptions.defaults().withBootstrap(100, 1));
    assertNull(two.scratchCurve());
    assertTrue(two.notes().stream().anyMatch(n -> n.contains("E0(m) cannot be fitted")), two.notes().toString());
    assertTrue(two.twoDimensional(TeachingCurveGenerator.STRATEGY).isPresent());
    CurveForecast forecast = Forecaster.forecast(two, two.curves().get(0), ForecastRequest.forTarget(0.1));
    assertFalse(forecast.equivalentExperiments().available());
  }

  @Test
  void theLawsOverMCarryTheirOwnGoodnessAndGrade() {
    ScratchCurveFit scratch = analysis.scratchCurve();
    assertTrue(scratch.goodness().r2Log() > 0.99, scratch.goodness().sentence());
    assertEquals(TrustLevel.GOOD, scratch.trust().level(), scratch.trust().sentence());
    TwoDimensionalFit law = analysis.twoDimensional(TeachingCurveGenerator.STRATEGY).orElseThrow();
    assertTrue(law.degreesOfFreedom() > 0);
    assertEquals(TrustLevel.GOOD, law.trust().level(), law.trust().sentence());
    // three m values leave E0(m) with no degree of freedom: it cannot be better than caution
    ScalingAnalysis three = ScalingAnalyzer.analyze(grid(List.of(100, 300, 1000), 9),
        FitOptions.defaults().withBootstrap(200, 1));
    assertEquals(TrustLevel.CAUTION, three.scratchCurve().trust().level(),
        three.scratchCurve().trust().sentence());
  }

  @Test
  void anEquivalentSizeBeyondTheMeasuredMIsFlaggedAndLowersItsGrade() {
    CurveAnalysis curve = analysis.curve(TeachingCurveGenerator.STRATEGY, 3000).orElseThrow();
    EquivalentExperiments mEq =
        Forecaster.forecast(analysis, curve, ForecastRequest.forTarget(null)).equivalentExperiments();
    EquivalentExperimentPoint atLargest = mEq.points().get(mEq.points().size() - 1);
    // pretraining on 100,000 rows is worth far more than the 3,000 experiments measured
    assertTrue(atLargest.equivalentM().value() > 3000, atLargest.toString());
    assertTrue(atLargest.extrapolated());
    assertTrue(mEq.sentence().contains("E0(m) is extrapolated there"), mEq.sentence());
    assertTrue(mEq.trust().level() != TrustLevel.GOOD, mEq.trust().sentence());
    assertTrue(mEq.trust().reason().contains("lies outside the m the scratch baseline was run at"),
        mEq.trust().reason());
  }
}
