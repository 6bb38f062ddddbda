package org.sim2real.core.scaling;

import org.jspecify.annotations.Nullable;

/**
 * Fits one {@link LawForm} to points (x, y) by bounded least squares, with robust starting values:
 * for each value of the nonlinear shape parameter on a grid (alpha, or n0) the linear parameters D
 * and C come from a weighted linear solve with D > 0, C >= 0; the best grid point (or the caller's
 * start, e.g. the full-data fit when bootstrapping, if it is better) is refined by {@link
 * BoundedLevenbergMarquardt}. Bounds are the reference's: D >= 1e-12, alpha in [1e-6, 3], C >= 0;
 * n0 stays within [x_min / 1000, x_max * 1000].
 */
final class LawFitter {
  private static final int GRID = 40;
  private static final double[] ALPHA_GRID = logGrid(1e-3, LawForm.MAX_ALPHA, GRID);
  private static final double LN_MIN_D = Math.log(LawForm.MIN_D);
  private static final double LN_MAX_D = 700;
  private static final double BOUND_TOLERANCE = 1e-7;

  private LawFitter() {}

  /**
   * @param weights per-point weights (inverse variances) or null for an unweighted fit
   * @param start a starting parameter vector in the form's order, or null
   * @return the fit, or null when the optimizer failed
   */
  static @Nullable LawFit fit(
      LawForm form, double[] x, double[] y, double @Nullable [] weights, double @Nullable [] start) {
    double[] w = weights != null ? weights : ones(x.length);
    double[] best = gridStart(form, x, y, w);
    if (start != null && sumOfSquares(form, start, x, y, w) < sumOfSquares(form, best, x, y, w)) {
      best = start.clone();
    }
    double[] lower = lowerBounds(form, x);
    double[] upper = upperBounds(form, x);
    double[] optimum =
        BoundedLevenbergMarquardt.minimize(
            (q, values, jacobian) -> evaluate(form, q, x, w, values, jacobian),
            scaledTargets(y, w),
            toInternal(form, best),
            lower,
            upper);
    if (optimum == null) {
      return null;
    }
    double[] p = toNatural(form, optimum);
    double ss = sumOfSquares(form, p, x, y, w);
    double startSs = sumOfSquares(form, best, x, y, w);
    if (!(ss <= startSs)) {
      p = best; // the clamped optimizer can stall above a good start; never return the worse one
      ss = startSs;
      optimum = toInternal(form, p);
    }
    if (form == LawForm.POWER_LAW_WITH_OFFSET && floorAtZero(form, p)) {
      // LM with clamping can stall on the C = 0 face; the pure power law is that face exactly
      LawFit pure = fit(LawForm.PURE_POWER_LAW, x, y, weights, new double[] {p[0], p[1]});
      if (pure != null && pure.sumOfSquares() < ss) {
        p = new double[] {pure.parameter(0), pure.parameter(1), 0};
        ss = pure.sumOfSquares();
        optimum = toInternal(form, p);
      }
    }
    return new LawFit(form, p, ss, x.length, atBound(form, optimum, lower, upper), floorAtZero(form, p));
  }

  static double sumOfSquares(LawForm form, double[] p, double[] x, double[] y, double[] w) {
    double ss = 0;
    for (int i = 0; i < x.length; i++) {
      double r = y[i] - form.value(p, x[i]);
      ss += w[i] * r * r;
    }
    return ss;
  }

  /** Best grid point of the shape parameter with D, C from a constrained linear solve. */
  private static double[] gridStart(LawForm form, double[] x, double[] y, double[] w) {
    double[] shapes = form == LawForm.EXPONENTIAL_SATURATION ? n0Grid(x) : ALPHA_GRID;
    boolean withOffset = form != LawForm.PURE_POWER_LAW;
    double[] best = null;
    double bestSs = Double.POSITIVE_INFINITY;
    double[] g = new double[x.length];
    for (double shape : shapes) {
      for (int i = 0; i < x.length; i++) {
        g[i] = form == LawForm.EXPONENTIAL_SATURATION ? Math.exp(-x[i] / shape) : Math.pow(x[i], -shape);
      }
      double[] dc = LinearSolve.slopeAndOffset(g, y, w, withOffset);
      double[] p =
          withOffset ? new double[] {dc[0], shape, dc[1]} : new double[] {dc[0], shape};
      double ss = sumOfSquares(form, p, x, y, w);
      if (ss < bestSs) {
        bestSs = ss;
        best = p;
      }
    }
    if (best == null) {
      throw new IllegalStateException("grid produced no finite start");
    }
    return best;
  }

