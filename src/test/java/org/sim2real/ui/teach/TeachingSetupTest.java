package org.sim2real.ui.teach;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sim2real.core.scaling.curve.LearningCurve;
import org.sim2real.core.scaling.curve.LearningCurveTable;
import org.sim2real.core.scaling.curve.Observation;
import org.sim2real.core.scaling.teaching.TeachingCurveGenerator;
import org.sim2real.core.scaling.teaching.TeachingCurveSpec;

class TeachingSetupTest {
  private static TeachingSetup setup(int m, double noise, long seed) {
    return new TeachingSetup(2.0, 0.5, 0.1, m, noise, 6, 50, 50_000, 7, seed);
  }

  @Test
  void truthParametersGoIntoTheGeneratorSpec() {
    TeachingCurveSpec spec = setup(200, 0.04, 9).spec();
    assertEquals(2.0, spec.d());
    assertEquals(0.5, spec.alpha());
    assertEquals(0.1, spec.c());
    assertEquals(200, spec.m());
    assertEquals(6, spec.repetitions());
    assertEquals(9, spec.seed());
    assertEquals(TeachingCurveGenerator.logSpacedSizes(50, 50_000, 7), spec.sizes());
    assertEquals(0.04 * Math.sqrt(500.0 / 200), spec.relativeNoise(), 1e-12);
  }

  @Test
  void noiseGrowsAsExperimentsShrinkAndIsCapped() {
    assertEquals(0.05, setup(500, 0.05, 1).noiseAtM(), 1e-12);
    assertEquals(0.1, setup(125, 0.05, 1).noiseAtM(), 1e-12);
    assertEquals(0.025, setup(2000, 0.05, 1).noiseAtM(), 1e-12);
    assertEquals(TeachingSetup.MAX_RELATIVE_NOISE, setup(10, 0.3, 1).noiseAtM());
  }

  @Test
  void scratchBaselineFollowsItsLearningCurveInM() {
    assertEquals(3.0 * Math.pow(100, -0.35) + 0.15, setup(100, 0.05, 1).scratchError(), 1e-12);
    assertTrue(setup(1000, 0.05, 1).scratchError() < setup(100, 0.05, 1).scratchError());
  }

  @Test
  void generatedMeansFollowTheTrueLaw() {
    TeachingSetup clean = new TeachingSetup(1.5, 0.4, 0.2, 500, 0.01, 20, 100, 10_000, 5, 3);
    LearningCurveTable table = clean.generate();
    LearningCurve curve = table.curve(TeachingCurveGenerator.STRATEGY, 500).orElseThrow();
    for (int j = 0; j < curve.sizeCount(); j++) {
      double truth = clean.trueError(curve.size(j));
      assertEquals(truth, curve.mean(j), 0.01 * truth, "mean at n = " + curve.size(j));
    }
    assertEquals(clean.scratchError(), table.baseline(500).orElseThrow().mean(0),
        0.01 * clean.scratchError());
  }

  @Test
  void trueDataNeedInvertsTheLawAndIsUnreachableAtTheFloor() {
    TeachingSetup s = setup(500, 0.05, 1);
    double n = s.trueRequiredN(0.15).orElseThrow();
    assertEquals(0.15, s.trueError(n), 1e-12);
    assertTrue(s.trueRequiredN(0.1).isEmpty());
    assertTrue(s.trueRequiredN(0.05).isEmpty());
  }

  @Test
  void revealOrderGoesSizeBySizeWithTheBaselineAlongsideTheFirstSize() {
    TeachingSetup s = setup(500, 0.05, 1);
    LearningCurveTable table = s.generate();
    List<Observation> order = TeachingSetup.revealOrder(table);
    assertEquals(table.observations().size(), order.size());
    assertTrue(order.containsAll(table.observations()));
    assertTrue(order.get(0).isBaseline(), "the first scratch repetition comes first");
    List<Long> sizesSeen = new ArrayList<>();
    for (Observation o : order) {
      if (!o.isBaseline() && (sizesSeen.isEmpty() || sizesSeen.getLast() != o.n())) {
        sizesSeen.add(o.n());
      }
    }
    assertEquals(s.sizes(), sizesSeen, "each size is completed before the next starts");
    long firstSize = s.sizes().get(0);
    int lastBaseline = 0;
    for (int i = 0; i < order.size(); i++) {
      if (order.get(i).isBaseline()) {
        lastBaseline = i;
      }
    }
    assertEquals(firstSize, order.get(lastBaseline - 1).n(),
        "the baseline is complete while the first size runs");
  }

  @Test
  void rejectsSettingsTheFitCannotUseWithAReason() {
    IllegalArgumentException narrow = assertThrows(IllegalArgumentException.class,
        () -> new TeachingSetup(1, 0.3, 0.2, 500, 0.05, 10, 100, 102, 10, 1));
    assertTrue(narrow.getMessage().contains("widen the n range"), narrow.getMessage());
    IllegalArgumentException reversed = assertThrows(IllegalArgumentException.class,
        () -> new TeachingSetup(1, 0.3, 0.2, 500, 0.05, 10, 5000, 1000, 10, 1));
    assertTrue(reversed.getMessage().contains("must be above the smallest n"));
    assertThrows(IllegalArgumentException.class,
        () -> new TeachingSetup(1, 0.3, 0.2, 500, 0.05, 1, 100, 1000, 10, 1));
  }

  @Test
  void lawTextReadsLikeTheBoard() {
    assertEquals("1.2\u00b7n^-0.3 + 0.2", TeachingSetup.defaults().lawText());
    assertEquals("E0(m) = 3\u00b7m^-0.35 + 0.15", TeachingSetup.baselineLawText());
  }
}
