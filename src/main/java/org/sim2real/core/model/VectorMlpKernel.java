package org.sim2real.core.model;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;
import org.jspecify.annotations.Nullable;

/**
 * The MLP primitives on the JDK Vector API. The matrix product is register-blocked: a block of 4
 * rows of C times 4 vectors of columns lives in 16 accumulators while the k loop streams one row
 * of B (4 contiguous vector loads) and broadcasts 4 scalars of op(A), i.e. 16 FMAs per 8 loads.
 * Remaining rows and columns are handled by 1-row and masked 1-vector blocks.
 *
 * <p>Only loaded when the {@code jdk.incubator.vector} module is present (see {@link MlpKernels}).
 */
final class VectorMlpKernel implements MlpKernel {
  private static final VectorSpecies<Float> S = FloatVector.SPECIES_PREFERRED;
  private static final int L = S.length();

  @Override
  public String name() {
    return "vector-" + S.vectorBitSize() + "bit";
  }

  @Override
  public void multiply(float[] a, int aOff, int lda, boolean transA, float[] b, int bOff, int ldb,
      float[] c, int cOff, int ldc, int m, int n, int k,
      float @Nullable [] bias, int biasOff, boolean accumulate, boolean relu) {
    int rowStep = transA ? 1 : lda;
    int colStep = transA ? lda : 1;
    int i = 0;
    for (; i + 4 <= m; i += 4) {
      int ai = aOff + i * rowStep;
      int ci = cOff + i * ldc;
      int j = 0;
      for (; j + 4 * L <= n; j += 4 * L) {
        block4x4(a, ai, rowStep, colStep, b, bOff + j, ldb, c, ci + j, ldc, k,
            bias, biasOff + j, accumulate, relu);
      }
      for (; j < n; j += L) {
        block4x1(a, ai, rowStep, colStep, b, bOff + j, ldb, c, ci + j, ldc, k,
            bias, biasOff + j, accumulate, relu, S.indexInRange(j, n));
      }
    }
    for (; i < m; i++) {
      int ai = aOff + i * rowStep;
      int ci = cOff + i * ldc;
      int j = 0;
      for (; j + 4 * L <= n; j += 4 * L) {
        block1x4(a, ai, colStep, b, bOff + j, ldb, c, ci + j, k, bias, biasOff + j, accumulate,
            relu);
      }
      for (; j < n; j += L) {
        block1x1(a, ai, colStep, b, bOff + j, ldb, c, ci + j, k, bias, biasOff + j, accumulate,
            relu, S.indexInRange(j, n));
      }
    }
  }

  private static FloatVector initial(float @Nullable [] bias, int biasAt, boolean accumulate,
      float[] c, int cAt) {
    if (bias != null) {
      return FloatVector.fromArray(S, bias, biasAt);
    }
    return accumulate ? FloatVector.fromArray(S, c, cAt) : FloatVector.zero(S);
  }

  private static FloatVector initial(float @Nullable [] bias, int biasAt, boolean accumulate,
      float[] c, int cAt, VectorMask<Float> mask) {
    if (bias != null) {
      return FloatVector.fromArray(S, bias, biasAt, mask);
    }
    return accumulate ? FloatVector.fromArray(S, c, cAt, mask) : FloatVector.zero(S);
  }

  private static void store(FloatVector v, boolean relu, float[] c, int at) {
    (relu ? v.max(0f) : v).intoArray(c, at);
  }

  private static void store(FloatVector v, boolean relu, float[] c, int at, VectorMask<Float> m) {
    (relu ? v.max(0f) : v).intoArray(c, at, m);
  }

