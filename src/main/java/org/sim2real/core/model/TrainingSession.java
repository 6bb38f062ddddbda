package org.sim2real.core.model;

import java.util.SplittableRandom;
import org.sim2real.core.feature.FeatureRows;

/**
 * The state of one training phase of one network: workspace, a fresh Adam state, the epoch order
 * and its random generator. {@link #step} runs one mini-batch step and allocates nothing.
 */
final class TrainingSession {
  private final MlpKernel kernel;
  private final MlpNetwork net;
  private final MlpWorkspace workspace;
  private final FeatureRows x;
  private final float[] y;
  private final int cols;
  private final int[] trainRows;
  private final int[] order;
  private final SplittableRandom shuffleRandom;
  private final int firstTrainable;
  private final float beta1;
  private final float beta2;
  private final double beta1d;
  private final double beta2d;
  private final float eps;
  private final float decay;
  private final double learningRate;
  private final float[] weightM;
  private final float[] weightV;
  private final float[] biasM;
  private final float[] biasV;
  private long adamStep;

  TrainingSession(MlpKernel kernel, MlpNetwork net, FeatureRows x, float[] y, int[] trainRows,
      MlpSettings settings, int frozenLayers, long shuffleSeed, boolean sparseInputs) {
    this.kernel = kernel;
    this.net = net;
    this.x = x;
    this.y = y;
    this.cols = net.inputCount();
    this.trainRows = trainRows;
    this.order = new int[trainRows.length];
    this.shuffleRandom = new SplittableRandom(shuffleSeed);
    this.firstTrainable = frozenLayers;
    this.workspace = new MlpWorkspace(kernel, net, Math.min(settings.batchSize(),
        trainRows.length), true, sparseInputs);
    this.beta1d = settings.beta1();
    this.beta2d = settings.beta2();
    this.beta1 = (float) beta1d;
    this.beta2 = (float) beta2d;
    this.eps = (float) settings.epsilon();
    this.decay = (float) settings.weightDecay();
    this.learningRate = settings.learningRate();
    this.weightM = new float[net.weights.length];
    this.weightV = new float[net.weights.length];
    this.biasM = new float[net.biases.length];
    this.biasV = new float[net.biases.length];
    workspace.refreshOutputMajorWeights(firstTrainable);
  }

  int trainingRowCount() {
    return trainRows.length;
  }

  /** Starts an epoch: a new uniformly random order of the training rows. */
  void shuffle() {
    for (int i = 0; i < order.length; i++) {
      order[i] = trainRows[i];
    }
    for (int i = order.length - 1; i > 0; i--) {
      int j = shuffleRandom.nextInt(i + 1);
      int t = order[i];
      order[i] = order[j];
      order[j] = t;
    }
  }

  /** One Adam step on the rows order[start .. start+count); returns the batch's mean loss. */
  double step(int start, int count) {
    float[] input = workspace.input;
    float[] target = workspace.target;
    for (int r = 0; r < count; r++) {
      int row = order[start + r];
      x.copyRow(row, input, r * cols);
      target[r] = y[row];
    }
    workspace.forward(input, 0, count);
    double loss = workspace.lossAndOutputGradient(count);
    workspace.backward(count, firstTrainable);
    applyAdam();
    workspace.refreshOutputMajorWeights(firstTrainable);
    return loss;
  }

  private void applyAdam() {
    adamStep++;
    double biasCorrection1 = 1 - Math.pow(beta1d, adamStep);
    double biasCorrection2 = 1 - Math.pow(beta2d, adamStep);
    float stepSize = (float) (learningRate / biasCorrection1);
    float sqrtCorrection2 = (float) Math.sqrt(biasCorrection2);
    int w0 = net.weightOffset(firstTrainable);
    int b0 = net.biasOffset(firstTrainable);
    kernel.adam(net.weights, workspace.weightGradient(), weightM, weightV, w0,
        net.weights.length - w0, stepSize, beta1, beta2, sqrtCorrection2, eps, decay);
    kernel.adam(net.biases, workspace.biasGradient(), biasM, biasV, b0,
        net.biases.length - b0, stepSize, beta1, beta2, sqrtCorrection2, eps, decay);
  }

  /** Mean squared error of the network on the given rows, in chunks of the workspace size. */
  double meanSquaredError(int[] rows) {
    double sum = 0;
    float[] input = workspace.input;
    for (int start = 0; start < rows.length; start += workspace.capacity) {
      int count = Math.min(workspace.capacity, rows.length - start);
      for (int r = 0; r < count; r++) {
        x.copyRow(rows[start + r], input, r * cols);
      }
      workspace.forward(input, 0, count);
      float[] prediction = workspace.predictions();
      for (int r = 0; r < count; r++) {
        double diff = prediction[r] - y[rows[start + r]];
        sum += diff * diff;
      }
    }
    return sum / rows.length;
  }

  MlpNetwork network() {
    return net;
  }

  MlpKernel kernel() {
    return kernel;
  }
}
