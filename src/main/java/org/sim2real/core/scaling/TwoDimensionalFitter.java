package org.sim2real.core.scaling;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * Fits {@link TwoDimensionalFit} by bounded Levenberg-Marquardt in (ln delta, gamma, alpha, beta).
 * Starting values: a grid over (alpha, beta), where delta*gamma and delta follow from a constrained
 * linear solve; bootstrap refits start from the full-data optimum.
 */
final class TwoDimensionalFitter {
  private static final double[] ALPHA_GRID = LawFitter.logGrid(1e-3, LawForm.MAX_ALPHA, 24);
  private static final double[] BETA_GRID = LawFitter.logGrid(1e-3, 3, 24);
  private static final double[] LOWER = {Math.log(LawForm.MIN_D), 0, LawForm.MIN_ALPHA, 0};
  private static final double[] UPPER = {700, Double.POSITIVE_INFINITY, LawForm.MAX_ALPHA, 3};

  /** One fitted grid cell: size index j of a curve with experimental size m. */
  private record Cell(LearningCurve curve, int j) {}

  private final String strategy;
  private final List<Cell> cells = new ArrayList<>();
  private final double[] n;
  private final double[] m;

  private TwoDimensionalFitter(String strategy, List<LearningCurve> curves, long low, long high) {
    this.strategy = strategy;
    for (LearningCurve curve : curves) {
      for (int j = 0; j < curve.sizeCount(); j++) {
        if (curve.size(j) >= low && curve.size(j) <= high) {
          cells.add(new Cell(curve, j));
        }
      }
    }
    n = cells.stream().mapToDouble(c -> c.curve().size(c.j())).toArray();
    m = cells.stream().mapToDouble(c -> c.curve().m()).toArray();
  }

  /**
   * @param curves the curves of one strategy, one per m (m given)
   * @param low smallest n to use
   * @param high largest n to use
   * @return the fit, or null when the grid is too small (fewer than 2 m or 3 n) or the fit failed
   */
  static @Nullable TwoDimensionalFit fit(String strategy, List<LearningCurve> curves, long low,
      long high, RepetitionResampler resampler) {
    TwoDimensionalFitter fitter = new TwoDimensionalFitter(strategy, curves, low, high);
    TreeSet<Long> sizes = new TreeSet<>();
    TreeSet<Integer> ms = new TreeSet<>();
    for (Cell c : fitter.cells) {
      sizes.add(c.curve().size(c.j()));
      ms.add(c.curve().m());
    }
    if (ms.size() < 2 || sizes.size() < 3 || fitter.cells.size() < 5) {
      return null;
    }
    double[] p = fitter.fitMeans(fitter.means(null), null);
    if (p == null) {
      return null;
    }
    List<double @Nullable []> draws = new ArrayList<>();
    int atBound = 0;
    int floorAtZero = 0;
    for (int b = 0; b < resampler.resamples(); b++) {
      double[] q = fitter.fitMeans(fitter.means(resampler.counts(b)), p);
      draws.add(q);
      if (q != null && (q[2] <= LOWER[2] * 1.0001 || q[2] >= UPPER[2] * 0.9999 || q[3] >= 2.9999)) {
        atBound++;
      }
      if (q != null && q[1] <= 0) {
        floorAtZero++;
      }
    }
    FitBootstrap bootstrap = new FitBootstrap(draws, atBound, floorAtZero);
    List<String> names = List.of("delta", "gamma", "alpha", "beta");
    boolean repeated = curves.stream().allMatch(c -> c.minRepetitionCount() >= 2);
    List<ParameterEstimate> parameters = new ArrayList<>();
    for (int i = 0; i < names.size(); i++) {
      parameters.add(new ParameterEstimate(names.get(i), p[i],
          repeated ? bootstrap.interval(i) : Interval.NONE));
    }
    double[] y = fitter.means(null);
    double[] ly = new double[y.length];
    double[] lf = new double[y.length];
    for (int i = 0; i < y.length; i++) {
      ly[i] = Math.log(y[i]);
      lf[i] = Math.log(TwoDimensionalFit.value(p, fitter.n[i], fitter.m[i]));
    }
    return new TwoDimensionalFit(strategy, List.copyOf(sizes), List.copyOf(ms), p, parameters,
        y.length, GoodnessOfFit.r2Log(ly, lf), bootstrap.summary(), bootstrap);
  }

  private double[] means(int @Nullable [] counts) {
    double[] y = new double[cells.size()];
    for (int i = 0; i < y.length; i++) {
      y[i] = cells.get(i).curve().weightedMean(cells.get(i).j(), counts);
    }
    return y;
  }

  /** Parameters {delta, gamma, alpha, beta}, or null on failure or when a cell was not drawn. */
  private double @Nullable [] fitMeans(double[] y, double @Nullable [] start) {
    for (double v : y) {
      if (Double.isNaN(v)) {
        return null;
      }
    }
    double[] p0 = start != null ? start : gridStart(y);
    double[] q0 = {Math.log(p0[0]), p0[1], p0[2], p0[3]};
    double[] q = BoundedLevenbergMarquardt.minimize(this::evaluate, y, q0, LOWER, UPPER);
    return q == null ? null : new double[] {Math.exp(q[0]), q[1], q[2], q[3]};
  }

  private void evaluate(double[] q, double[] values, double[][] jacobian) {
    double delta = Math.exp(q[0]);
    for (int i = 0; i < n.length; i++) {
      double power = Math.pow(n[i], -q[2]);
      double h = Math.pow(m[i], -q[3]);
      double f = delta * (q[1] + power) * h;
      values[i] = f;
      jacobian[i][0] = f;
      jacobian[i][1] = delta * h;
      jacobian[i][2] = -delta * h * power * Math.log(n[i]);
      jacobian[i][3] = -f * Math.log(m[i]);
    }
  }

  private double[] gridStart(double[] y) {
    double[] w = LawFitter.ones(y.length);
    double[] g = new double[y.length];
    double[] h = new double[y.length];
    double[] best = null;
    double bestSs = Double.POSITIVE_INFINITY;
    for (double alpha : ALPHA_GRID) {
      for (double beta : BETA_GRID) {
        for (int i = 0; i < y.length; i++) {
          h[i] = Math.pow(m[i], -beta);
          g[i] = Math.pow(n[i], -alpha) * h[i];
        }
        double[] uv = LinearSolve.twoColumns(g, h, y, w); // u = delta, v = delta * gamma
        double[] p = {uv[0], uv[1] / uv[0], alpha, beta};
        double ss = 0;
        for (int i = 0; i < y.length; i++) {
          double r = y[i] - TwoDimensionalFit.value(p, n[i], m[i]);
          ss += r * r;
        }
        if (ss < bestSs) {
          bestSs = ss;
          best = p;
        }
      }
    }
    if (best == null) {
      throw new IllegalStateException("no finite start for the two-dimensional law");
    }
    return best;
  }

  @Override
  public String toString() {
    return "TwoDimensionalFitter[" + strategy + ", " + cells.size() + " cells]";
  }
}