  private static void block4x4(float[] a, int ai, int rowStep, int colStep, float[] b, int bj,
      int ldb, float[] c, int cij, int ldc, int k, float @Nullable [] bias, int biasAt,
      boolean accumulate, boolean relu) {
    int c0 = cij;
    int c1 = cij + ldc;
    int c2 = c1 + ldc;
    int c3 = c2 + ldc;
    FloatVector s00 = initial(bias, biasAt, accumulate, c, c0);
    FloatVector s01 = initial(bias, biasAt + L, accumulate, c, c0 + L);
    FloatVector s02 = initial(bias, biasAt + 2 * L, accumulate, c, c0 + 2 * L);
    FloatVector s03 = initial(bias, biasAt + 3 * L, accumulate, c, c0 + 3 * L);
    FloatVector s10 = initial(bias, biasAt, accumulate, c, c1);
    FloatVector s11 = initial(bias, biasAt + L, accumulate, c, c1 + L);
    FloatVector s12 = initial(bias, biasAt + 2 * L, accumulate, c, c1 + 2 * L);
    FloatVector s13 = initial(bias, biasAt + 3 * L, accumulate, c, c1 + 3 * L);
    FloatVector s20 = initial(bias, biasAt, accumulate, c, c2);
    FloatVector s21 = initial(bias, biasAt + L, accumulate, c, c2 + L);
    FloatVector s22 = initial(bias, biasAt + 2 * L, accumulate, c, c2 + 2 * L);
    FloatVector s23 = initial(bias, biasAt + 3 * L, accumulate, c, c2 + 3 * L);
    FloatVector s30 = initial(bias, biasAt, accumulate, c, c3);
    FloatVector s31 = initial(bias, biasAt + L, accumulate, c, c3 + L);
    FloatVector s32 = initial(bias, biasAt + 2 * L, accumulate, c, c3 + 2 * L);
    FloatVector s33 = initial(bias, biasAt + 3 * L, accumulate, c, c3 + 3 * L);
    int a0 = ai;
    int a1 = ai + rowStep;
    int a2 = a1 + rowStep;
    int a3 = a2 + rowStep;
    int bp = bj;
    for (int p = 0; p < k; p++) {
      FloatVector b0 = FloatVector.fromArray(S, b, bp);
      FloatVector b1 = FloatVector.fromArray(S, b, bp + L);
      FloatVector b2 = FloatVector.fromArray(S, b, bp + 2 * L);
      FloatVector b3 = FloatVector.fromArray(S, b, bp + 3 * L);
      FloatVector x = FloatVector.broadcast(S, a[a0]);
      s00 = x.fma(b0, s00);
      s01 = x.fma(b1, s01);
      s02 = x.fma(b2, s02);
      s03 = x.fma(b3, s03);
      x = FloatVector.broadcast(S, a[a1]);
      s10 = x.fma(b0, s10);
      s11 = x.fma(b1, s11);
      s12 = x.fma(b2, s12);
      s13 = x.fma(b3, s13);
      x = FloatVector.broadcast(S, a[a2]);
      s20 = x.fma(b0, s20);
      s21 = x.fma(b1, s21);
      s22 = x.fma(b2, s22);
      s23 = x.fma(b3, s23);
      x = FloatVector.broadcast(S, a[a3]);
      s30 = x.fma(b0, s30);
      s31 = x.fma(b1, s31);
      s32 = x.fma(b2, s32);
      s33 = x.fma(b3, s33);
      a0 += colStep;
      a1 += colStep;
      a2 += colStep;
      a3 += colStep;
      bp += ldb;
    }
    store(s00, relu, c, c0);
    store(s01, relu, c, c0 + L);
    store(s02, relu, c, c0 + 2 * L);
    store(s03, relu, c, c0 + 3 * L);
    store(s10, relu, c, c1);
    store(s11, relu, c, c1 + L);
    store(s12, relu, c, c1 + 2 * L);
    store(s13, relu, c, c1 + 3 * L);
    store(s20, relu, c, c2);
    store(s21, relu, c, c2 + L);
    store(s22, relu, c, c2 + 2 * L);
    store(s23, relu, c, c2 + 3 * L);
    store(s30, relu, c, c3);
    store(s31, relu, c, c3 + L);
    store(s32, relu, c, c3 + 2 * L);
    store(s33, relu, c, c3 + 3 * L);
  }

