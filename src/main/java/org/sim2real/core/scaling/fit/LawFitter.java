package org.sim2real.core.scaling.fit;

import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * Fits one {@link LawForm} to points (x, y) by bounded least squares, with robust starting values:
 * for each value of the nonlinear shape parameters on a grid (alpha; n0; alpha and n_b) the linear
 * parameters D and C come from a weighted linear solve with D > 0, C >= 0; the best grid point (or
 * the caller's start, e.g. the full-data fit when bootstrapping, if it is better) is refined by
 * {@link BoundedLevenbergMarquardt} in coordinates that keep D > 0 (ln D) and the shape parameters
 * inside their bounds (a logistic map); C >= 0 is enforced as an active set (see {@link
 * #fitWithFloor}). Bounds are the reference's: D >= 1e-12, alpha in (1e-6, 3), C >= 0; n0 stays
 * within (x_min / 1000, x_max * 1000) and the break n_b within (x_min / 100, x_max * 10).
 *
 * <p>A fit whose optimizer does not converge within its budget is a failed fit (null), never a
 * silent fallback: bootstrap summaries count it as failed.
 */
public final class LawFitter {
  private static final int GRID = 40;
  private static final double[] ALPHA_GRID = logGrid(1e-3, LawForm.MAX_ALPHA, GRID);
  private static final double[] BROKEN_ALPHA_GRID = logGrid(0.02, LawForm.MAX_ALPHA, 12);
  private static final int BREAK_GRID = 12;

  /**
   * The break may lie this far below the smallest size: then the broken power law is the power law
   * with offset within 1% at every measured size, so it can describe curves that fall from the
   * start as well as curves that are flat first.
   */
  private static final double BREAK_RANGE = 100;
  private static final double LN_MIN_D = Math.log(LawForm.MIN_D);
  private static final double LN_MAX_D = 700;
  private static final int FREE_FLOOR_EVALUATIONS = 100;

  private LawFitter() {}

  /**
   * @param weights per-point weights (inverse variances) or null for an unweighted fit
   * @param start a starting parameter vector in the form's order, or null
   * @return the fit, or null when the optimizer failed or did not converge
   */
  static @Nullable LawFit fit(
      LawForm form, double[] x, double[] y, double @Nullable [] weights, double @Nullable [] start) {
    double[] w = weights != null ? weights : ones(x.length);
    double[] best = gridStart(form, x, y, w);
    double bestSs = sumOfSquares(form, best, x, y, w);
    if (start != null && start.length == form.parameterCount()) {
      double[] feasible = new Coordinates(form, x, false).clampNatural(start);
      double ss = sumOfSquares(form, feasible, x, y, w);
      if (ss < bestSs) {
        best = feasible;
        bestSs = ss;
      }
    }
    double[] p = form == LawForm.PURE_POWER_LAW
        ? optimize(new Coordinates(form, x, false), x, y, w, best,
            BoundedLevenbergMarquardt.MAX_EVALUATIONS, q -> false)
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
    return new LawFit(form, p, ss, x.length, atBound,
        form != LawForm.PURE_POWER_LAW && p[2] <= 0);
  }

  /**
   * C >= 0 as an active set. When the start already has C = 0 the face C = 0 is fitted first and
   * kept if it satisfies the optimality condition for the bound (raising C would not lower the sum
   * of squares: the weighted residuals sum to <= 0); otherwise, or when the start has C > 0, the
   * floor is freed, and a free optimum below 0 sends the fit back to the face. The free fit first
   * gets a small budget (with the floor free the optimum can run away, D to infinity and C to minus
   * infinity, when the points curve the wrong way; it is abandoned there), then the full one; a
   * free fit that does not converge with the full budget fails the whole fit.
   */
  private static double @Nullable [] fitWithFloor(
      LawForm form, double[] x, double[] y, double[] w, double[] best) {
    double[] face = null;
    if (best[2] <= 0) {
      face = optimize(new Coordinates(form, x, true), x, y, w, best,
          BoundedLevenbergMarquardt.MAX_EVALUATIONS, q -> false);
      if (face != null && floorWouldNotHelp(form, face, x, y, w)) {
        return face;
      }
    }
    // a floor below -max(y) is far on the infeasible side: stop there, the face decides
    double runaway = -max(y);
    double[] freeStart = face != null ? face : best;
    Coordinates free = new Coordinates(form, x, false);
    int floor = free.floorIndex();
    double[] p = optimize(free, x, y, w, freeStart, FREE_FLOOR_EVALUATIONS,
        q -> q[floor] < runaway);
    if (p == null) {
      p = optimize(free, x, y, w, freeStart, BoundedLevenbergMarquardt.MAX_EVALUATIONS,
          q -> q[floor] < runaway);
      if (p == null) {
        return null;
      }
    }
    if (p[2] >= 0) {
      return p;
    }
    if (face == null) {
      double[] faceStart = best.clone();
      faceStart[2] = 0;
      face = optimize(new Coordinates(form, x, true), x, y, w, faceStart,
          BoundedLevenbergMarquardt.MAX_EVALUATIONS, q -> false);
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

  /** Best grid point of the shape parameters with D, C from a constrained linear solve. */
  private static double[] gridStart(LawForm form, double[] x, double[] y, double[] w) {
    boolean withOffset = form != LawForm.PURE_POWER_LAW;
    double[] best = null;
    double bestSs = Double.POSITIVE_INFINITY;
    double[] g = new double[x.length];
    double[] breaks = form == LawForm.BROKEN_POWER_LAW
        ? logGrid(min(x) / BREAK_RANGE * 1.01, max(x) * 10 / 1.01, BREAK_GRID)
        : new double[] {Double.NaN};
    double[] shapes = switch (form) {
      case EXPONENTIAL_SATURATION -> n0Grid(x);
      case BROKEN_POWER_LAW -> BROKEN_ALPHA_GRID;
      default -> ALPHA_GRID;
    };
    for (double nb : breaks) {
      for (double shape : shapes) {
        for (int i = 0; i < x.length; i++) {
          g[i] = switch (form) {
            case EXPONENTIAL_SATURATION -> Math.exp(-x[i] / shape);
            case BROKEN_POWER_LAW -> Math.pow(1 + x[i] / nb, -shape);
            default -> Math.pow(x[i], -shape);
          };
        }
        double[] dc = LinearSolve.slopeAndOffset(g, y, w, withOffset);
        double[] p = switch (form) {
          case PURE_POWER_LAW -> new double[] {dc[0], shape};
          case BROKEN_POWER_LAW -> new double[] {dc[0], shape, dc[1], nb};
          default -> new double[] {dc[0], shape, dc[1]};
        };
        double ss = sumOfSquares(form, p, x, y, w);
        if (ss < bestSs) {
          bestSs = ss;
          best = p;
        }
      }
    }
    if (best == null) {
      throw new IllegalStateException("grid produced no finite start");
    }
    return best;
  }

  /**
   * Optimizer coordinates: q = [ln D, v1, (v2), (C)]: the shape parameters (alpha, or ln n0, or
   * alpha and ln n_b) are logistic maps of v inside their bounds. The floor C is left free (an
   * active-set treatment of C >= 0, see {@link #fitWithFloor}); the pure power law has no C, and on
   * the face C = 0 it is fixed.
   */
  private static final class Coordinates {
    private final LawForm form;
    private final IntervalTransform shape;
    private final @Nullable IntervalTransform breakShape;
    private final boolean hasFloor;
    private final int shapes;

    Coordinates(LawForm form, double[] x, boolean floorFixedAtZero) {
      this.form = form;
      this.shape = form == LawForm.EXPONENTIAL_SATURATION
          ? new IntervalTransform(Math.log(min(x) / 1000), Math.log(max(x) * 1000))
          : new IntervalTransform(LawForm.MIN_ALPHA, LawForm.MAX_ALPHA);
      this.breakShape = form == LawForm.BROKEN_POWER_LAW
          ? new IntervalTransform(Math.log(min(x) / BREAK_RANGE), Math.log(max(x) * 10)) : null;
      this.hasFloor = form != LawForm.PURE_POWER_LAW && !floorFixedAtZero;
      this.shapes = breakShape == null ? 1 : 2;
    }

    int floorIndex() {
      return 1 + shapes;
    }

    double[] toInternal(double[] p) {
      double[] q = new double[1 + shapes + (hasFloor ? 1 : 0)];
      q[0] = Math.log(Math.max(p[0], LawForm.MIN_D));
      q[1] = shape.inverse(form == LawForm.EXPONENTIAL_SATURATION ? Math.log(p[1]) : p[1]);
      if (breakShape != null) {
        q[2] = breakShape.inverse(Math.log(p[3]));
      }
      if (hasFloor) {
        q[floorIndex()] = p[2];
      }
      return q;
    }

    double[] toNatural(double[] q) {
      double[] p = new double[form.parameterCount()];
      p[0] = Math.exp(q[0]);
      double s = shape.value(q[1]);
      p[1] = form == LawForm.EXPONENTIAL_SATURATION ? Math.exp(s) : s;
      if (breakShape != null) {
        p[3] = Math.exp(breakShape.value(q[2]));
      }
      if (hasFloor) {
        p[2] = q[floorIndex()];
      }
      return p;
    }

    /** The parameters moved inside the bounds (a start from another fit may lie outside). */
    double[] clampNatural(double[] p) {
      double[] back = toNatural(toInternal(p));
      if (form != LawForm.PURE_POWER_LAW) {
        back[2] = Math.max(0, p[2]);
      }
      return back;
    }

    double[] lower() {
      double[] lower = new double[1 + shapes + (hasFloor ? 1 : 0)];
      lower[0] = LN_MIN_D;
      for (int i = 1; i <= shapes; i++) {
        lower[i] = -IntervalTransform.LIMIT;
      }
      if (hasFloor) {
        lower[floorIndex()] = -1e150;
      }
      return lower;
    }

    double[] upper() {
      double[] upper = new double[1 + shapes + (hasFloor ? 1 : 0)];
      upper[0] = LN_MAX_D;
      for (int i = 1; i <= shapes; i++) {
        upper[i] = IntervalTransform.LIMIT;
      }
      if (hasFloor) {
        upper[floorIndex()] = 1e150;
      }
      return upper;
    }

    boolean atBound(double[] p) {
      double s = form == LawForm.EXPONENTIAL_SATURATION ? Math.log(p[1]) : p[1];
      boolean breakAtBound = breakShape != null && breakShape.atBound(Math.log(p[3]));
      return shape.atBound(s) || breakAtBound || p[0] <= LawForm.MIN_D * (1 + 1e-6);
    }

    void evaluate(double[] q, double[] x, double[] w, double[] values, double[][] jacobian) {
      double d = Math.exp(q[0]);
      double s = shape.value(q[1]);
      double ds = shape.derivative(q[1]);
      double lnBreak = breakShape == null ? 0 : breakShape.value(q[2]);
      double dBreak = breakShape == null ? 0 : breakShape.derivative(q[2]);
      double nb = Math.exp(lnBreak);
      double c = hasFloor ? q[floorIndex()] : 0;
      for (int i = 0; i < x.length; i++) {
        double root = Math.sqrt(w[i]);
        double[] row = jacobian[i];
        double term;
        switch (form) {
          case EXPONENTIAL_SATURATION -> {
            double n0 = Math.exp(s);
            term = d * Math.exp(-x[i] / n0);
            row[1] = root * term * x[i] / n0 * ds;
          }
          case BROKEN_POWER_LAW -> {
            double ratio = x[i] / nb;
            term = d * Math.pow(1 + ratio, -s);
            row[1] = -root * term * Math.log1p(ratio) * ds;
            row[2] = root * term * s * ratio / (1 + ratio) * dBreak;
          }
          default -> {
            term = d * Math.pow(x[i], -s);
            row[1] = -root * term * Math.log(x[i]) * ds;
          }
        }
        values[i] = root * (term + c);
        row[0] = root * term;
        if (hasFloor) {
          row[floorIndex()] = root;
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
