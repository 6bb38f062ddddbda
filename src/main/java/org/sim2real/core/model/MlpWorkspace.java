package org.sim2real.core.model;

import org.jspecify.annotations.Nullable;

/**
 * Preallocated buffers for the forward and backward pass of one network at up to {@code capacity}
 * rows, so a training step allocates nothing. One workspace per thread.
 */
final class MlpWorkspace {
  final MlpKernel kernel;
  final MlpNetwork net;
  final int capacity;
  private final int layers;
  private final boolean fusedRelu;
  /** Output of layer l (after its activation), rows x sizes[l+1]. */
  final float[][] outputs;
  /** Pre-activation of hidden layer l when the activation is not fused into the product. */
  private final float[] @Nullable [] preActivations;
  /** Gathered input rows of a mini-batch and their targets. */
  final float[] input;
  final float[] target;
  // backward buffers: the output gradient and two alternating hidden-gradient buffers
  private final float @Nullable [] outputGradient;
  private final float @Nullable [] gradientA;
  private final float @Nullable [] gradientB;
  /** Gradients laid out like the network's parameter arrays. */
  private final float @Nullable [] weightGradient;
  private final float @Nullable [] biasGradient;
  /** The zero row every gradient product starts from (as wide as the widest layer). */
  private final float[] zeros;
  /** Output-major ([out][in]) copies of the weights the backward pass multiplies with. */
  private final float[] @Nullable [] outputMajorWeights;
  /** The input batch in sparse form, when sparse inputs are allowed. */
  private final @Nullable SparseRows sparseInput;
  /** Whether the last forward pass used {@link #sparseInput}. */
  private boolean sparseBatch;

  /**
   * @param training also allocate the buffers of the backward pass
   * @param sparseInputs multiply mostly-zero input batches in sparse form (same results)
   */
  MlpWorkspace(MlpKernel kernel, MlpNetwork net, int capacity, boolean training,
      boolean sparseInputs) {
    this.kernel = kernel;
    this.net = net;
    this.capacity = capacity;
    this.layers = net.layerCount();
    this.fusedRelu = net.activation() == Activation.RELU;
    outputs = new float[layers][];
    preActivations = new float[layers][];
    int widest = 1;
    for (int l = 0; l < layers; l++) {
      int width = net.size(l + 1);
      outputs[l] = new float[capacity * width];
      if (!fusedRelu && l < layers - 1) {
        preActivations[l] = new float[capacity * width];
      }
      if (l < layers - 1) {
        widest = Math.max(widest, width);
      }
    }
    input = new float[capacity * net.inputCount()];
    zeros = new float[Math.max(widest, net.inputCount())];
    target = new float[capacity];
    sparseInput = sparseInputs && net.size(1) > 1 ? new SparseRows(capacity, net.inputCount())
        : null;
    if (training) {
      outputGradient = new float[capacity];
      gradientA = new float[capacity * widest];
      gradientB = new float[capacity * widest];
      weightGradient = new float[net.weights.length];
      biasGradient = new float[net.biases.length];
      outputMajorWeights = new float[layers][];
    } else {
      outputGradient = gradientA = gradientB = weightGradient = biasGradient = null;
      outputMajorWeights = null;
    }
  }

  float[] weightGradient() {
    return required(weightGradient);
  }

  float[] biasGradient() {
    return required(biasGradient);
  }

  /** The network's predictions for the last forward pass (rows entries). */
  float[] predictions() {
    return outputs[layers - 1];
  }

  /** Forward pass over {@code rows <= capacity} row-major rows of {@code x} from {@code xOff}. */
  void forward(float[] x, int xOff, int rows) {
    float[] in = x;
    int inOff = xOff;
    for (int l = 0; l < layers; l++) {
      int fanIn = net.size(l);
      int fanOut = net.size(l + 1);
      boolean hidden = l < layers - 1;
      float[] pre = hidden && !fusedRelu ? preActivations[l] : outputs[l];
      if (l == 0) {
        sparseBatch = sparseInput != null && sparseInput.compress(in, inOff, rows, fanIn);
      }
      if (l == 0 && sparseBatch) {
        kernel.sparseMultiply(required(sparseInput), rows, net.weights, net.weightOffset(l),
            fanOut, pre, fanOut, fanOut, net.biases, net.biasOffset(l), hidden && fusedRelu);
        if (hidden && !fusedRelu) {
          kernel.activate(net.activation(), pre, outputs[l], rows * fanOut);
        }
      } else if (fanOut == 1) {
        kernel.multiplyVector(in, inOff, fanIn, net.weights, net.weightOffset(l),
            net.biases[net.biasOffset(l)], pre, 0, rows, fanIn);
        if (hidden) {
          kernel.activate(net.activation(), pre, outputs[l], rows);
        }
      } else {
        kernel.multiply(in, inOff, fanIn, false, net.weights, net.weightOffset(l), fanOut,
            pre, 0, fanOut, rows, fanOut, fanIn, net.biases, net.biasOffset(l),
            hidden && fusedRelu);
        if (hidden && !fusedRelu) {
          kernel.activate(net.activation(), pre, outputs[l], rows * fanOut);
        }
      }
      in = outputs[l];
      inOff = 0;
    }
  }

