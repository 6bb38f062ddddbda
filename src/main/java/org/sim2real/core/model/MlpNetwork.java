package org.sim2real.core.model;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * A fully connected regression network with one linear output, in float32.
 *
 * <p>Parameters live in two flat arrays. Layer {@code l} (from {@code sizes[l]} inputs to {@code
 * sizes[l+1]} outputs) keeps its weights input-major at {@link #weightOffset(int)}: the weight
 * from input {@code i} to output {@code o} is {@code weights[weightOffset(l) + i * sizes[l+1] +
 * o]} (the transpose of PyTorch's nn.Linear layout, so the forward product runs over contiguous
 * memory). The trainable parameters of the last layers form a suffix of each array.
 *
 * <p>Not thread-safe while being trained; {@link #predict} only reads and may run concurrently.
 */
public final class MlpNetwork implements Predictor {
  private static final int MAGIC = 0x53324D4C; // "S2ML"
  private static final int FORMAT_VERSION = 1;
  private static final int MAX_WIDTH = 1 << 20;
  /** Rows per forward chunk in {@link #predict}: activations of 128 rows stay in L2 cache. */
  static final int PREDICT_CHUNK_ROWS = 128;

  private final int[] sizes;
  private final Activation activation;
  private final int[] weightOffsets;
  private final int[] biasOffsets;
  final float[] weights;
  final float[] biases;

  private MlpNetwork(int[] sizes, Activation activation, float[] weights, float[] biases) {
    this.sizes = sizes.clone();
    this.activation = activation;
    this.weightOffsets = new int[sizes.length];
    this.biasOffsets = new int[sizes.length];
    long w = 0;
    long b = 0;
    for (int l = 0; l < sizes.length - 1; l++) {
      weightOffsets[l] = (int) w;
      biasOffsets[l] = (int) b;
      w += (long) sizes[l] * sizes[l + 1];
      b += sizes[l + 1];
    }
    weightOffsets[sizes.length - 1] = (int) w;
    biasOffsets[sizes.length - 1] = (int) b;
    if (weights.length != w || biases.length != b) {
      throw new IllegalArgumentException("parameter arrays do not match the layer sizes");
    }
    this.weights = weights;
    this.biases = biases;
  }

  /**
   * A freshly initialized network like PyTorch's nn.Linear default: every weight and bias of a
   * layer with fan-in f is drawn from U(-1/sqrt(f), 1/sqrt(f)); the draws come from {@code seed}.
   */
  public static MlpNetwork initialize(int[] sizes, Activation activation, long seed) {
    validateSizes(sizes);
    long w = 0;
    long b = 0;
    for (int l = 0; l < sizes.length - 1; l++) {
      w += (long) sizes[l] * sizes[l + 1];
      b += sizes[l + 1];
    }
    if (w > Integer.MAX_VALUE - 16) {
      throw new IllegalArgumentException("network too large: " + w + " weights");
    }
    MlpNetwork net = new MlpNetwork(sizes, activation, new float[(int) w], new float[(int) b]);
    SplittableRandom random = new SplittableRandom(seed);
    for (int l = 0; l < net.layerCount(); l++) {
      net.initializeLayer(l, random);
    }
    return net;
  }

  private static void validateSizes(int[] sizes) {
    if (sizes.length < 2) {
      throw new IllegalArgumentException("a network needs at least an input and an output size");
    }
    for (int s : sizes) {
      if (s < 1 || s > MAX_WIDTH) {
        throw new IllegalArgumentException("layer sizes must be in 1.." + MAX_WIDTH + ": "
            + Arrays.toString(sizes));
      }
    }
    if (sizes[sizes.length - 1] != 1) {
      throw new IllegalArgumentException("the output layer must have size 1: " + Arrays.toString(sizes));
    }
  }

  private void initializeLayer(int layer, SplittableRandom random) {
    int fanIn = sizes[layer];
    int fanOut = sizes[layer + 1];
    double bound = 1.0 / Math.sqrt(fanIn);
    // drawn in PyTorch's order (weight[out][in] row by row, then bias), stored input-major
    int w0 = weightOffsets[layer];
    for (int o = 0; o < fanOut; o++) {
      for (int i = 0; i < fanIn; i++) {
        weights[w0 + i * fanOut + o] = (float) random.nextDouble(-bound, bound);
      }
    }
    for (int o = 0; o < fanOut; o++) {
      biases[biasOffsets[layer] + o] = (float) random.nextDouble(-bound, bound);
    }
  }

  /** A deep copy: training the copy leaves this network unchanged. */
  public MlpNetwork copy() {
    return new MlpNetwork(sizes, activation, weights.clone(), biases.clone());
  }

  /** A deep copy whose output layer is newly initialized from {@code seed} (a new head). */
  public MlpNetwork withNewOutputLayer(long seed) {
    MlpNetwork net = copy();
    net.initializeLayer(layerCount() - 1, new SplittableRandom(seed));
    return net;
  }

  /** Number of weight layers (hidden layers + 1). */
  public int layerCount() {
    return sizes.length - 1;
  }

  @Override
  public int inputCount() {
    return sizes[0];
  }

  /** Layer sizes from input to output (a copy). */
  public int[] layerSizes() {
    return sizes.clone();
  }

  int size(int index) {
    return sizes[index];
  }

  public Activation activation() {
    return activation;
  }

  int weightOffset(int layer) {
    return weightOffsets[layer];
  }

  int biasOffset(int layer) {
    return biasOffsets[layer];
  }

  /** Total number of trainable parameters. */
  public int parameterCount() {
    return weights.length + biases.length;
  }

  /** The weights of one layer in PyTorch's layout [out][in] (for tests and inspection). */
  public float[] layerWeightsOutputMajor(int layer) {
    int fanIn = sizes[layer];
    int fanOut = sizes[layer + 1];
    float[] out = new float[fanIn * fanOut];
    for (int i = 0; i < fanIn; i++) {
      for (int o = 0; o < fanOut; o++) {
        out[o * fanIn + i] = weights[weightOffsets[layer] + i * fanOut + o];
      }
    }
    return out;
  }

  public float[] layerBiases(int layer) {
    return Arrays.copyOfRange(biases, biasOffsets[layer], biasOffsets[layer + 1]);
  }

  /** Whether both networks have identical sizes, activation and bitwise identical parameters. */
  public boolean sameParameters(MlpNetwork other) {
    return Arrays.equals(sizes, other.sizes) && activation == other.activation
        && Arrays.equals(weights, other.weights) && Arrays.equals(biases, other.biases);
  }

  /** Predictions for {@code rows} row-major input rows into {@code out[0..rows)}. */
  public void predict(float[] x, int rows, float[] out) {
    int chunk = Math.min(Math.max(rows, 1), PREDICT_CHUNK_ROWS);
    new ForwardPass(MlpKernels.best(), this, chunk).predict(x, rows, out);
  }

  /** Predictions for {@code rows} row-major input rows. */
  @Override
  public float[] predict(float[] x, int rows) {
    float[] out = new float[rows];
    predict(x, rows, out);
    return out;
  }

  /** The network as bytes (format version, sizes, activation, parameters) for an on-disk cache. */
  public byte[] toBytes() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(4 * parameterCount() + 64);
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      out.writeInt(MAGIC);
      out.writeInt(FORMAT_VERSION);
      out.writeUTF(activation.name());
      out.writeInt(sizes.length);
      for (int s : sizes) {
        out.writeInt(s);
      }
      for (float v : weights) {
        out.writeFloat(v);
      }
      for (float v : biases) {
        out.writeFloat(v);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  /**
   * Reads bytes written by {@link #toBytes()}.
   *
   * @throws IllegalArgumentException if the bytes are not a network of this format version, are
   *     truncated or hold non-finite parameters (a cache should then retrain)
   */
  public static MlpNetwork fromBytes(byte[] data) {
    try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(data))) {
      if (in.readInt() != MAGIC) {
        throw new IllegalArgumentException("not a serialized MLP network");
      }
      int version = in.readInt();
      if (version != FORMAT_VERSION) {
        throw new IllegalArgumentException(
            "serialized MLP has format version " + version + ", expected " + FORMAT_VERSION);
      }
      Activation activation = Activation.valueOf(in.readUTF());
      int count = in.readInt();
      if (count < 2 || count > 64) {
        throw new IllegalArgumentException("implausible layer count " + count);
      }
      int[] sizes = new int[count];
      for (int i = 0; i < count; i++) {
        sizes[i] = in.readInt();
      }
      validateSizes(sizes);
      MlpNetwork net = initializeEmpty(sizes, activation, data.length);
      for (int i = 0; i < net.weights.length; i++) {
        net.weights[i] = finite(in.readFloat());
      }
      for (int i = 0; i < net.biases.length; i++) {
        net.biases[i] = finite(in.readFloat());
      }
      if (in.available() != 0) {
        throw new IllegalArgumentException("trailing bytes after the serialized MLP");
      }
      return net;
    } catch (IOException e) {
      throw new IllegalArgumentException("truncated serialized MLP", e);
    }
  }

  private static MlpNetwork initializeEmpty(int[] sizes, Activation activation, int byteCount) {
    long w = 0;
    long b = 0;
    for (int l = 0; l < sizes.length - 1; l++) {
      w += (long) sizes[l] * sizes[l + 1];
      b += sizes[l + 1];
    }
    if (4 * (w + b) > byteCount) {
      throw new IllegalArgumentException("truncated serialized MLP");
    }
    return new MlpNetwork(sizes, activation, new float[(int) w], new float[(int) b]);
  }

  private static float finite(float v) {
    if (!Float.isFinite(v)) {
      throw new IllegalArgumentException("serialized MLP holds a non-finite parameter");
    }
    return v;
  }
}
