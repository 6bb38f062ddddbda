package org.sim2real.core.model;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Architecture and optimizer settings of one MLP training phase (Adam on the mean squared error,
 * mini-batches in a fresh random order every epoch, last partial batch kept).
 *
 * @param hiddenLayers widths of the hidden layers, input to output (the reference: 256, 128)
 * @param activation hidden-layer activation; the output layer is linear
 * @param learningRate Adam learning rate
 * @param batchSize mini-batch size
 * @param length number of optimizer steps
 * @param beta1 Adam first-moment decay
 * @param beta2 Adam second-moment decay
 * @param epsilon Adam denominator term
 * @param weightDecay L2 penalty added to the gradient (PyTorch Adam's weight_decay); 0 = none
 * @param earlyStopping optional early stopping on a validation split of the training rows
 */
public record MlpSettings(
    List<Integer> hiddenLayers,
    Activation activation,
    double learningRate,
    int batchSize,
    TrainingLength length,
    double beta1,
    double beta2,
    double epsilon,
    double weightDecay,
    @Nullable EarlyStopping earlyStopping) {

  public static final List<Integer> DEFAULT_HIDDEN_LAYERS = List.of(256, 128);
  public static final int DEFAULT_BATCH_SIZE = 128;

  public MlpSettings {
    Objects.requireNonNull(activation, "activation");
    Objects.requireNonNull(length, "length");
    hiddenLayers = List.copyOf(hiddenLayers);
    for (int width : hiddenLayers) {
      if (width < 1) {
        throw new IllegalArgumentException("hidden layer widths must be positive, got " + hiddenLayers);
      }
    }
    if (!(learningRate > 0 && Double.isFinite(learningRate))) {
      throw new IllegalArgumentException("learning rate must be positive, got " + learningRate);
    }
    if (batchSize < 1) {
      throw new IllegalArgumentException("batch size must be at least 1, got " + batchSize);
    }
    if (!(beta1 >= 0 && beta1 < 1) || !(beta2 >= 0 && beta2 < 1)) {
      throw new IllegalArgumentException(
          "Adam betas must lie in [0, 1), got " + beta1 + " and " + beta2);
    }
    if (!(epsilon > 0)) {
      throw new IllegalArgumentException("Adam epsilon must be positive, got " + epsilon);
    }
    if (!(weightDecay >= 0 && Double.isFinite(weightDecay))) {
      throw new IllegalArgumentException("weight decay must be >= 0, got " + weightDecay);
    }
  }

  /** Default architecture (256, 128, ReLU), batch 128, Adam(0.9, 0.999, 1e-8), no weight decay. */
  public static MlpSettings defaults(double learningRate, TrainingLength length) {
    return new MlpSettings(
        DEFAULT_HIDDEN_LAYERS, Activation.RELU, learningRate, DEFAULT_BATCH_SIZE, length,
        0.9, 0.999, 1e-8, 0.0, null);
  }

  public MlpSettings withLearningRate(double lr) {
    return new MlpSettings(hiddenLayers, activation, lr, batchSize, length, beta1, beta2, epsilon,
        weightDecay, earlyStopping);
  }

  public MlpSettings withLength(TrainingLength newLength) {
    return new MlpSettings(hiddenLayers, activation, learningRate, batchSize, newLength, beta1,
        beta2, epsilon, weightDecay, earlyStopping);
  }

  public MlpSettings withBatchSize(int newBatchSize) {
    return new MlpSettings(hiddenLayers, activation, learningRate, newBatchSize, length, beta1,
        beta2, epsilon, weightDecay, earlyStopping);
  }

  public MlpSettings withArchitecture(List<Integer> hidden, Activation newActivation) {
    return new MlpSettings(hidden, newActivation, learningRate, batchSize, length, beta1, beta2,
        epsilon, weightDecay, earlyStopping);
  }

  public MlpSettings withEarlyStopping(@Nullable EarlyStopping stopping) {
    return new MlpSettings(hiddenLayers, activation, learningRate, batchSize, length, beta1, beta2,
        epsilon, weightDecay, stopping);
  }

  public MlpSettings withWeightDecay(double decay) {
    return new MlpSettings(hiddenLayers, activation, learningRate, batchSize, length, beta1, beta2,
        epsilon, decay, earlyStopping);
  }

  /** Layer sizes input, hidden..., 1 for a network with {@code inputs} features. */
  public int[] layerSizes(int inputs) {
    int[] sizes = new int[hiddenLayers.size() + 2];
    sizes[0] = inputs;
    for (int i = 0; i < hiddenLayers.size(); i++) {
      sizes[i + 1] = hiddenLayers.get(i);
    }
    sizes[sizes.length - 1] = 1;
    return sizes;
  }
}