  private static void block4x1(float[] a, int ai, int rowStep, int colStep, float[] b, int bj,
      int ldb, float[] c, int cij, int ldc, int k, float @Nullable [] bias, int biasAt,
      boolean accumulate, boolean relu, VectorMask<Float> mask) {
    int c0 = cij;
    int c1 = cij + ldc;
    int c2 = c1 + ldc;
    int c3 = c2 + ldc;
    FloatVector s0 = initial(bias, biasAt, accumulate, c, c0, mask);
    FloatVector s1 = initial(bias, biasAt, accumulate, c, c1, mask);
    FloatVector s2 = initial(bias, biasAt, accumulate, c, c2, mask);
    FloatVector s3 = initial(bias, biasAt, accumulate, c, c3, mask);
    int a0 = ai;
    int bp = bj;
    for (int p = 0; p < k; p++) {
      FloatVector bv = FloatVector.fromArray(S, b, bp, mask);
      s0 = FloatVector.broadcast(S, a[a0]).fma(bv, s0);
      s1 = FloatVector.broadcast(S, a[a0 + rowStep]).fma(bv, s1);
      s2 = FloatVector.broadcast(S, a[a0 + 2 * rowStep]).fma(bv, s2);
      s3 = FloatVector.broadcast(S, a[a0 + 3 * rowStep]).fma(bv, s3);
      a0 += colStep;
      bp += ldb;
    }
    store(s0, relu, c, c0, mask);
    store(s1, relu, c, c1, mask);
    store(s2, relu, c, c2, mask);
    store(s3, relu, c, c3, mask);
  }

  private static void block1x4(float[] a, int ai, int colStep, float[] b, int bj, int ldb,
      float[] c, int cj, int k, float @Nullable [] bias, int biasAt, boolean accumulate,
      boolean relu) {
    FloatVector s0 = initial(bias, biasAt, accumulate, c, cj);
    FloatVector s1 = initial(bias, biasAt + L, accumulate, c, cj + L);
    FloatVector s2 = initial(bias, biasAt + 2 * L, accumulate, c, cj + 2 * L);
    FloatVector s3 = initial(bias, biasAt + 3 * L, accumulate, c, cj + 3 * L);
    int a0 = ai;
    int bp = bj;
    for (int p = 0; p < k; p++) {
      FloatVector x = FloatVector.broadcast(S, a[a0]);
      s0 = x.fma(FloatVector.fromArray(S, b, bp), s0);
      s1 = x.fma(FloatVector.fromArray(S, b, bp + L), s1);
      s2 = x.fma(FloatVector.fromArray(S, b, bp + 2 * L), s2);
      s3 = x.fma(FloatVector.fromArray(S, b, bp + 3 * L), s3);
      a0 += colStep;
      bp += ldb;
    }
    store(s0, relu, c, cj);
    store(s1, relu, c, cj + L);
    store(s2, relu, c, cj + 2 * L);
    store(s3, relu, c, cj + 3 * L);
  }

  private static void block1x1(float[] a, int ai, int colStep, float[] b, int bj, int ldb,
      float[] c, int cj, int k, float @Nullable [] bias, int biasAt, boolean accumulate,
      boolean relu, VectorMask<Float> mask) {
    FloatVector s = initial(bias, biasAt, accumulate, c, cj, mask);
    int a0 = ai;
    int bp = bj;
    for (int p = 0; p < k; p++) {
      s = FloatVector.broadcast(S, a[a0]).fma(FloatVector.fromArray(S, b, bp, mask), s);
      a0 += colStep;
      bp += ldb;
    }
    store(s, relu, c, cj, mask);
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
      if (p < k) {
        VectorMask<Float> mask = S.indexInRange(p, k);
        s0 = FloatVector.fromArray(S, a, ai + p, mask)
            .fma(FloatVector.fromArray(S, x, xOff + p, mask), s0);
        p += L;
        if (p < k) {
          mask = S.indexInRange(p, k);
          s1 = FloatVector.fromArray(S, a, ai + p, mask)
              .fma(FloatVector.fromArray(S, x, xOff + p, mask), s1);
        }
      }
      y[yOff + i] = s0.add(s1).reduceLanes(VectorOperators.ADD) + bias;
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
