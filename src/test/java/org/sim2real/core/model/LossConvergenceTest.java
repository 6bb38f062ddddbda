package org.sim2real.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.LongToDoubleFunction;
import org.junit.jupiter.api.Test;

class LossConvergenceTest {
  /** The convergence of {@code steps} steps of a phase planned for {@code planned}. */
  private static LossConvergence trace(long planned, long steps, LongToDoubleFunction lossAt) {
    LossTrace trace = new LossTrace(planned);
    for (long s = 0; s < steps; s++) {
      trace.add(lossAt.applyAsDouble(s));
    }
    return trace.convergence();
  }

  @Test
  void comparesTheMeanLossOfTheLastTenthOfTheStepsWithTheTenthBeforeIt() {
    // 10,000 steps: loss 3 until step 8,000, then 2 for the ninth tenth, then 1.5 for the last
    LossConvergence c = trace(10_000, 10_000, s -> s < 8_000 ? 3 : s < 9_000 ? 2 : 1.5);
    assertEquals(0.25, c.relativeImprovement(), 1e-12);
    assertEquals(1_000, c.windowSteps());
    assertEquals(Boolean.FALSE, c.converged(), "still falling by 25%");
    assertEquals(0.25, c.improvement(), 1e-12);
  }

  @Test
  void lossThatImprovedByLessThanTwoPercentHasConvergedAndOneThatRoseToo() {
    assertEquals(Boolean.TRUE, trace(5_000, 5_000, s -> s < 4_500 ? 1.0 : 0.99).converged());
    assertEquals(Boolean.FALSE, trace(5_000, 5_000, s -> s < 4_500 ? 1.0 : 0.97).converged());
    LossConvergence rose = trace(5_000, 5_000, s -> s < 4_500 ? 1.0 : 1.1);
    assertEquals(Boolean.TRUE, rose.converged(), "no longer improving");
    assertTrue(rose.relativeImprovement() < 0);
  }

  @Test
  void runsTooShortForWindowsOfThreeHundredStepsHaveNoAnswer() {
    assertFalse(trace(2_999, 2_999, s -> 1.0 / (s + 1)).isKnown());
    LossConvergence enough = trace(3_000, 3_000, s -> 1.0 / (s + 1));
    assertEquals(300, enough.windowSteps());
    assertNull(trace(500, 500, s -> 1.0).converged());
    assertNull(trace(500, 500, s -> 1.0).improvement());
  }

  @Test
  void earlyStoppedRunsAreJudgedOnTheStepsTheyTook() {
    // planned 20,000 but stopped after 6,000: windows of 600 steps at the end of those
    LossConvergence c = trace(20_000, 6_000, s -> s < 5_400 ? 2 : 1);
    assertEquals(600, c.windowSteps());
    assertEquals(0.5, c.relativeImprovement(), 1e-12);
  }

  @Test
  void lossThatIsNotFiniteHasNoAnswer() {
    assertFalse(trace(5_000, 5_000, s -> s == 4_200 ? Double.NaN : 1).isKnown());
    assertFalse(trace(5_000, 5_000, s -> Double.POSITIVE_INFINITY).isKnown());
    assertFalse(trace(5_000, 5_000, s -> 0).isKnown(), "a zero loss gives no ratio");
  }

  @Test
  void aKnownAnswerNeedsFiniteImprovementAndLongEnoughWindows() {
    assertThrows(IllegalArgumentException.class, () -> new LossConvergence(0.1, 299));
    assertThrows(IllegalArgumentException.class, () -> new LossConvergence(Double.NaN, 300));
    assertThrows(IllegalArgumentException.class, () -> new LossConvergence(0.1, 0));
    assertThrows(IllegalArgumentException.class,
        () -> new LossConvergence(Double.POSITIVE_INFINITY, 400));
    assertFalse(LossConvergence.unknown().isKnown());
  }

  @Test
  void trainingReportsWhetherItsLossHadFlattened() {
    MlpTestData data = MlpTestData.sumOfInputs(256, 6, 0.05, 3);
    MlpSettings longRun = MlpTestData.settings(3e-3, 32, TrainingLength.stepBudget(1, 4_000,
        4_000), 16);
    MlpNetwork net = MlpNetwork.initialize(longRun.layerSizes(6), Activation.RELU, 1);
    TrainingSummary flat = new MlpTrainer().train(net,
        TrainingRequest.of(data.x, data.y, data.rows, longRun, 1));
    assertEquals(400, flat.convergence().windowSteps());
    assertEquals(Boolean.TRUE, flat.convergence().converged(),
        "4,000 steps on 256 rows flatten (within about 1%): " + flat.convergence());
    MlpSettings shortRun = longRun.withLength(TrainingLength.stepBudget(1, 3_000, 3_000))
        .withLearningRate(3e-5);
    MlpNetwork fresh = MlpNetwork.initialize(shortRun.layerSizes(6), Activation.RELU, 1);
    TrainingSummary falling = new MlpTrainer().train(fresh,
        TrainingRequest.of(data.x, data.y, data.rows, shortRun, 1));
    assertEquals(Boolean.FALSE, falling.convergence().converged(),
        "a small learning rate is still descending (by about 10%): " + falling.convergence());
  }
}
