package org.sim2real.core.model;

/**
 * Plain loops over flat arrays: the fallback when the Vector API module is absent at run time,
 * and the obviously correct twin of {@link VectorMlpKernel}.
 */
final class ScalarMlpKernel implements MlpKernel {

  @Override
  public String name() {
    return "scalar";
  }

  @Override
  public void multiply(float[] a, int aOff, int lda, boolean transA, float[] b, int bOff, int ldb,
      float[] c, int cOff, int ldc, int m, int n, int k, float[] rowInit, int rowInitOff,
      boolean relu) {
    int rowStep = transA ? 1 : lda;
    int colStep = transA ? lda : 1;
    for (int i = 0; i < m; i++) {
      int ci = cOff + i * ldc;
      for (int j = 0; j < n; j++) {
        c[ci + j] = rowInit[rowInitOff + j];
      }
      int ai = aOff + i * rowStep;
      for (int p = 0; p < k; p++) {
        float aip = a[ai + p * colStep];
        int bp = bOff + p * ldb;
        for (int j = 0; j < n; j++) {
          c[ci + j] += aip * b[bp + j];
        }
      }
      if (relu) {
        for (int j = 0; j < n; j++) {
          c[ci + j] = Math.max(0f, c[ci + j]);
        }
      }
    }
  }

  @Override
  public void sparseMultiply(SparseRows a, int rows, float[] b, int bOff, int ldb, float[] c,
      int ldc, int n, float[] rowInit, int rowInitOff, boolean relu) {
    for (int r = 0; r < rows; r++) {
      int cr = r * ldc;
      for (int j = 0; j < n; j++) {
        c[cr + j] = rowInit[rowInitOff + j];
      }
      for (int e = a.rowStart[r]; e < a.rowStart[r + 1]; e++) {
        float v = a.values[e];
        int bp = bOff + a.columns[e] * ldb;
        for (int j = 0; j < n; j++) {
          c[cr + j] += v * b[bp + j];
        }
      }
      if (relu) {
        for (int j = 0; j < n; j++) {
          c[cr + j] = Math.max(0f, c[cr + j]);
        }
      }
    }
  }

  @Override
  public void sparseTransposeMultiply(SparseRows a, int rows, int cols, float[] d, int ldd, int n,
      float[] out, int outOff) {
    java.util.Arrays.fill(out, outOff, outOff + cols * n, 0f);
    for (int r = 0; r < rows; r++) {
      for (int e = a.rowStart[r]; e < a.rowStart[r + 1]; e++) {
        float v = a.values[e];
        int o = outOff + a.columns[e] * n;
        for (int j = 0; j < n; j++) {
          out[o + j] += v * d[r * ldd + j];
        }
      }
    }
  }

  @Override
  public void weightedRowSum(float[] weights, float[] a, int rows, int cols, float[] out,
      int outOff) {
    for (int j = 0; j < cols; j++) {
      out[outOff + j] = 0f;
    }
    for (int r = 0; r < rows; r++) {
      for (int j = 0; j < cols; j++) {
        out[outOff + j] += weights[r] * a[r * cols + j];
      }
    }
  }

  @Override
  public void outerProduct(float[] u, int rows, float[] v, int vOff, int cols, float[] out) {
    for (int r = 0; r < rows; r++) {
      for (int j = 0; j < cols; j++) {
        out[r * cols + j] = u[r] * v[vOff + j];
      }
    }
  }

  @Override
  public void multiplyVector(float[] a, int aOff, int lda, float[] x, int xOff, float bias,
      float[] y, int yOff, int m, int k) {
    for (int i = 0; i < m; i++) {
      float sum = 0f;
      int ai = aOff + i * lda;
      for (int p = 0; p < k; p++) {
        sum += a[ai + p] * x[xOff + p];
      }
      y[yOff + i] = sum + bias;
    }
  }

  @Override
  public void columnSums(float[] a, int rows, int cols, float[] sums, int sumsOff) {
    for (int j = 0; j < cols; j++) {
      sums[sumsOff + j] = 0f;
    }
    for (int i = 0; i < rows; i++) {
      for (int j = 0; j < cols; j++) {
        sums[sumsOff + j] += a[i * cols + j];
      }
    }
  }

  @Override
  public void reluBackward(float[] activations, float[] grad, int n) {
    for (int i = 0; i < n; i++) {
      if (!(activations[i] > 0f)) {
        grad[i] = 0f;
      }
    }
  }

  @Override
  public void adam(float[] params, float[] grads, float[] m, float[] v, int off, int n,
      float stepSize, float beta1, float beta2, float sqrtBiasCorrection2, float eps, float decay) {
    float oneMinusBeta1 = 1f - beta1;
    float oneMinusBeta2 = 1f - beta2;
    for (int i = off; i < off + n; i++) {
      float g = grads[i] + decay * params[i];
      m[i] = beta1 * m[i] + oneMinusBeta1 * g;
      v[i] = beta2 * v[i] + oneMinusBeta2 * g * g;
      float denominator = (float) Math.sqrt(v[i]) / sqrtBiasCorrection2 + eps;
      params[i] -= stepSize * m[i] / denominator;
    }
  }
}
