package org.sim2real.core.model;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * The MLP primitives on the JDK Vector API. The matrix product is register-blocked: a block of 4
 * rows of C times 4 vectors of columns lives in 16 accumulators while the k loop streams one row
 * of B (4 contiguous vector loads) and broadcasts 4 scalars of op(A), i.e. 16 FMAs per 8 loads.
 * Remaining rows and columns are handled by 1-row and masked 1-vector blocks.
 *
 * <p>The block kernels are branch-free on purpose: every call starts from a row vector ({@code
 * rowInit}, zeros or a bias) and clamps at {@code floor} (0 for ReLU, -infinity otherwise). With
 * per-call branches (bias or not, ReLU or not) C2 compiled the shared kernels for all variants
 * and the products ran at 40-85 instead of about 100 GFLOP/s.
 *
 * <p>Only loaded when the {@code jdk.incubator.vector} module is present (see {@link MlpKernels}).
 */
final class VectorMlpKernel implements MlpKernel {
  private static final VectorSpecies<Float> S = FloatVector.SPECIES_PREFERRED;
  private static final int L = S.length();
  private static final FloatVector NO_FLOOR = FloatVector.broadcast(S, Float.NEGATIVE_INFINITY);
  private static final FloatVector RELU_FLOOR = FloatVector.zero(S);

  @Override
  public String name() {
    return "vector-" + S.vectorBitSize() + "bit";
  }

  @Override
  public void multiply(float[] a, int aOff, int lda, boolean transA, float[] b, int bOff, int ldb,
      float[] c, int cOff, int ldc, int m, int n, int k, float[] rowInit, int rowInitOff,
      boolean relu) {
    int rowStep = transA ? 1 : lda;
    int colStep = transA ? lda : 1;
    FloatVector floor = relu ? RELU_FLOOR : NO_FLOOR;
    // column panels outside, row blocks inside: one panel of B (k x 4 vectors) is reused by all
    // row blocks while it is hot in cache
    int j = 0;
    for (; j + 4 * L <= n; j += 4 * L) {
      int i = 0;
      for (; i + 4 <= m; i += 4) {
        block4x4(a, aOff + i * rowStep, rowStep, colStep, b, bOff + j, ldb, c, cOff + i * ldc + j,
            ldc, k, rowInit, rowInitOff + j, floor);
      }
      for (; i < m; i++) {
        block1x4(a, aOff + i * rowStep, rowStep, colStep, b, bOff + j, ldb, c,
            cOff + i * ldc + j, ldc, k, rowInit, rowInitOff + j, floor);
      }
    }
    for (; j < n; j += L) {
      VectorMask<Float> mask = S.indexInRange(j, n);
      int i = 0;
      for (; i + 4 <= m; i += 4) {
        block4x1m(a, aOff + i * rowStep, rowStep, colStep, b, bOff + j, ldb, c,
            cOff + i * ldc + j, ldc, k, rowInit, rowInitOff + j, floor, mask);
      }
      for (; i < m; i++) {
        block1x1m(a, aOff + i * rowStep, rowStep, colStep, b, bOff + j, ldb, c,
            cOff + i * ldc + j, ldc, k, rowInit, rowInitOff + j, floor, mask);
      }
    }
  }

