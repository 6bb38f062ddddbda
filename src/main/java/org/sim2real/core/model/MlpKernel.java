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

  /**
   * C[r][j] = rowInit[rowInitOff + j] + sum over the non-zeros (c, v) of input row r, in column
   * order, of v * B[c][j] (r < rows, j < n), clamped at 0 with {@code relu}: {@link #multiply}
   * for a sparse A, skipping only terms that are exactly zero.
   */
  void sparseMultiply(SparseRows a, int rows, float[] b, int bOff, int ldb, float[] c, int ldc,
      int n, float[] rowInit, int rowInitOff, boolean relu);

  /**
   * out[outOff + k*n + j] = sum over rows r (in order) of A[r][k] * D[r][j] for k < cols, with
   * A sparse and D row-major (row stride ldd): the weight gradient of a first layer.
   */
  void sparseTransposeMultiply(SparseRows a, int rows, int cols, float[] d, int ldd, int n,
      float[] out, int outOff);

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

  /**
   * dst[j][i] = src[i][j] for a rows x cols source. Four source rows at a time, so each
   * destination row gets 4 adjacent values per visit (twice as fast as a plain blocked copy).
   */
  default void transpose(float[] src, int srcOff, int rows, int cols, float[] dst, int dstOff) {
    int i = 0;
    for (; i + 4 <= rows; i += 4) {
      int s0 = srcOff + i * cols;
      int s1 = s0 + cols;
      int s2 = s1 + cols;
      int s3 = s2 + cols;
      for (int j = 0; j < cols; j++) {
        int d = dstOff + j * rows + i;
        dst[d] = src[s0 + j];
        dst[d + 1] = src[s1 + j];
        dst[d + 2] = src[s2 + j];
        dst[d + 3] = src[s3 + j];
      }
    }
    for (; i < rows; i++) {
      for (int j = 0; j < cols; j++) {
        dst[dstOff + j * rows + i] = src[srcOff + i * cols + j];
      }
    }
  }
}
