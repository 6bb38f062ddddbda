package org.sim2real.core.scaling.fit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.sim2real.core.scaling.curve.LearningCurve;
import org.sim2real.core.scaling.curve.LearningCurveTable;
import org.sim2real.core.scaling.curve.Observation;
import org.sim2real.core.scaling.curve.PointSummary;
import org.sim2real.core.scaling.curve.StudyDraws;
import org.sim2real.core.scaling.synthetic.SyntheticStudy;
import org.sim2real.core.scaling.synthetic.TrueCurve;

/** No forking paths: what is decided at a size depends on nothing measured after it. */
class WindowRuleAndTrackRecordTest {
  private static LearningCurveTable study(long seed) {
    return SyntheticStudy.generate(TrueCurve.brokenPowerLaw(new SplittableRandom(seed)),
        SyntheticStudy.SIZES, 5, 921, seed);
  }

  /** The same table with the errors of every size after {@code last} replaced. */
  private static LearningCurveTable withLaterSizesChanged(LearningCurveTable table, long last) {
    List<Observation> changed = new ArrayList<>();
    for (Observation o : table.observations()) {
      double error = o.n() > last ? o.error() * 3 : o.error();
      changed.add(new Observation(o.strategy(), o.m(), o.n(), o.repetition(), error));
    }
    return LearningCurveTable.of("changed", changed).withRowErrors(table.rowErrors());
  }

  @Test
  void theAnalysisAtAnEarlierSizeDoesNotDependOnLaterSizes() {
    LearningCurveTable table = study(3);
    LearningCurveTable changed = withLaterSizesChanged(table, 10_000);
    CurveAnalysis a = ScalingAnalyzer.analyze(table, FitOptions.defaults().withBootstrap(100, 1))
        .curves().get(0);
    CurveAnalysis b = ScalingAnalyzer.analyze(changed, FitOptions.defaults().withBootstrap(100, 1))
        .curves().get(0);
    // forecasts made at origins up to 10,000, of sizes up to 10,000, are the same in both
    List<BackTest> early = a.backTests().tests().stream()
        .filter(t -> t.predictedN() <= 10_000).toList();
    List<BackTest> earlyChanged = b.backTests().tests().stream()
        .filter(t -> t.predictedN() <= 10_000).toList();
    assertFalse(early.isEmpty());
    assertEquals(early, earlyChanged);
  }

  @Test
  void theWindowAtACutEndsThereAndStartsAfterTheLastSignificantNegativeTransferBeforeIt() {
    LearningCurveTable table = study(4);
    LearningCurve curve = table.curve(SyntheticStudy.STRATEGY, SyntheticStudy.M).orElseThrow();
    StudyDraws draws = new StudyDraws(table, 200, 1);
    List<PointSummary> points = PointSummary.of(curve, draws);
    RegimeAssessment regime = RegimeAnalyzer.assess(curve, points,
        table.baseline(SyntheticStudy.M).orElseThrow(), draws);
    for (int last = 3; last < curve.sizeCount(); last++) {
      WindowRule.Window w = WindowRule.choose(curve, points, regime, FitOptions.defaults(), last);
      assertEquals(last + 1, w.to());
      for (int j = w.from(); j <= last; j++) {
        assertTrue(regime.gains().get(j).negativeTransfer() != NegativeTransfer.SIGNIFICANT
            || j < w.from());
      }
    }
  }

  @Test
  void aPowerLawThatKeptMissingIsRejectedInFavourOfTheBrokenPowerLaw() {
    // flat until ~5,000, then falling steeply: a single power law through the flat part keeps
    // forecasting too high
    LearningCurveTable table = SyntheticStudy.generate(
        new TrueCurve(0.1, 0.5, 5000, 0.8, 0.6), SyntheticStudy.SIZES, 5, 921, 11);
    CurveAnalysis curve = ScalingAnalyzer.analyze(table, FitOptions.defaults().withBootstrap(200, 1))
        .curves().get(0);
    assertEquals(LawForm.BROKEN_POWER_LAW, curve.fit().form());
    assertTrue(curve.notes().stream().anyMatch(n -> n.contains("not used for forecasts")),
        curve.notes().toString());
    assertTrue(curve.lawBackTests().tests().stream()
        .allMatch(t -> t.form() == LawForm.BROKEN_POWER_LAW));
  }

  @Test
  void cleanPowerLawsWithFloorKeepThePowerLaw() {
    // realistic noise bends a clean law a little (the shared test set's difficulty changes with
    // n), so now and then the power law's track record rejects it; in most studies it is kept
    // (28 of 30 seeds 100 to 129 measured; these 12 keep it in 11)
    int kept = 0;
    List<String> rejected = new ArrayList<>();
    for (long seed = 100; seed < 112; seed++) {
      LearningCurveTable table = SyntheticStudy.generate(
          TrueCurve.powerLawWithFloor(new SplittableRandom(seed)), SyntheticStudy.SIZES, 5, 921,
          seed);
      CurveAnalysis curve = ScalingAnalyzer.analyze(table,
          FitOptions.defaults().withBootstrap(200, 1)).curves().get(0);
      if (curve.notes().stream().noneMatch(n -> n.contains("not used for forecasts"))) {
        kept++;
      } else {
        rejected.add(seed + ": " + curve.notes());
      }
    }
    assertTrue(kept >= 10, kept + " of 12 kept the power law; rejected: " + rejected);
  }
}