  private static void block4x4(float[] a, int ai, int rowStep, int colStep,
      float[] b, int bj, int ldb, float[] c, int cij, int ldc, int k, float[] init, int initAt,
      FloatVector floor) {
    int c0 = cij + 0 * ldc;
    int c1 = cij + 1 * ldc;
    int c2 = cij + 2 * ldc;
    int c3 = cij + 3 * ldc;
    FloatVector s00 = FloatVector.fromArray(S, init, initAt);
    FloatVector s01 = FloatVector.fromArray(S, init, initAt + L);
    FloatVector s02 = FloatVector.fromArray(S, init, initAt + 2 * L);
    FloatVector s03 = FloatVector.fromArray(S, init, initAt + 3 * L);
    FloatVector s10 = FloatVector.fromArray(S, init, initAt);
    FloatVector s11 = FloatVector.fromArray(S, init, initAt + L);
    FloatVector s12 = FloatVector.fromArray(S, init, initAt + 2 * L);
    FloatVector s13 = FloatVector.fromArray(S, init, initAt + 3 * L);
    FloatVector s20 = FloatVector.fromArray(S, init, initAt);
    FloatVector s21 = FloatVector.fromArray(S, init, initAt + L);
    FloatVector s22 = FloatVector.fromArray(S, init, initAt + 2 * L);
    FloatVector s23 = FloatVector.fromArray(S, init, initAt + 3 * L);
    FloatVector s30 = FloatVector.fromArray(S, init, initAt);
    FloatVector s31 = FloatVector.fromArray(S, init, initAt + L);
    FloatVector s32 = FloatVector.fromArray(S, init, initAt + 2 * L);
    FloatVector s33 = FloatVector.fromArray(S, init, initAt + 3 * L);
    int a0 = ai + 0 * rowStep;
    int a1 = ai + 1 * rowStep;
    int a2 = ai + 2 * rowStep;
    int a3 = ai + 3 * rowStep;
    int bp = bj;
    for (int p = 0; p < k; p++) {
      FloatVector b0 = FloatVector.fromArray(S, b, bp);
      FloatVector b1 = FloatVector.fromArray(S, b, bp + L);
      FloatVector b2 = FloatVector.fromArray(S, b, bp + 2 * L);
      FloatVector b3 = FloatVector.fromArray(S, b, bp + 3 * L);
      FloatVector x0 = FloatVector.broadcast(S, a[a0]);
      s00 = x0.fma(b0, s00);
      s01 = x0.fma(b1, s01);
      s02 = x0.fma(b2, s02);
      s03 = x0.fma(b3, s03);
      FloatVector x1 = FloatVector.broadcast(S, a[a1]);
      s10 = x1.fma(b0, s10);
      s11 = x1.fma(b1, s11);
      s12 = x1.fma(b2, s12);
      s13 = x1.fma(b3, s13);
      FloatVector x2 = FloatVector.broadcast(S, a[a2]);
      s20 = x2.fma(b0, s20);
      s21 = x2.fma(b1, s21);
      s22 = x2.fma(b2, s22);
      s23 = x2.fma(b3, s23);
      FloatVector x3 = FloatVector.broadcast(S, a[a3]);
      s30 = x3.fma(b0, s30);
      s31 = x3.fma(b1, s31);
      s32 = x3.fma(b2, s32);
      s33 = x3.fma(b3, s33);
      a0 += colStep;
      a1 += colStep;
      a2 += colStep;
      a3 += colStep;
      bp += ldb;
    }
    s00.max(floor).intoArray(c, c0);
    s01.max(floor).intoArray(c, c0 + L);
    s02.max(floor).intoArray(c, c0 + 2 * L);
    s03.max(floor).intoArray(c, c0 + 3 * L);
    s10.max(floor).intoArray(c, c1);
    s11.max(floor).intoArray(c, c1 + L);
    s12.max(floor).intoArray(c, c1 + 2 * L);
    s13.max(floor).intoArray(c, c1 + 3 * L);
    s20.max(floor).intoArray(c, c2);
    s21.max(floor).intoArray(c, c2 + L);
    s22.max(floor).intoArray(c, c2 + 2 * L);
    s23.max(floor).intoArray(c, c2 + 3 * L);
    s30.max(floor).intoArray(c, c3);
    s31.max(floor).intoArray(c, c3 + L);
    s32.max(floor).intoArray(c, c3 + 2 * L);
    s33.max(floor).intoArray(c, c3 + 3 * L);
  }

