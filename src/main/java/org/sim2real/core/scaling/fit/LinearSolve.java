package org.sim2real.core.scaling.fit;

import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * Weighted least squares with two columns, y = u g + v h, under u >= 1e-12 and v >= 0: the linear
 * part of the laws (D and C of D n^-alpha + C for a fixed alpha), used for starting values.
 */
final class LinearSolve {
  private LinearSolve() {}

  /**
   * y = D g + C with D >= 1e-12, C >= 0 (C fixed at 0 when {@code withOffset} is false).
   *
   * @return {D, C}
   */
  static double[] slopeAndOffset(double[] g, double[] y, double[] w, boolean withOffset) {
    double[] ones = new double[g.length];
    Arrays.fill(ones, 1.0);
    return twoColumns(g, withOffset ? ones : null, y, w);
  }

  /**
   * y = u g + v h with u >= 1e-12 and v >= 0; h null means v = 0. When no u > 0 fits (the data rise
   * where g falls), u is its minimum and v the best non-negative value for it: a flat curve that
   * the caller's fit then reports as at a bound.
   *
   * @return {u, v}
   */
  static double[] twoColumns(double[] g, double @Nullable [] h, double[] y,
      double[] w) {
    double sgg = 0;
    double shh = 0;
    double sgh = 0;
    double sgy = 0;
    double shy = 0;
    for (int i = 0; i < g.length; i++) {
      double hi = h == null ? 0 : h[i];
      sgg += w[i] * g[i] * g[i];
      shh += w[i] * hi * hi;
      sgh += w[i] * g[i] * hi;
      sgy += w[i] * g[i] * y[i];
      shy += w[i] * hi * y[i];
    }
    double u;
    double v = 0;
    double det = sgg * shh - sgh * sgh;
    if (h != null && det > 1e-12 * sgg * shh) {
      u = (shh * sgy - sgh * shy) / det;
      v = (sgg * shy - sgh * sgy) / det;
      if (v < 0) {
        v = 0;
        u = sgy / sgg;
      }
    } else {
      u = sgy / sgg;
    }
    if (!(u > LawForm.MIN_D)) {
      u = LawForm.MIN_D;
      v = h == null || shh == 0 ? 0 : Math.max(0, (shy - u * sgh) / shh);
    }
    return new double[] {u, v};
  }
}
