package org.sim2real.core.model;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * Trains one small network and prints the kernel name and a hash of its weights; {@link
 * ReproducibilityAcrossJvmsTest} compares an interpreted run with a JIT-compiled one.
 */
public final class DeterminismProbe {
  private DeterminismProbe() {}

  static String trainAndHash() {
    MlpTestData data = MlpTestData.sumOfInputs(50, 19, 0.2, 5);
    MlpSettings settings = MlpSettings.defaults(1e-2, TrainingLength.epochs(3)).withBatchSize(9)
        .withArchitecture(List.of(67, 130), Activation.RELU);
    MlpNetwork net = MlpNetwork.initialize(settings.layerSizes(19), Activation.RELU, 3);
    new MlpTrainer().train(net, TrainingRequest.of(data.x, data.y, data.rows, settings, 4));
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(net.toBytes()));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  public static void main(String[] args) {
    System.out.println("kernel=" + new MlpTrainer().kernelName() + " hash=" + trainAndHash());
  }
}