  private static void block1x4(float[] a, int ai, int rowStep, int colStep,
      float[] b, int bj, int ldb, float[] c, int cij, int ldc, int k, float[] init, int initAt,
      FloatVector floor) {
    int c0 = cij + 0 * ldc;
    FloatVector s00 = FloatVector.fromArray(S, init, initAt);
    FloatVector s01 = FloatVector.fromArray(S, init, initAt + L);
    FloatVector s02 = FloatVector.fromArray(S, init, initAt + 2 * L);
    FloatVector s03 = FloatVector.fromArray(S, init, initAt + 3 * L);
    int a0 = ai + 0 * rowStep;
    int bp = bj;
    for (int p = 0; p < k; p++) {
      FloatVector b0 = FloatVector.fromArray(S, b, bp);
      FloatVector b1 = FloatVector.fromArray(S, b, bp + L);
      FloatVector b2 = FloatVector.fromArray(S, b, bp + 2 * L);
      FloatVector b3 = FloatVector.fromArray(S, b, bp + 3 * L);
      FloatVector x0 = FloatVector.broadcast(S, a[a0]);
      s00 = x0.fma(b0, s00);
      s01 = x0.fma(b1, s01);
      s02 = x0.fma(b2, s02);
      s03 = x0.fma(b3, s03);
      a0 += colStep;
      bp += ldb;
    }
    s00.max(floor).intoArray(c, c0);
    s01.max(floor).intoArray(c, c0 + L);
    s02.max(floor).intoArray(c, c0 + 2 * L);
    s03.max(floor).intoArray(c, c0 + 3 * L);
  }

  private static void block4x1m(float[] a, int ai, int rowStep, int colStep,
      float[] b, int bj, int ldb, float[] c, int cij, int ldc, int k, float[] init, int initAt,
      FloatVector floor, VectorMask<Float> mask) {
    int c0 = cij + 0 * ldc;
    int c1 = cij + 1 * ldc;
    int c2 = cij + 2 * ldc;
    int c3 = cij + 3 * ldc;
    FloatVector s00 = FloatVector.fromArray(S, init, initAt, mask);
    FloatVector s10 = FloatVector.fromArray(S, init, initAt, mask);
    FloatVector s20 = FloatVector.fromArray(S, init, initAt, mask);
    FloatVector s30 = FloatVector.fromArray(S, init, initAt, mask);
    int a0 = ai + 0 * rowStep;
    int a1 = ai + 1 * rowStep;
    int a2 = ai + 2 * rowStep;
    int a3 = ai + 3 * rowStep;
    int bp = bj;
    for (int p = 0; p < k; p++) {
      FloatVector b0 = FloatVector.fromArray(S, b, bp, mask);
      FloatVector x0 = FloatVector.broadcast(S, a[a0]);
      s00 = x0.fma(b0, s00);
      FloatVector x1 = FloatVector.broadcast(S, a[a1]);
      s10 = x1.fma(b0, s10);
      FloatVector x2 = FloatVector.broadcast(S, a[a2]);
      s20 = x2.fma(b0, s20);
      FloatVector x3 = FloatVector.broadcast(S, a[a3]);
      s30 = x3.fma(b0, s30);
      a0 += colStep;
      a1 += colStep;
      a2 += colStep;
      a3 += colStep;
      bp += ldb;
    }
    s00.max(floor).intoArray(c, c0, mask);
    s10.max(floor).intoArray(c, c1, mask);
    s20.max(floor).intoArray(c, c2, mask);
    s30.max(floor).intoArray(c, c3, mask);
  }

  private static void block1x1m(float[] a, int ai, int rowStep, int colStep,
      float[] b, int bj, int ldb, float[] c, int cij, int ldc, int k, float[] init, int initAt,
      FloatVector floor, VectorMask<Float> mask) {
    int c0 = cij + 0 * ldc;
    FloatVector s00 = FloatVector.fromArray(S, init, initAt, mask);
    int a0 = ai + 0 * rowStep;
    int bp = bj;
    for (int p = 0; p < k; p++) {
      FloatVector b0 = FloatVector.fromArray(S, b, bp, mask);
      FloatVector x0 = FloatVector.broadcast(S, a[a0]);
      s00 = x0.fma(b0, s00);
      a0 += colStep;
      bp += ldb;
    }
    s00.max(floor).intoArray(c, c0, mask);
  }

