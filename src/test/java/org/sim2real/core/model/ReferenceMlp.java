package org.sim2real.core.model;

import java.util.SplittableRandom;

/**
 * An obviously correct double-precision MLP with Adam, written from the formulas with no attempt
 * at speed: weights w[l][out][in] like PyTorch, one row at a time. It reproduces the trainer's
 * batch order (same seed derivation and shuffle) so weights can be compared step by step.
 */
final class ReferenceMlp {
  final int[] sizes;
  final Activation activation;
  final double[][][] w;
  final double[][] b;

  ReferenceMlp(MlpNetwork net) {
    sizes = net.layerSizes();
    activation = net.activation();
    int layers = sizes.length - 1;
    w = new double[layers][][];
    b = new double[layers][];
    for (int l = 0; l < layers; l++) {
      float[] flat = net.layerWeightsOutputMajor(l);
      w[l] = new double[sizes[l + 1]][sizes[l]];
      for (int o = 0; o < sizes[l + 1]; o++) {
        for (int i = 0; i < sizes[l]; i++) {
          w[l][o][i] = flat[o * sizes[l] + i];
        }
      }
      float[] bias = net.layerBiases(l);
      b[l] = new double[bias.length];
      for (int o = 0; o < bias.length; o++) {
        b[l][o] = bias[o];
      }
    }
  }

  private double act(double z) {
    return switch (activation) {
      case RELU -> Math.max(0, z);
      case TANH -> Math.tanh(z);
      case SILU -> z / (1 + Math.exp(-z));
    };
  }

  private double actDerivative(double z) {
    return switch (activation) {
      case RELU -> z > 0 ? 1 : 0;
      case TANH -> 1 - Math.tanh(z) * Math.tanh(z);
      case SILU -> {
        double s = 1 / (1 + Math.exp(-z));
        yield s * (1 + z * (1 - s));
      }
    };
  }

  /** Pre-activations z[l][o] and outputs h[l][o] for one input row (h[-1] = input). */
  private double[][][] forwardRow(float[] x, int row) {
    int layers = sizes.length - 1;
    double[][] z = new double[layers][];
    double[][] h = new double[layers + 1][];
    h[0] = new double[sizes[0]];
    for (int i = 0; i < sizes[0]; i++) {
      h[0][i] = x[row * sizes[0] + i];
    }
    for (int l = 0; l < layers; l++) {
      z[l] = new double[sizes[l + 1]];
      h[l + 1] = new double[sizes[l + 1]];
      for (int o = 0; o < sizes[l + 1]; o++) {
        double s = b[l][o];
        for (int i = 0; i < sizes[l]; i++) {
          s += w[l][o][i] * h[l][i];
        }
        z[l][o] = s;
        h[l + 1][o] = l == layers - 1 ? s : act(s);
      }
    }
    return new double[][][] {z, h};
  }

  double predict(float[] x, int row) {
    double[][][] zh = forwardRow(x, row);
    return zh[1][sizes.length - 1][0];
  }

  /** Trains like MlpTrainer without early stopping: same seed use, same batch order. */
  void train(float[] x, float[] y, int rows, MlpSettings s, long seed, int frozen) {
    SplittableRandom seeds = new SplittableRandom(seed ^ MlpTrainer.TRAINING_STREAM);
    SplittableRandom shuffle = new SplittableRandom(seeds.nextLong());
    int layers = sizes.length - 1;
    double[][][] mw = new double[layers][][];
    double[][][] vw = new double[layers][][];
    double[][] mb = new double[layers][];
    double[][] vb = new double[layers][];
    for (int l = 0; l < layers; l++) {
      mw[l] = new double[sizes[l + 1]][sizes[l]];
      vw[l] = new double[sizes[l + 1]][sizes[l]];
      mb[l] = new double[sizes[l + 1]];
      vb[l] = new double[sizes[l + 1]];
    }
    long total = s.length().steps(rows, s.batchSize());
    long step = 0;
    int[] order = new int[rows];
    while (step < total) {
      for (int i = 0; i < rows; i++) {
        order[i] = i;
      }
      for (int i = rows - 1; i > 0; i--) {
        int j = shuffle.nextInt(i + 1);
        int t = order[i];
        order[i] = order[j];
        order[j] = t;
      }
      for (int start = 0; start < rows && step < total; start += s.batchSize()) {
        int count = Math.min(s.batchSize(), rows - start);
        double[][][] gw = new double[layers][][];
        double[][] gb = new double[layers][];
        for (int l = 0; l < layers; l++) {
          gw[l] = new double[sizes[l + 1]][sizes[l]];
          gb[l] = new double[sizes[l + 1]];
        }
        for (int r = 0; r < count; r++) {
          int row = order[start + r];
          double[][][] zh = forwardRow(x, row);
          double[][] z = zh[0];
          double[][] h = zh[1];
          double[] delta = {2.0 * (h[layers][0] - y[row]) / count};
          for (int l = layers - 1; l >= 0; l--) {
            for (int o = 0; o < sizes[l + 1]; o++) {
              gb[l][o] += delta[o];
              for (int i = 0; i < sizes[l]; i++) {
                gw[l][o][i] += delta[o] * h[l][i];
              }
            }
            if (l > 0) {
              double[] next = new double[sizes[l]];
              for (int i = 0; i < sizes[l]; i++) {
                double sum = 0;
                for (int o = 0; o < sizes[l + 1]; o++) {
                  sum += delta[o] * w[l][o][i];
                }
                next[i] = sum * actDerivative(z[l - 1][i]);
              }
              delta = next;
            }
          }
        }
        step++;
        double c1 = 1 - Math.pow(s.beta1(), step);
        double c2 = 1 - Math.pow(s.beta2(), step);
        for (int l = frozen; l < layers; l++) {
          for (int o = 0; o < sizes[l + 1]; o++) {
            for (int i = 0; i < sizes[l]; i++) {
              w[l][o][i] = adam(w[l][o][i], gw[l][o][i], mw[l][o], vw[l][o], i, s, c1, c2);
            }
            b[l][o] = adam(b[l][o], gb[l][o], mb[l], vb[l], o, s, c1, c2);
          }
        }
      }
    }
  }

  private static double adam(double p, double g, double[] m, double[] v, int i, MlpSettings s,
      double c1, double c2) {
    g += s.weightDecay() * p;
    m[i] = s.beta1() * m[i] + (1 - s.beta1()) * g;
    v[i] = s.beta2() * v[i] + (1 - s.beta2()) * g * g;
    return p - s.learningRate() / c1 * m[i] / (Math.sqrt(v[i]) / Math.sqrt(c2) + s.epsilon());
  }
}
