package org.sim2real.core.model;

import org.jspecify.annotations.Nullable;

/**
 * The numeric primitives of MLP training on flat row-major float arrays. Two implementations: a
 * register-blocked one on the JDK Vector API and a plain scalar fallback. The operations that cost
 * little (activations other than ReLU, transposes, the loss) are shared default methods.
 */
interface MlpKernel {

  String name();

  /**
   * C = rowInit + op(A) * B for an m x k matrix op(A), a k x n matrix B and an m x n matrix C.
   *
   * <p>op(A)[i][p] is {@code a[aOff + i*lda + p]}, or with {@code transA} {@code a[aOff + p*lda +
   * i]}; B[p][j] is {@code b[bOff + p*ldb + j]}; C[i][j] is {@code c[cOff + i*ldc + j]}. Every row
   * of C starts from the row vector {@code rowInit[rowInitOff + j]} (a bias, or zeros). With
   * {@code relu} the stored result is max(0, C).
   */
  void multiply(float[] a, int aOff, int lda, boolean transA, float[] b, int bOff, int ldb,
      float[] c, int cOff, int ldc, int m, int n, int k, float[] rowInit, int rowInitOff,
      boolean relu);

  /** out[outOff + j] = sum over r < rows of weights[r] * a[r*cols + j] (a one-output gradient). */
  void weightedRowSum(float[] weights, float[] a, int rows, int cols, float[] out, int outOff);

  /** out[r*cols + j] = u[r] * v[vOff + j] (the input gradient of a one-output layer). */
  void outerProduct(float[] u, int rows, float[] v, int vOff, int cols, float[] out);

  /** y[i] = bias + sum_p A[i][p] * x[p] for i < m, with A row-major (row stride lda). */
  void multiplyVector(float[] a, int aOff, int lda, float[] x, int xOff, float bias,
      float[] y, int yOff, int m, int k);

  /** sums[j] = sum over i < rows of A[i][j] (A row-major with {@code cols} columns). */
  void columnSums(float[] a, int rows, int cols, float[] sums, int sumsOff);

  /** grad[i] = activation(i) > 0 ? grad[i] : 0 for i < n (the ReLU backward step). */
  void reluBackward(float[] activations, float[] grad, int n);

  /**
   * One Adam step on {@code params[off..off+n)} in PyTorch's form: g += decay*p; m = b1*m +
   * (1-b1)*g; v = b2*v + (1-b2)*g^2; p -= stepSize * m / (sqrt(v)/sqrtBiasCorrection2 + eps).
   */
  void adam(float[] params, float[] grads, float[] m, float[] v, int off, int n,
      float stepSize, float beta1, float beta2, float sqrtBiasCorrection2, float eps, float decay);

  /** out[i] = activation(pre[i]) for i < n. */
  default void activate(Activation activation, float[] pre, float[] out, int n) {
    for (int i = 0; i < n; i++) {
      out[i] = activation.apply(pre[i]);
    }
  }

  /** grad[i] *= activation'(pre[i]) for i < n ({@code pre} may be null where not needed). */
  default void activationBackward(Activation activation, float @Nullable [] pre, float[] out,
      float[] grad, int n) {
    if (activation == Activation.RELU) {
      reluBackward(out, grad, n);
      return;
    }
    for (int i = 0; i < n; i++) {
      grad[i] *= activation.derivative(pre == null ? 0f : pre[i], out[i]);
    }
  }

  /** dst[j][i] = src[i][j] for a rows x cols source, blocked so both sides stay in cache. */
  default void transpose(float[] src, int srcOff, int rows, int cols, float[] dst, int dstOff) {
    final int block = 16;
    for (int i0 = 0; i0 < rows; i0 += block) {
      int i1 = Math.min(rows, i0 + block);
      for (int j0 = 0; j0 < cols; j0 += block) {
        int j1 = Math.min(cols, j0 + block);
        for (int i = i0; i < i1; i++) {
          int s = srcOff + i * cols;
          for (int j = j0; j < j1; j++) {
            dst[dstOff + j * rows + i] = src[s + j];
          }
        }
      }
    }
  }
}
