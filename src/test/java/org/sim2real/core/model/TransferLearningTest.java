package org.sim2real.core.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class TransferLearningTest {
  private static final int M = 40;
  private static TransferProblem sim;
  private static TransferProblem exp;
  private static TransferProblem test;
  private static final TransferLearning LEARNING = new TransferLearning();

  @BeforeAll
  static void makeData() {
    sim = TransferProblem.simulation(3000, 1);
    exp = TransferProblem.experiment(M, 2);
    test = TransferProblem.experiment(600, 3);
  }

  static ModelSpec.Mlp smallMlp() {
    List<Integer> hidden = List.of(32, 16);
    MlpSettings pretrain = MlpSettings.defaults(3e-3, TrainingLength.stepBudget(60, 500, 3000))
        .withBatchSize(64).withArchitecture(hidden, Activation.RELU);
    MlpSettings small = MlpSettings.defaults(3e-3, TrainingLength.epochs(100))
        .withBatchSize(16).withArchitecture(hidden, Activation.RELU);
    return new ModelSpec.Mlp(pretrain, small, small, small.withLearningRate(1e-2));
  }

  static ModelSpec.Tabular boosting() {
    return new ModelSpec.Tabular(new TabularSettings.GradientBoosting(200, 6, 8, 3, 0.1, 0.8));
  }

  @Test
  void pretrainedMlpBeatsScratchWithFewExperimentalRows() {
    ModelSpec.Mlp spec = smallMlp();
    PretrainedModel pretrained = LEARNING.pretrain(spec,
        new LearningRows(sim.x, sim.y, sim.rows, TransferProblem.COLS), 11, CancellationToken.NONE);
    Map<TransferStrategy, Double> mae = new EnumMap<>(TransferStrategy.class);
    for (TransferStrategy s : List.of(TransferStrategy.SCRATCH, TransferStrategy.FINE_TUNE,
        TransferStrategy.FROZEN_FEATURES)) {
      mae.put(s, test.mae(LEARNING.adapt(s, spec, pretrained,
          new LearningRows(exp.x, exp.y, M, TransferProblem.COLS), 12, CancellationToken.NONE)));
    }
    double simOnly = test.mae(pretrained);
    assertTrue(mae.get(TransferStrategy.FINE_TUNE) < 0.6 * mae.get(TransferStrategy.SCRATCH),
        "MAE " + mae + ", sim-only " + simOnly);
    assertTrue(mae.get(TransferStrategy.FROZEN_FEATURES) < mae.get(TransferStrategy.SCRATCH),
        "MAE " + mae);
    assertTrue(mae.get(TransferStrategy.FINE_TUNE) < simOnly, "fine-tuning removes the offset");
  }

  @Test
  void pretrainingWithConvergenceGivesTheSameModelAndSaysWhetherItsLossFlattened() {
    ModelSpec.Mlp spec = smallMlp(); // 3,000 rows: clip(60 x 47, 500, 3000) = 2,820 steps
    LearningRows rows = new LearningRows(sim.x, sim.y, sim.rows, TransferProblem.COLS);
    Pretraining measured = LEARNING.pretrainWithConvergence(spec, rows, 11,
        CancellationToken.NONE, null);
    assertArrayEquals(LEARNING.pretrain(spec, rows, 11, CancellationToken.NONE).toBytes(),
        measured.model().toBytes(), "the same model, bit for bit");
    assertFalse(measured.convergence().isKnown(), "2,820 steps are too few to judge");
    ModelSpec.Mlp longer = new ModelSpec.Mlp(spec.pretrain().withLength(
        TrainingLength.stepBudget(60, 4_000, 4_000)), spec.fineTune(), spec.scratch(),
        spec.newHead());
    LossConvergence convergence = LEARNING.pretrainWithConvergence(longer, rows, 11,
        CancellationToken.NONE, null).convergence();
    assertEquals(400, convergence.windowSteps());
    assertFalse(LEARNING.pretrainWithConvergence(boosting(), rows, 5, CancellationToken.NONE,
        null).convergence().isKnown(), "a tabular model has no loss curve");
  }

  @Test
  void fineTuningLeavesThePretrainedNetworkUntouched() {
    ModelSpec.Mlp spec = smallMlp();
    PretrainedModel.OfMlp pretrained = (PretrainedModel.OfMlp) LEARNING.pretrain(spec,
        new LearningRows(sim.x, sim.y, 500, TransferProblem.COLS), 11, CancellationToken.NONE);
    MlpNetwork before = pretrained.network().copy();
    LEARNING.adapt(TransferStrategy.FINE_TUNE, spec, pretrained,
        new LearningRows(exp.x, exp.y, M, TransferProblem.COLS), 1, CancellationToken.NONE);
    LEARNING.adapt(TransferStrategy.FROZEN_FEATURES, spec, pretrained,
        new LearningRows(exp.x, exp.y, M, TransferProblem.COLS), 1, CancellationToken.NONE);
    assertTrue(before.sameParameters(pretrained.network()));
  }

  @Test
  void deltaAndSimulationFeatureBeatScratchForGradientBoosting() {
    ModelSpec.Tabular spec = boosting();
    PretrainedModel pretrained = LEARNING.pretrain(spec,
        new LearningRows(sim.x, sim.y, sim.rows, TransferProblem.COLS), 5, CancellationToken.NONE);
    Map<TransferStrategy, Double> mae = new EnumMap<>(TransferStrategy.class);
    for (TransferStrategy s : List.of(TransferStrategy.SCRATCH, TransferStrategy.DELTA,
        TransferStrategy.SIM_PREDICTION_FEATURE)) {
      mae.put(s, test.mae(LEARNING.adapt(s, spec, pretrained,
          new LearningRows(exp.x, exp.y, M, TransferProblem.COLS), 6, CancellationToken.NONE)));
    }
    assertTrue(mae.get(TransferStrategy.DELTA) < 0.6 * mae.get(TransferStrategy.SCRATCH),
        "MAE " + mae);
    assertTrue(mae.get(TransferStrategy.SIM_PREDICTION_FEATURE)
        < mae.get(TransferStrategy.SCRATCH), "MAE " + mae);
  }

  @Test
  void sameSeedReproducesEveryStrategysPredictions() {
    ModelSpec.Mlp mlp = smallMlp();
    ModelSpec.Tabular gbm = boosting();
    PretrainedModel p1 = LEARNING.pretrain(mlp,
        new LearningRows(sim.x, sim.y, 800, 6), 3, CancellationToken.NONE);
    PretrainedModel p2 = LEARNING.pretrain(mlp,
        new LearningRows(sim.x, sim.y, 800, 6), 3, CancellationToken.NONE);
    assertArrayEquals(p1.toBytes(), p2.toBytes());
    PretrainedModel t1 = LEARNING.pretrain(gbm,
        new LearningRows(sim.x, sim.y, 800, 6), 3, CancellationToken.NONE);
    PretrainedModel t2 = LEARNING.pretrain(gbm,
        new LearningRows(sim.x, sim.y, 800, 6), 3, CancellationToken.NONE);
    assertArrayEquals(t1.predict(test.x, test.rows), t2.predict(test.x, test.rows));
    for (TransferStrategy s : TransferStrategy.values()) {
      ModelSpec spec = s.appliesTo(ModelFamily.MLP) ? mlp : gbm;
      PretrainedModel p = spec == mlp ? p1 : t1;
      float[] a = LEARNING.adapt(s, spec, p,
          new LearningRows(exp.x, exp.y, M, 6), 9, CancellationToken.NONE)
          .predict(test.x, test.rows);
      float[] b = LEARNING.adapt(s, spec, p,
          new LearningRows(exp.x, exp.y, M, 6), 9, CancellationToken.NONE)
          .predict(test.x, test.rows);
      float[] c = LEARNING.adapt(s, spec, p,
          new LearningRows(exp.x, exp.y, M, 6), 10, CancellationToken.NONE)
          .predict(test.x, test.rows);
      assertArrayEquals(a, b, s + " with the same seed");
      assertFalse(java.util.Arrays.equals(a, c), s + " with another seed");
    }
  }

  @Test
  void pretrainedModelsSurviveTheByteCache() {
    for (ModelSpec spec : List.of(smallMlp(), boosting())) {
      PretrainedModel model = LEARNING.pretrain(spec,
          new LearningRows(sim.x, sim.y, 600, 6), 3, CancellationToken.NONE);
      PretrainedModel back = PretrainedModel.fromBytes(model.toBytes());
      assertEquals(model.family(), back.family());
      assertArrayEquals(model.predict(test.x, test.rows), back.predict(test.x, test.rows));
    }
    assertThrows(IllegalArgumentException.class, () -> PretrainedModel.fromBytes(new byte[12]));
  }

  @Test
  void strategiesDeclareWhatTheyNeed() {
    assertTrue(TransferStrategy.FINE_TUNE.needsPretrainedModel());
    assertFalse(TransferStrategy.SCRATCH.needsPretrainedModel());
    assertTrue(TransferStrategy.SCRATCH.appliesTo(ModelFamily.TABULAR));
    assertFalse(TransferStrategy.DELTA.appliesTo(ModelFamily.MLP));
    assertThrows(IllegalArgumentException.class, () -> LEARNING.adapt(TransferStrategy.DELTA,
        smallMlp(), null, new LearningRows(exp.x, exp.y, M, 6), 1, CancellationToken.NONE));
    assertThrows(IllegalArgumentException.class, () -> LEARNING.adapt(TransferStrategy.FINE_TUNE,
        smallMlp(), null, new LearningRows(exp.x, exp.y, M, 6), 1, CancellationToken.NONE));
  }

  @Test
  void paperProtocolPresetMatchesTheReference() {
    ModelSpec.Mlp spec = ModelSpec.paperProtocolBandgap();
    assertEquals(List.of(256, 128), spec.pretrain().hiddenLayers());
    assertEquals(Activation.RELU, spec.pretrain().activation());
    assertEquals(1e-3, spec.pretrain().learningRate());
    assertEquals(1e-4, spec.fineTune().learningRate());
    assertEquals(1e-3, spec.scratch().learningRate());
    assertEquals(128, spec.pretrain().batchSize());
    assertEquals(0.9, spec.pretrain().beta1());
    assertEquals(0.999, spec.pretrain().beta2());
    assertEquals(1e-8, spec.pretrain().epsilon());
    assertEquals(0.0, spec.pretrain().weightDecay());
    assertEquals(null, spec.fineTune().earlyStopping());
    assertEquals(500, spec.pretrain().length().steps(100, 128));
    assertEquals(10_000, spec.pretrain().length().steps(100_000, 128));
    assertEquals(2900, spec.fineTune().length().steps(3683, 128));
    assertEquals(2900, spec.scratch().length().steps(3683, 128));
    assertArrayEquals(new int[] {103, 256, 128, 1}, spec.pretrain().layerSizes(103));
  }

  @Test
  void workbenchDefaultIsThePaperProtocolWithAPretrainingCapGrowingWithN() {
    ModelSpec.Mlp paper = ModelSpec.paperProtocolBandgap();
    ModelSpec.Mlp defaults = ModelSpec.defaultMlp();
    assertEquals(paper.fineTune(), defaults.fineTune());
    assertEquals(paper.scratch(), defaults.scratch());
    assertEquals(paper.newHead(), defaults.newHead());
    assertEquals(paper.pretrain().withLength(defaults.pretrain().length()), defaults.pretrain(),
        "only the pretraining length differs");
    assertEquals(TrainingLength.growingStepBudget(100, 500, 10_000, 10_000),
        defaults.pretrain().length());
    assertEquals(7_900, defaults.pretrain().length().steps(10_000, 128), "as the paper's");
    assertEquals(10_000, paper.pretrain().length().steps(21_544, 128));
    assertEquals(14_678, defaults.pretrain().length().steps(21_544, 128));
    assertEquals(31_623, defaults.pretrain().length().steps(100_000, 128));
  }
}
