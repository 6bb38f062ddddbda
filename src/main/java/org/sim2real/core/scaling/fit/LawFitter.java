package org.sim2real.core.scaling.fit;

import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * Fits one {@link LawForm} to points (x, y) by bounded least squares, with robust starting values:
 * for each value of the nonlinear shape parameter on a grid (alpha, or n0) the linear parameters D
 * and C come from a weighted linear solve with D > 0, C >= 0; the best grid point (or the caller's
 * start, e.g. the full-data fit when bootstrapping, if it is better) is refined by {@link
 * BoundedLevenbergMarquardt} in coordinates that keep D > 0 (ln D) and alpha or ln n0 inside their
 * bounds (a logistic map); C >= 0 is enforced as an active set (see {@link Coordinates}). Bounds are
 * the reference's: D >= 1e-12, alpha in (1e-6, 3), C >= 0; n0 stays within (x_min / 1000, x_max *
 * 1000).
 */
public final class LawFitter {
  private static final int GRID = 40;
  private static final double[] ALPHA_GRID = logGrid(1e-3, LawForm.MAX_ALPHA, GRID);
  private static final double LN_MIN_D = Math.log(LawForm.MIN_D);
  private static final double LN_MAX_D = 700;
  private static final int FREE_FLOOR_EVALUATIONS = 100;

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
    double bestSs = sumOfSquares(form, best, x, y, w);
    if (start != null && sumOfSquares(form, start, x, y, w) < bestSs) {
      best = start.clone();
      bestSs = sumOfSquares(form, start, x, y, w);
    }
    double[] p = form == LawForm.PURE_POWER_LAW
        ? optimize(new Coordinates(form, x, false), x, y, w, best,
            BoundedLevenbergMarquardt.MAX_EVALUATIONS)
        : fitWithFloor(form, x, y, w, best);
    if (p == null) {
      return null;
    }
    double ss = sumOfSquares(form, p, x, y, w);
    if (!(ss <= bestSs)) {
      p = best; // never return something worse than the (feasible) start
      ss = bestSs;
    }
    boolean atBound = new Coordinates(form, x, false).atBound(p);
    return new LawFit(form, p, ss, x.length, atBound, form != LawForm.PURE_POWER_LAW && p[2] <= 0);
  }

  /**
   * C >= 0 as an active set. When the start already has C = 0 the face C = 0 is fitted first and
   * kept if it satisfies the optimality condition for the bound (raising C would not lower the sum
   * of squares: the weighted residuals sum to <= 0); otherwise, or when the start has C > 0, the
   * floor is freed, and a free optimum below 0 sends the fit back to the face. The free fit gets a
   * small budget: with the floor free the optimum can run away (D -> infinity, C -> -infinity) when
   * the points curve the wrong way.
   */
  private static double @Nullable [] fitWithFloor(
      LawForm form, double[] x, double[] y, double[] w, double[] best) {
    double[] face = null;
    if (best[2] <= 0) {
      face = optimize(new Coordinates(form, x, true), x, y, w, best,
          BoundedLevenbergMarquardt.MAX_EVALUATIONS);
      if (face != null && floorWouldNotHelp(form, face, x, y, w)) {
        return face;
      }
    }
    // a floor below -max(y) is far on the infeasible side: stop there, the face decides
    double runaway = -max(y);
    double[] free = optimize(new Coordinates(form, x, false), x, y, w, face != null ? face : best,
        FREE_FLOOR_EVALUATIONS, q -> q[2] < runaway);
    if (free != null && free[2] >= 0) {
      return free;
    }
    if (face == null) {
      double[] faceStart = best.clone();
      faceStart[2] = 0;
      face = optimize(new Coordinates(form, x, true), x, y, w, faceStart,
          BoundedLevenbergMarquardt.MAX_EVALUATIONS);
    }
    return face;
  }

  /** d(sum of squares)/dC >= 0 at C = 0: the bound is active at the optimum. */
  private static boolean floorWouldNotHelp(
      LawForm form, double[] p, double[] x, double[] y, double[] w) {
    double weightedResidual = 0;
    double scale = 0;
    for (int i = 0; i < x.length; i++) {
      weightedResidual += w[i] * (y[i] - form.value(p, x[i]));
      scale += w[i] * Math.abs(y[i]);
    }
    return weightedResidual <= 1e-9 * scale;
  }

  private static double @Nullable [] optimize(Coordinates coordinates, double[] x, double[] y,
      double[] w, double[] start, int maxEvaluations) {
    return optimize(coordinates, x, y, w, start, maxEvaluations, q -> false);
  }

  private static double @Nullable [] optimize(Coordinates coordinates, double[] x, double[] y,
      double[] w, double[] start, int maxEvaluations,
      java.util.function.Predicate<double[]> abandon) {
    double[] q = BoundedLevenbergMarquardt.minimize(
        (point, values, jacobian) -> coordinates.evaluate(point, x, w, values, jacobian),
        scaledTargets(y, w), coordinates.toInternal(start), coordinates.lower(), coordinates.upper(),
        maxEvaluations, abandon);
    return q == null ? null : coordinates.toNatural(q);
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

  /**
   * Optimizer coordinates: q = [ln D, v, C] with the shape (alpha, or ln n0) = logistic(v) inside
   * its bounds. The floor C is left free (an active-set treatment of C >= 0: when the free optimum
   * has C < 0 the fit is repeated with C fixed at 0, which converges far better than clamping or a
   * square transform, both of which stall on the bound); the pure power law has no C.
   */
  private static final class Coordinates {
    private final LawForm form;
    private final IntervalTransform shape;
    private final boolean hasFloor;

    Coordinates(LawForm form, double[] x, boolean floorFixedAtZero) {
      this.form = form;
      this.shape = form == LawForm.EXPONENTIAL_SATURATION
          ? new IntervalTransform(Math.log(min(x) / 1000), Math.log(max(x) * 1000))
          : new IntervalTransform(LawForm.MIN_ALPHA, LawForm.MAX_ALPHA);
      this.hasFloor = form != LawForm.PURE_POWER_LAW && !floorFixedAtZero;
    }

    double[] toInternal(double[] p) {
      double[] q = new double[hasFloor ? 3 : 2];
      q[0] = Math.log(Math.max(p[0], LawForm.MIN_D));
      q[1] = shape.inverse(form == LawForm.EXPONENTIAL_SATURATION ? Math.log(p[1]) : p[1]);
      if (hasFloor) {
        q[2] = p[2];
      }
      return q;
    }

    double[] toNatural(double[] q) {
      double[] p = new double[form.parameterCount()];
      p[0] = Math.exp(q[0]);
      double s = shape.value(q[1]);
      p[1] = form == LawForm.EXPONENTIAL_SATURATION ? Math.exp(s) : s;
      if (hasFloor) {
        p[2] = q[2];
      }
      return p;
    }

    double[] lower() {
      double[] lower = {LN_MIN_D, -IntervalTransform.LIMIT, -1e150};
      return Arrays.copyOf(lower, hasFloor ? 3 : 2);
    }

    double[] upper() {
      double[] upper = {LN_MAX_D, IntervalTransform.LIMIT, 1e150};
      return Arrays.copyOf(upper, hasFloor ? 3 : 2);
    }

    boolean atBound(double[] p) {
      double s = form == LawForm.EXPONENTIAL_SATURATION ? Math.log(p[1]) : p[1];
      return shape.atBound(s) || p[0] <= LawForm.MIN_D * (1 + 1e-6);
    }

    void evaluate(double[] q, double[] x, double[] w, double[] values, double[][] jacobian) {
      double d = Math.exp(q[0]);
      double s = shape.value(q[1]);
      double ds = shape.derivative(q[1]);
      double c = hasFloor ? q[2] : 0;
      for (int i = 0; i < x.length; i++) {
        double root = Math.sqrt(w[i]);
        double[] row = jacobian[i];
        double term;
        if (form == LawForm.EXPONENTIAL_SATURATION) {
          double n0 = Math.exp(s);
          term = d * Math.exp(-x[i] / n0);
          row[1] = root * term * x[i] / n0 * ds;
        } else {
          term = d * Math.pow(x[i], -s);
          row[1] = -root * term * Math.log(x[i]) * ds;
        }
        values[i] = root * (term + c);
        row[0] = root * term;
        if (hasFloor) {
          row[2] = root;
        }
      }
    }
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

  /** {@code count} values spaced evenly in log from {@code from} to {@code to} (both included). */
  public static double[] logGrid(double from, double to, int count) {
    double[] grid = new double[count];
    for (int i = 0; i < count; i++) {
      grid[i] = Math.exp(Math.log(from) + (Math.log(to) - Math.log(from)) * i / (count - 1));
    }
    return grid;
  }

  static double[] ones(int length) {
    double[] w = new double[length];
    Arrays.fill(w, 1.0);
    return w;
  }

  static double min(double[] x) {
    return Arrays.stream(x).min().orElseThrow();
  }

  static double max(double[] x) {
    return Arrays.stream(x).max().orElseThrow();
  }
}