  /**
   * Mean squared error of the last forward pass against {@link #target}, and its gradient with
   * respect to the predictions stored for {@link #backward}.
   */
  double lossAndOutputGradient(int rows) {
    float[] prediction = predictions();
    float[] grad = required(outputGradient);
    float scale = 2f / rows;
    double sum = 0;
    for (int r = 0; r < rows; r++) {
      float diff = prediction[r] - target[r];
      sum += (double) diff * diff;
      grad[r] = scale * diff;
    }
    return sum / rows;
  }

  /** Refreshes the output-major weight copies of the layers above {@code firstTrainable}. */
  void refreshOutputMajorWeights(int firstTrainable) {
    float[][] copies = required(outputMajorWeights);
    for (int l = firstTrainable + 1; l < layers; l++) {
      int fanIn = net.size(l);
      int fanOut = net.size(l + 1);
      if (fanOut == 1) {
        continue; // [in][1] and [1][in] are the same memory
      }
      if (copies[l] == null) {
        copies[l] = new float[fanIn * fanOut];
      }
      kernel.transpose(net.weights, net.weightOffset(l), fanIn, fanOut, copies[l], 0);
    }
  }

  /**
   * Gradients of the loss for layers {@code firstTrainable..} into {@link #weightGradient} and
   * {@link #biasGradient}, after {@link #forward} on {@link #input} and {@link
   * #lossAndOutputGradient}. Needs fresh {@link #refreshOutputMajorWeights} copies.
   */
  void backward(int rows, int firstTrainable) {
    float[] weightGrad = required(weightGradient);
    float[] biasGrad = required(biasGradient);
    float[][] copies = required(outputMajorWeights);
    float[] gradZ = required(outputGradient);
    float[] spare = required(gradientA);
    float[] other = required(gradientB);
    for (int l = layers - 1; l >= firstTrainable; l--) {
      int fanIn = net.size(l);
      int fanOut = net.size(l + 1);
      float[] in = l == 0 ? input : outputs[l - 1];
      int w = net.weightOffset(l);
      if (fanOut == 1) {
        kernel.weightedRowSum(gradZ, in, rows, fanIn, weightGrad, w);
      } else if (l == 0 && sparseBatch) {
        kernel.sparseTransposeMultiply(required(sparseInput), rows, fanIn, gradZ, fanOut, fanOut,
            weightGrad, w);
      } else {
        kernel.multiply(in, 0, fanIn, true, gradZ, 0, fanOut, weightGrad, w, fanOut,
            fanIn, fanOut, rows, zeros, 0, false);
      }
      kernel.columnSums(gradZ, rows, fanOut, biasGrad, net.biasOffset(l));
      if (l > firstTrainable) {
        float[] gradIn = spare;
        if (fanOut == 1) {
          kernel.outerProduct(gradZ, rows, net.weights, w, fanIn, gradIn);
        } else {
          kernel.multiply(gradZ, 0, fanOut, false, required(copies[l]), 0, fanIn, gradIn, 0,
              fanIn, rows, fanIn, fanOut, zeros, 0, false);
        }
        kernel.activationBackward(net.activation(), preActivations[l - 1], outputs[l - 1],
            gradIn, rows * fanIn);
        spare = gradZ == outputGradient ? other : gradZ;
        gradZ = gradIn;
      }
    }
  }

  private static <T> T required(@Nullable T value) {
    if (value == null) {
      throw new IllegalStateException("workspace was created for prediction only");
    }
    return value;
  }
}
