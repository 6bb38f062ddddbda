package org.sim2real.core.model;

/**
 * Trains a small network and prints the kernel name; {@link ScalarFallbackTest} runs it in a JVM
 * without the Vector API module.
 */
public final class ScalarFallbackProbe {
  private ScalarFallbackProbe() {}

  public static void main(String[] args) {
    MlpTestData data = MlpTestData.sumOfInputs(200, 5, 0.0, 1);
    MlpSettings settings = MlpTestData.settings(1e-2, 16, TrainingLength.epochs(30), 16);
    MlpNetwork net = MlpNetwork.initialize(settings.layerSizes(5), Activation.RELU, 1);
    MlpTrainer trainer = new MlpTrainer();
    TrainingSummary summary = trainer.train(net, TrainingRequest.of(data.x, data.y, data.rows, settings, 1));
    System.out.println("kernel=" + trainer.kernelName() + " loss=" + summary.lastEpochLoss());
  }
}
