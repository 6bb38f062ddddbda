package org.sim2real.core.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.sim2real.core.feature.FeatureMatrix;
import org.sim2real.core.feature.FeatureRows;
import org.sim2real.core.feature.Standardizer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class MlpTrainerTest {

  static Stream<String> kernels() {
    return Stream.of("scalar", "vector");
  }

  static MlpKernel kernel(String name) {
    if (name.equals("vector")) {
      assumeTrue(MlpKernels.vectorApiPresent(), "jdk.incubator.vector not in this JVM");
      return MlpKernels.vector();
    }
    return MlpKernels.scalar();
  }

  static Stream<Arguments> referenceCases() {
    List<Arguments> cases = new ArrayList<>();
    for (String k : List.of("scalar", "vector")) {
      // tiny odd sizes: every product runs through the tail paths
      cases.add(Arguments.of(k, new int[] {7, 13, 5}, 10, 4, Activation.RELU, 0));
      // wider than 4 vectors of 16 lanes: full register blocks plus row and column tails
      cases.add(Arguments.of(k, new int[] {19, 67, 35}, 23, 9, Activation.RELU, 0));
      cases.add(Arguments.of(k, new int[] {11, 70, 33}, 21, 8, Activation.TANH, 0));
      cases.add(Arguments.of(k, new int[] {9, 17, 66}, 13, 5, Activation.SILU, 0));
      cases.add(Arguments.of(k, new int[] {19, 67, 35}, 23, 9, Activation.RELU, 1));
      cases.add(Arguments.of(k, new int[] {6, 5, 7, 4}, 12, 5, Activation.RELU, 2));
      // element-fraction-like inputs (negative width = sparse data): the sparse first layer
      cases.add(Arguments.of(k, new int[] {-41, 70, 20}, 40, 12, Activation.RELU, 0));
      cases.add(Arguments.of(k, new int[] {-23, 9, 5}, 30, 7, Activation.TANH, 0));
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "{0} {1} rows={2} batch={3} {4} frozen={5}")
  @MethodSource("referenceCases")
  void kernelWeightsMatchDoublePrecisionReferenceAfterSeveralAdamSteps(String kernelName,
      int[] dims, int rows, int batch, Activation activation, int frozen) {
    MlpKernel kernel = kernel(kernelName);
    boolean sparse = dims[0] < 0;
    int cols = Math.abs(dims[0]);
    List<Integer> hidden = new ArrayList<>();
    for (int i = 1; i < dims.length; i++) {
      hidden.add(dims[i]);
    }
    MlpTestData data = sparse ? MlpTestData.sparseFractions(rows, cols, 17)
        : MlpTestData.sumOfInputs(rows, cols, 0.3, 17);
    MlpSettings settings = MlpSettings.defaults(1e-2, TrainingLength.epochs(3))
        .withBatchSize(batch).withArchitecture(hidden, activation).withWeightDecay(1e-3);
    MlpNetwork net = MlpNetwork.initialize(settings.layerSizes(cols), activation, 5);
    ReferenceMlp reference = new ReferenceMlp(net);

    new MlpTrainer(kernel).train(net, TrainingRequest.of(data.x, data.y, rows, settings, 99).freezingFirst(frozen));
    reference.train(data.x, data.y, rows, settings, 99, frozen);

    for (int l = 0; l < net.layerCount(); l++) {
      float[] w = net.layerWeightsOutputMajor(l);
      int fanIn = net.layerSizes()[l];
      for (int o = 0; o < reference.w[l].length; o++) {
        for (int i = 0; i < reference.w[l][o].length; i++) {
          assertEquals(reference.w[l][o][i], w[o * fanIn + i], 2e-5,
              "layer " + l + " weight [" + o + "][" + i + "]");
        }
      }
      float[] b = net.layerBiases(l);
      for (int o = 0; o < b.length; o++) {
        assertEquals(reference.b[l][o], b[o], 2e-5, "layer " + l + " bias " + o);
      }
    }
    for (int r = 0; r < rows; r++) {
      float[] one = java.util.Arrays.copyOfRange(data.x, r * cols, (r + 1) * cols);
      double expected = reference.predict(data.x, r);
      assertEquals(expected, net.predict(one, 1)[0], 1e-4 + 2e-5 * Math.abs(expected));
    }
  }

  @ParameterizedTest
  @MethodSource("kernels")
  void sameSeedGivesBitwiseIdenticalWeights(String kernelName) {
    MlpKernel kernel = kernel(kernelName);
    MlpTestData data = MlpTestData.sumOfInputs(150, 20, 0.1, 3);
    MlpSettings settings = MlpTestData.settings(1e-3, 32, TrainingLength.epochs(4), 40, 24);
    MlpNetwork a = MlpNetwork.initialize(settings.layerSizes(20), Activation.RELU, 8);
    MlpNetwork b = MlpNetwork.initialize(settings.layerSizes(20), Activation.RELU, 8);
    MlpNetwork c = MlpNetwork.initialize(settings.layerSizes(20), Activation.RELU, 8);
    MlpTrainer trainer = new MlpTrainer(kernel);
    trainer.train(a, TrainingRequest.of(data.x, data.y, data.rows, settings, 1234));
    trainer.train(b, TrainingRequest.of(data.x, data.y, data.rows, settings, 1234));
    trainer.train(c, TrainingRequest.of(data.x, data.y, data.rows, settings, 1235));
    assertTrue(a.sameParameters(b));
    assertFalse(a.sameParameters(c), "another shuffle seed must give other weights");
  }

  @Test
  void aStandardizedViewOfSelectedRowsTrainsLikeTheirStandardizedCopy() {
    // a study's cell reads its rows of the featurized table through views; a copy of them
    // standardized in advance must give the same weights, bit for bit
    MlpTestData data = MlpTestData.sparseFractions(400, 103, 11);
    int[] chosen = new int[250];
    for (int i = 0; i < chosen.length; i++) {
      chosen[i] = (i * 7) % 400;
    }
    FeatureRows table = FeatureRows.ofArray(data.x, 400, 103);
    FeatureMatrix copy = table.select(chosen).toMatrix();
    Standardizer standardizer = Standardizer.fit(copy);
    float[] y = new float[chosen.length];
    for (int i = 0; i < y.length; i++) {
      y[i] = data.y[chosen[i]];
    }
    MlpSettings settings = MlpTestData.settings(1e-3, 32, TrainingLength.epochs(2), 40, 16);
    MlpNetwork fromView = MlpNetwork.initialize(settings.layerSizes(103), Activation.RELU, 2);
    MlpNetwork fromCopy = fromView.copy();
    MlpTrainer trainer = new MlpTrainer();
    trainer.train(fromView, TrainingRequest.of(standardizer.view(table.select(chosen)), y,
        chosen.length, settings, 5));
    trainer.train(fromCopy, TrainingRequest.of(standardizer.apply(copy).values(), y,
        chosen.length, settings, 5));
    assertTrue(fromView.sameParameters(fromCopy));
  }

  @ParameterizedTest
  @MethodSource("kernels")
  void sparseFirstLayerGivesTheSameWeightsAsTheDenseProduct(String kernelName) {
    MlpKernel kernel = kernel(kernelName);
    MlpTestData data = MlpTestData.sparseFractions(300, 103, 9);
    MlpSettings settings = MlpTestData.settings(1e-3, 32, TrainingLength.epochs(3), 70, 20);
    MlpNetwork sparse = MlpNetwork.initialize(settings.layerSizes(103), Activation.RELU, 4);
    MlpNetwork dense = sparse.copy();
    new MlpTrainer(kernel, true).train(sparse, TrainingRequest.of(data.x, data.y, data.rows, settings, 6));
    new MlpTrainer(kernel, false).train(dense, TrainingRequest.of(data.x, data.y, data.rows, settings, 6));
    assertTrue(sparse.sameParameters(dense), "sparse and dense training differ");
    assertArrayEquals(new ForwardPass(kernel, dense, 64, false).predictAll(data.x, data.rows),
        new ForwardPass(kernel, dense, 64, true).predictAll(data.x, data.rows));
  }

  @Test
  void sameInitializationSeedGivesSameNetworkAndOtherSeedsDiffer() {
    int[] sizes = {103, 256, 128, 1};
    assertTrue(MlpNetwork.initialize(sizes, Activation.RELU, 42)
        .sameParameters(MlpNetwork.initialize(sizes, Activation.RELU, 42)));
    assertFalse(MlpNetwork.initialize(sizes, Activation.RELU, 42)
        .sameParameters(MlpNetwork.initialize(sizes, Activation.RELU, 43)));
  }

  @Test
  void initializationFollowsPyTorchLinearBounds() {
    MlpNetwork net = MlpNetwork.initialize(new int[] {103, 256, 1}, Activation.RELU, 1);
    float bound = (float) (1 / Math.sqrt(103));
    float[] w = net.layerWeightsOutputMajor(0);
    float max = 0;
    for (float v : w) {
      max = Math.max(max, Math.abs(v));
    }
    assertTrue(max <= bound && max > 0.95f * bound, "max |w| " + max + " vs bound " + bound);
    for (float v : net.layerBiases(1)) {
      assertTrue(Math.abs(v) <= 1 / Math.sqrt(256));
    }
  }

  @ParameterizedTest
  @MethodSource("kernels")
  void learnsTheSumOfItsInputsToLowError(String kernelName) {
    MlpKernel kernel = kernel(kernelName);
    MlpTestData train = MlpTestData.sumOfInputs(1000, 8, 0.0, 11);
    MlpTestData test = MlpTestData.sumOfInputs(300, 8, 0.0, 12);
    MlpSettings settings = MlpTestData.settings(3e-3, 32, TrainingLength.epochs(60), 32, 16);
    MlpNetwork net = MlpNetwork.initialize(settings.layerSizes(8), Activation.RELU, 2);
    TrainingSummary summary = new MlpTrainer(kernel).train(net, TrainingRequest.of(train.x, train.y, train.rows, settings, 7));
    Metrics metrics = Metrics.of(test.y, net.predict(test.x, test.rows));
    // the target has standard deviation sqrt(8/12) = 0.82; predicting the mean gives MAE ~0.65
    assertTrue(metrics.mae() < 0.05, "test MAE " + metrics.mae());
    assertTrue(summary.lastEpochLoss() < 0.005, "train loss " + summary.lastEpochLoss());
  }

  @Test
  void stepBudgetStopsInTheMiddleOfAnEpochAfterExactlyThatManySteps() {
    MlpTestData data = MlpTestData.sumOfInputs(100, 5, 0.1, 1);
    // 100 rows / batch 32 = 4 batches per epoch; clip(1 * 4, 10, 20) = 10 steps = 2.5 epochs
    MlpSettings settings = MlpTestData.settings(1e-3, 32, TrainingLength.stepBudget(1, 10, 20), 8);
    MlpNetwork net = MlpNetwork.initialize(settings.layerSizes(5), Activation.RELU, 1);
    List<Long> steps = new ArrayList<>();
    TrainingSummary summary = new MlpTrainer().train(net, TrainingRequest.of(data.x, data.y, data.rows, settings, 1).reportingTo((e, done, total, loss, val) -> steps.add(done)));
    assertEquals(10, summary.steps());
    assertEquals(3, summary.epochs());
    assertEquals(List.of(4L, 8L, 10L), steps);
  }

  @Test
  void stepBudgetIsClippedLikeTheReference() {
    TrainingLength budget = TrainingLength.stepBudget(100, 500, 10_000);
    assertEquals(500, budget.steps(100, 128));
    assertEquals(100 * 37, budget.steps(4642, 128));
    assertEquals(10_000, budget.steps(21544, 128));
    assertEquals(2900, TrainingLength.epochs(100).steps(3683, 128));
  }

  @Test
  void growingStepBudgetEqualsTheStepBudgetUpToItsReferenceRowsAndGrowsWithTheirRootAbove() {
    TrainingLength growing = TrainingLength.growingStepBudget(100, 500, 10_000, 10_000);
    TrainingLength reference = TrainingLength.stepBudget(100, 500, 10_000);
    for (int rows : new int[] {1, 100, 4642, 7_000, 9_999, 10_000}) {
      assertEquals(reference.steps(rows, 128), growing.steps(rows, 128), rows + " rows");
    }
    assertEquals(14_678, growing.steps(21_544, 128), "10,000 x sqrt(2.1544)");
    assertEquals(31_623, growing.steps(100_000, 128), "10,000 x sqrt(10)");
    assertEquals(100_000, growing.steps(1_000_000, 128));
    assertEquals(100 * 79, TrainingLength.growingStepBudget(100, 500, 10_000, 5_000)
        .steps(10_000, 128), "the epochs still decide below the cap");
    assertThrows(IllegalArgumentException.class,
        () -> TrainingLength.growingStepBudget(100, 500, 10_000, 0));
    assertThrows(IllegalArgumentException.class,
        () -> TrainingLength.growingStepBudget(100, 500, 400, 10_000));
  }

  @ParameterizedTest
  @MethodSource("kernels")
  void frozenLayersStayBitwiseUnchangedWhileTheHeadLearns(String kernelName) {
    MlpKernel kernel = kernel(kernelName);
    MlpTestData data = MlpTestData.sumOfInputs(200, 12, 0.1, 4);
    MlpSettings settings = MlpTestData.settings(1e-2, 16, TrainingLength.epochs(5), 70, 20);
    MlpNetwork net = MlpNetwork.initialize(settings.layerSizes(12), Activation.RELU, 3);
    MlpNetwork before = net.copy();
    new MlpTrainer(kernel).train(net, TrainingRequest.of(data.x, data.y, data.rows, settings, 5).freezingFirst(2));
    assertArrayEquals(before.layerWeightsOutputMajor(0), net.layerWeightsOutputMajor(0));
    assertArrayEquals(before.layerBiases(0), net.layerBiases(0));
    assertArrayEquals(before.layerWeightsOutputMajor(1), net.layerWeightsOutputMajor(1));
    assertArrayEquals(before.layerBiases(1), net.layerBiases(1));
    assertFalse(java.util.Arrays.equals(before.layerWeightsOutputMajor(2),
        net.layerWeightsOutputMajor(2)));
  }

  @Test
  void copyIsIndependentOfTheOriginal() {
    MlpTestData data = MlpTestData.sumOfInputs(50, 4, 0.1, 4);
    MlpSettings settings = MlpTestData.settings(1e-2, 16, TrainingLength.epochs(2), 6);
    MlpNetwork original = MlpNetwork.initialize(settings.layerSizes(4), Activation.RELU, 3);
    MlpNetwork pristine = original.copy();
    MlpNetwork copy = original.copy();
    new MlpTrainer().train(copy, TrainingRequest.of(data.x, data.y, data.rows, settings, 1));
    assertTrue(original.sameParameters(pristine));
    assertFalse(original.sameParameters(copy));
  }

  @Test
  void earlyStoppingEndsTrainingAndRestoresTheBestEpochsWeights() {
    // few noisy rows and a large network overfit quickly, so validation loss turns up
    MlpTestData data = MlpTestData.sumOfInputs(60, 10, 1.5, 21);
    MlpSettings settings = MlpTestData.settings(1e-2, 8, TrainingLength.epochs(300), 64, 64)
        .withEarlyStopping(new EarlyStopping(0.3, 5));
    MlpNetwork net = MlpNetwork.initialize(settings.layerSizes(10), Activation.RELU, 6);
    List<Double> losses = new ArrayList<>();
    List<MlpNetwork> snapshots = new ArrayList<>();
    TrainingSummary summary = new MlpTrainer().train(net, TrainingRequest.of(data.x, data.y, data.rows, settings, 2).reportingTo((epoch, done, total, loss, val) -> { losses.add(val); snapshots.add(net.copy()); }));
    assertTrue(summary.stoppedEarly(), "expected early stop, epochs " + summary.epochs());
    int best = 0;
    for (int i = 1; i < losses.size(); i++) {
      if (losses.get(i) < losses.get(best)) {
        best = i;
      }
    }
    assertEquals(losses.size() - 1 - 5, best, "stops 5 epochs after the best");
    assertEquals(losses.get(best), summary.bestValidationLoss());
    assertTrue(net.sameParameters(snapshots.get(best)));
    assertFalse(net.sameParameters(snapshots.getLast()));
  }

  @Test
  void cancellationStopsWithinOneEpoch() {
    MlpTestData data = MlpTestData.sumOfInputs(640, 5, 0.1, 1);
    MlpSettings settings = MlpTestData.settings(1e-3, 32, TrainingLength.epochs(1000), 8);
    MlpNetwork net = MlpNetwork.initialize(settings.layerSizes(5), Activation.RELU, 1);
    AtomicInteger epochs = new AtomicInteger();
    CancellationToken cancelAfterThreeEpochs = () -> epochs.get() >= 3;
    assertThrows(CancellationException.class, () -> new MlpTrainer().train(net, TrainingRequest.of(data.x, data.y, data.rows, settings, 1).cancelledBy(cancelAfterThreeEpochs).reportingTo((e, d, t, l, v) -> epochs.set(e))));
    assertEquals(3, epochs.get());
  }

  @Test
  void serializationRoundTripKeepsEveryBitAndRejectsDamagedBytes() {
    MlpNetwork net = MlpNetwork.initialize(new int[] {9, 7, 3, 1}, Activation.TANH, 77);
    byte[] bytes = net.toBytes();
    MlpNetwork back = MlpNetwork.fromBytes(bytes);
    assertTrue(net.sameParameters(back));
    assertThrows(IllegalArgumentException.class,
        () -> MlpNetwork.fromBytes(java.util.Arrays.copyOf(bytes, bytes.length - 3)));
    byte[] wrongVersion = bytes.clone();
    wrongVersion[7] = 9;
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> MlpNetwork.fromBytes(wrongVersion));
    assertTrue(e.getMessage().contains("version"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> MlpNetwork.fromBytes(new byte[] {1, 2}));
  }

  @Test
  void rejectsNonFiniteTargetsAndMismatchedSettings() {
    MlpTestData data = MlpTestData.sumOfInputs(20, 4, 0.1, 1);
    MlpSettings settings = MlpTestData.settings(1e-3, 8, TrainingLength.epochs(1), 5);
    MlpNetwork net = MlpNetwork.initialize(settings.layerSizes(4), Activation.RELU, 1);
    data.y[3] = Float.NaN;
    assertThrows(IllegalArgumentException.class, () -> new MlpTrainer().train(net, TrainingRequest.of(data.x, data.y, data.rows, settings, 1)));
    MlpSettings other = MlpTestData.settings(1e-3, 8, TrainingLength.epochs(1), 6);
    data.y[3] = 1f;
    assertThrows(IllegalArgumentException.class, () -> new MlpTrainer().train(net, TrainingRequest.of(data.x, data.y, data.rows, other, 1)));
  }

  @Test
  void settingsRejectImpossibleValues() {
    assertThrows(IllegalArgumentException.class,
        () -> MlpSettings.defaults(-1, TrainingLength.epochs(1)));
    assertThrows(IllegalArgumentException.class,
        () -> MlpSettings.defaults(1e-3, TrainingLength.epochs(1)).withBatchSize(0));
    assertThrows(IllegalArgumentException.class, () -> TrainingLength.stepBudget(10, 50, 5));
    assertThrows(IllegalArgumentException.class, () -> new EarlyStopping(1.0, 3));
    assertNotEquals(MlpSettings.defaults(1e-3, TrainingLength.epochs(1)),
        MlpSettings.defaults(1e-4, TrainingLength.epochs(1)));
  }
}