  @Override
  public void multiplyVector(float[] a, int aOff, int lda, float[] x, int xOff, float bias,
      float[] y, int yOff, int m, int k) {
    int full = S.loopBound(k);
    for (int i = 0; i < m; i++) {
      int ai = aOff + i * lda;
      FloatVector s0 = FloatVector.zero(S);
      FloatVector s1 = FloatVector.zero(S);
      int p = 0;
      for (; p + 2 * L <= full; p += 2 * L) {
        s0 = FloatVector.fromArray(S, a, ai + p).fma(FloatVector.fromArray(S, x, xOff + p), s0);
        s1 = FloatVector.fromArray(S, a, ai + p + L)
            .fma(FloatVector.fromArray(S, x, xOff + p + L), s1);
      }
      for (; p < k; p += L) {
        VectorMask<Float> mask = S.indexInRange(p, k);
        s0 = FloatVector.fromArray(S, a, ai + p, mask)
            .fma(FloatVector.fromArray(S, x, xOff + p, mask), s0);
      }
      y[yOff + i] = sumLanesInOrder(s0.add(s1)) + bias;
    }
  }

  /**
   * Lane 0 + lane 1 + ... in this order: reduceLanes(ADD) leaves the order open, so its result
   * could depend on whether the JIT has compiled the loop yet; a fixed order cannot.
   */
  private static float sumLanesInOrder(FloatVector v) {
    float sum = 0f;
    for (int lane = 0; lane < L; lane++) {
      sum += v.lane(lane);
    }
    return sum;
  }

  @Override
  public void sparseMultiply(SparseRows a, int rows, float[] b, int bOff, int ldb, float[] c,
      int ldc, int n, float[] rowInit, int rowInitOff, boolean relu) {
    FloatVector floor = relu ? RELU_FLOOR : NO_FLOOR;
    int j = 0;
    for (; j + 4 * L <= n; j += 4 * L) {
      for (int r = 0; r < rows; r++) {
        FloatVector s0 = FloatVector.fromArray(S, rowInit, rowInitOff + j);
        FloatVector s1 = FloatVector.fromArray(S, rowInit, rowInitOff + j + L);
        FloatVector s2 = FloatVector.fromArray(S, rowInit, rowInitOff + j + 2 * L);
        FloatVector s3 = FloatVector.fromArray(S, rowInit, rowInitOff + j + 3 * L);
        for (int e = a.rowStart[r]; e < a.rowStart[r + 1]; e++) {
          FloatVector x = FloatVector.broadcast(S, a.values[e]);
          int bp = bOff + a.columns[e] * ldb + j;
          s0 = x.fma(FloatVector.fromArray(S, b, bp), s0);
          s1 = x.fma(FloatVector.fromArray(S, b, bp + L), s1);
          s2 = x.fma(FloatVector.fromArray(S, b, bp + 2 * L), s2);
          s3 = x.fma(FloatVector.fromArray(S, b, bp + 3 * L), s3);
        }
        int cr = r * ldc + j;
        s0.max(floor).intoArray(c, cr);
        s1.max(floor).intoArray(c, cr + L);
        s2.max(floor).intoArray(c, cr + 2 * L);
        s3.max(floor).intoArray(c, cr + 3 * L);
      }
    }
    for (; j < n; j += L) {
      VectorMask<Float> mask = S.indexInRange(j, n);
      for (int r = 0; r < rows; r++) {
        FloatVector s = FloatVector.fromArray(S, rowInit, rowInitOff + j, mask);
        for (int e = a.rowStart[r]; e < a.rowStart[r + 1]; e++) {
          s = FloatVector.broadcast(S, a.values[e])
              .fma(FloatVector.fromArray(S, b, bOff + a.columns[e] * ldb + j, mask), s);
        }
        s.max(floor).intoArray(c, r * ldc + j, mask);
      }
    }
  }