  private static void evaluate(
      LawForm form, double[] q, double[] x, double[] w, double[] values, double[][] jacobian) {
    double d = Math.exp(q[0]);
    for (int i = 0; i < x.length; i++) {
      double s = Math.sqrt(w[i]);
      double[] row = jacobian[i];
      if (form == LawForm.EXPONENTIAL_SATURATION) {
        double n0 = Math.exp(q[1]);
        double e = d * Math.exp(-x[i] / n0);
        values[i] = s * (q[2] + e);
        row[0] = s * e;
        row[1] = s * e * x[i] / n0;
        row[2] = s;
      } else {
        double term = d * Math.pow(x[i], -q[1]);
        values[i] = s * (term + (form == LawForm.POWER_LAW_WITH_OFFSET ? q[2] : 0));
        row[0] = s * term;
        row[1] = -s * term * Math.log(x[i]);
        if (form == LawForm.POWER_LAW_WITH_OFFSET) {
          row[2] = s;
        }
      }
    }
  }

  /** Internal coordinates: [ln D, alpha, C], [ln D, alpha], [ln D, ln n0, C]. */
  private static double[] toInternal(LawForm form, double[] p) {
    double[] q = p.clone();
    q[0] = Math.log(Math.max(p[0], LawForm.MIN_D));
    if (form == LawForm.EXPONENTIAL_SATURATION) {
      q[1] = Math.log(p[1]);
    }
    return q;
  }

  private static double[] toNatural(LawForm form, double[] q) {
    double[] p = q.clone();
    p[0] = Math.exp(q[0]);
    if (form == LawForm.EXPONENTIAL_SATURATION) {
      p[1] = Math.exp(q[1]);
    }
    return p;
  }

  private static double[] lowerBounds(LawForm form, double[] x) {
    return switch (form) {
      case POWER_LAW_WITH_OFFSET -> new double[] {LN_MIN_D, LawForm.MIN_ALPHA, 0};
      case PURE_POWER_LAW -> new double[] {LN_MIN_D, LawForm.MIN_ALPHA};
      case EXPONENTIAL_SATURATION -> new double[] {LN_MIN_D, Math.log(min(x) / 1000), 0};
    };
  }

  private static double[] upperBounds(LawForm form, double[] x) {
    double inf = Double.POSITIVE_INFINITY;
    return switch (form) {
      case POWER_LAW_WITH_OFFSET -> new double[] {LN_MAX_D, LawForm.MAX_ALPHA, inf};
      case PURE_POWER_LAW -> new double[] {LN_MAX_D, LawForm.MAX_ALPHA};
      case EXPONENTIAL_SATURATION -> new double[] {LN_MAX_D, Math.log(max(x) * 1000), inf};
    };
  }

  private static boolean atBound(LawForm form, double[] q, double[] lower, double[] upper) {
    for (int i = 0; i < 2; i++) {
      double span = Math.max(1, Math.abs(upper[i] - lower[i]));
      if (q[i] - lower[i] <= BOUND_TOLERANCE * span
          || (Double.isFinite(upper[i]) && upper[i] - q[i] <= BOUND_TOLERANCE * span)) {
        return true;
      }
    }
    return false;
  }

  private static boolean floorAtZero(LawForm form, double[] p) {
    return form != LawForm.PURE_POWER_LAW && p[2] <= 0;
  }

  private static double[] scaledTargets(double[] y, double[] w) {
    double[] t = new double[y.length];
    for (int i = 0; i < y.length; i++) {
      t[i] = Math.sqrt(w[i]) * y[i];
    }
    return t;
  }

  private static double[] n0Grid(double[] x) {
    return logGrid(min(x) / 10, max(x) * 10, GRID);
  }

  static double[] logGrid(double from, double to, int count) {
    double[] grid = new double[count];
    for (int i = 0; i < count; i++) {
      grid[i] = Math.exp(Math.log(from) + (Math.log(to) - Math.log(from)) * i / (count - 1));
    }
    return grid;
  }

  static double[] ones(int length) {
    double[] w = new double[length];
    java.util.Arrays.fill(w, 1.0);
    return w;
  }

  static double min(double[] x) {
    return java.util.Arrays.stream(x).min().orElseThrow();
  }

  static double max(double[] x) {
    return java.util.Arrays.stream(x).max().orElseThrow();
  }
}