  @Override
  public void sparseTransposeMultiply(SparseRows a, int rows, int cols, float[] d, int ldd, int n,
      float[] out, int outOff) {
    java.util.Arrays.fill(out, outOff, outOff + cols * n, 0f);
    for (int r = 0; r < rows; r++) {
      int dr = r * ldd;
      for (int e = a.rowStart[r]; e < a.rowStart[r + 1]; e++) {
        FloatVector x = FloatVector.broadcast(S, a.values[e]);
        int o = outOff + a.columns[e] * n;
        for (int j = 0; j < n; j += L) {
          VectorMask<Float> mask = S.indexInRange(j, n);
          x.fma(FloatVector.fromArray(S, d, dr + j, mask),
              FloatVector.fromArray(S, out, o + j, mask)).intoArray(out, o + j, mask);
        }
      }
    }
  }

  @Override
  public void weightedRowSum(float[] weights, float[] a, int rows, int cols, float[] out,
      int outOff) {
    for (int j = 0; j < cols; j += L) {
      VectorMask<Float> mask = S.indexInRange(j, cols);
      FloatVector s = FloatVector.zero(S);
      for (int r = 0; r < rows; r++) {
        s = FloatVector.fromArray(S, a, r * cols + j, mask)
            .fma(FloatVector.broadcast(S, weights[r]), s);
      }
      s.intoArray(out, outOff + j, mask);
    }
  }

  @Override
  public void outerProduct(float[] u, int rows, float[] v, int vOff, int cols, float[] out) {
    for (int j = 0; j < cols; j += L) {
      VectorMask<Float> mask = S.indexInRange(j, cols);
      FloatVector vj = FloatVector.fromArray(S, v, vOff + j, mask);
      for (int r = 0; r < rows; r++) {
        vj.mul(u[r]).intoArray(out, r * cols + j, mask);
      }
    }
  }

  @Override
  public void columnSums(float[] a, int rows, int cols, float[] sums, int sumsOff) {
    for (int j = 0; j < cols; j += L) {
      VectorMask<Float> mask = S.indexInRange(j, cols);
      FloatVector s = FloatVector.zero(S);
      for (int i = 0; i < rows; i++) {
        s = s.add(FloatVector.fromArray(S, a, i * cols + j, mask));
      }
      s.intoArray(sums, sumsOff + j, mask);
    }
  }

  @Override
  public void reluBackward(float[] activations, float[] grad, int n) {
    int i = 0;
    for (; i < S.loopBound(n); i += L) {
      FloatVector h = FloatVector.fromArray(S, activations, i);
      FloatVector g = FloatVector.fromArray(S, grad, i);
      g.blend(0f, h.compare(VectorOperators.GT, 0f).not()).intoArray(grad, i);
    }
    for (; i < n; i++) {
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
    float inverseCorrection = 1f / sqrtBiasCorrection2;
    int end = off + n;
    int i = off;
    for (; i + L <= end; i += L) {
      FloatVector p = FloatVector.fromArray(S, params, i);
      FloatVector g = FloatVector.fromArray(S, grads, i);
      if (decay != 0f) {
        g = p.mul(decay).add(g);
      }
      FloatVector m1 = FloatVector.fromArray(S, m, i).mul(beta1).add(g.mul(oneMinusBeta1));
      FloatVector v1 = FloatVector.fromArray(S, v, i).mul(beta2).add(g.mul(g).mul(oneMinusBeta2));
      m1.intoArray(m, i);
      v1.intoArray(v, i);
      FloatVector denominator = v1.sqrt().mul(inverseCorrection).add(eps);
      p.sub(m1.mul(stepSize).div(denominator)).intoArray(params, i);
    }
    for (; i < end; i++) {
      float g = grads[i] + decay * params[i];
      m[i] = beta1 * m[i] + oneMinusBeta1 * g;
      v[i] = beta2 * v[i] + oneMinusBeta2 * g * g;
      float denominator = (float) Math.sqrt(v[i]) * inverseCorrection + eps;
      params[i] -= stepSize * m[i] / denominator;
    }
  }
}
