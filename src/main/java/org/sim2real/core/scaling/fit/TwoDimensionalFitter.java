package org.sim2real.core.scaling.fit;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.sim2real.core.scaling.curve.Interval;
import org.sim2real.core.scaling.curve.LearningCurve;
import org.sim2real.core.scaling.curve.StudyDraws;
import org.sim2real.core.scaling.curve.Format;

/**
 * Fits {@link TwoDimensionalFit} by Levenberg-Marquardt in coordinates that enforce the bounds: q =
 * (ln delta, gamma, a, b) with alpha = logistic(a) in (1e-6, 3), beta = logistic(b) in (0, 3), and
 * gamma >= 0 as an active set (refit on the face gamma = 0 when the free optimum is negative). Starting values: a grid over (alpha, beta), where delta*gamma and delta follow from a
 * constrained linear solve; bootstrap refits start from the full-data optimum.
 */
final class TwoDimensionalFitter {
  private static final double[] ALPHA_GRID = LawFitter.logGrid(1e-3, LawForm.MAX_ALPHA, 24);
  private static final double[] BETA_GRID = LawFitter.logGrid(1e-3, 3, 24);
  private static final IntervalTransform ALPHA =
      new IntervalTransform(LawForm.MIN_ALPHA, LawForm.MAX_ALPHA);
  private static final IntervalTransform BETA = new IntervalTransform(0, 3);
  private static final double L = IntervalTransform.LIMIT;
  private static final int FREE_GAMMA_EVALUATIONS = 300;
  private static final double[] LOWER = {Math.log(LawForm.MIN_D), -1e150, -L, -L};
  private static final double[] UPPER = {700, 1e150, L, L};

  /** One fitted grid cell: size index j of a curve with experimental size m. */
  private record Cell(LearningCurve curve, int j) {}

  private final String strategy;
  private final StudyDraws studyDraws;
  private final List<Cell> cells = new ArrayList<>();
  private final double[] n;
  private final double[] m;
  /** sqrt of the per-cell weights of the current fit (all 1 except for the chi-square's refit). */
  private double[] rootWeights;

  private TwoDimensionalFitter(String strategy, List<LearningCurve> curves,
      List<@Nullable FitWindow> windows, StudyDraws studyDraws) {
    this.strategy = strategy;
    this.studyDraws = studyDraws;
    for (int i = 0; i < curves.size(); i++) {
      LearningCurve curve = curves.get(i);
      FitWindow window = windows.get(i);
      for (int j = 0; window != null && j < curve.sizeCount(); j++) {
        if (window.contains(curve.size(j))) {
          cells.add(new Cell(curve, j));
        }
      }
    }
    n = cells.stream().mapToDouble(c -> c.curve().size(c.j())).toArray();
    m = cells.stream().mapToDouble(c -> c.curve().m()).toArray();
    rootWeights = new double[n.length];
    java.util.Arrays.fill(rootWeights, 1.0);
  }

  /**
   * @param curves the curves of one strategy, one per m (m given)
   * @param windows the fit window of each curve (its cells outside are left out; null = no fit, the
   *     curve is left out)
   * @return the fit, or null when the grid is too small (fewer than 2 m or 3 n) or the fit failed
   */
  static @Nullable TwoDimensionalFit fit(String strategy, List<LearningCurve> curves,
      List<@Nullable FitWindow> windows, StudyDraws studyDraws) {
    TwoDimensionalFitter fitter = new TwoDimensionalFitter(strategy, curves, windows, studyDraws);
    TreeSet<Long> sizes = new TreeSet<>();
    TreeSet<Integer> ms = new TreeSet<>();
    for (Cell c : fitter.cells) {
      sizes.add(c.curve().size(c.j()));
      ms.add(c.curve().m());
    }
    if (ms.size() < 2 || sizes.size() < 3 || fitter.cells.size() < 5) {
      return null;
    }
    double[] p = fitter.fitMeans(fitter.means(-1), null);
    if (p == null) {
      return null;
    }
    List<double @Nullable []> draws = new ArrayList<>();
    int atBound = 0;
    int floorAtZero = 0;
    for (int b = 0; b < studyDraws.count(); b++) {
      double[] q = fitter.fitMeans(fitter.means(b), p);
      draws.add(q);
      if (q != null && (ALPHA.atBound(q[2]) || BETA.atBound(q[3]))) {
        atBound++;
      }
      if (q != null && q[1] <= 1e-9) {
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
    double[] y = fitter.means(-1);
    double[] ly = new double[y.length];
    double[] lf = new double[y.length];
    double[] r = new double[y.length];
    double[][] cellDraws = new double[y.length][];
    for (int i = 0; i < y.length; i++) {
      ly[i] = Math.log(y[i]);
      double f = TwoDimensionalFit.value(p, fitter.n[i], fitter.m[i]);
      lf[i] = Math.log(f);
      r[i] = y[i] - f;
      Cell c = fitter.cells.get(i);
      cellDraws[i] = studyDraws.means(c.curve(), c.j());
    }
    double r2 = GoodnessOfFit.r2Log(ly, lf);
    double[] variances = GoodnessOfFit.variances(cellDraws);
    if (variances != null) {
      // the chi-square of the best weighted fit: an unweighted fit leaves needlessly large
      // residuals where the noise is small and would fail a correct law
      for (int i = 0; i < variances.length; i++) {
        fitter.rootWeights[i] = 1 / Math.sqrt(variances[i]);
      }
      double[] weighted = fitter.fitMeans(y, p);
      if (weighted != null) {
        for (int i = 0; i < y.length; i++) {
          r[i] = y[i] - TwoDimensionalFit.value(weighted, fitter.n[i], fitter.m[i]);
        }
      }
    }
    double chi = GoodnessOfFit.chiSquare(r, cellDraws);
    int dof = y.length - 4;
    double chiP = dof > 0 && Double.isFinite(chi)
        ? 1 - new org.hipparchus.distribution.continuous.ChiSquaredDistribution(dof)
            .cumulativeProbability(chi) : Double.NaN;
    TrustAssessment trust = grade(ms.size(), sizes.size(), y.length, r2, chi, dof, chiP,
        bootstrap.summary(), repeated);
    return new TwoDimensionalFit(strategy, List.copyOf(sizes), List.copyOf(ms), p, parameters,
        y.length, r2, chi, dof, chiP, trust, bootstrap.summary(), bootstrap);
  }

  /** Mean error of every cell, measured (b < 0) or in draw b. */
  private double[] means(int b) {
    double[] y = new double[cells.size()];
    for (int i = 0; i < y.length; i++) {
      Cell c = cells.get(i);
      y[i] = b < 0 ? c.curve().mean(c.j()) : studyDraws.means(c.curve(), c.j())[b];
    }
    return y;
  }

  /** The grade of E(n, m), which the budget advice carries. */
  private static TrustAssessment grade(int mValues, int nValues, int cells, double r2Log,
      double chiSquare, int dof, double chiP, BootstrapSummary bootstrap, boolean repeated) {
    String fit = String.format(java.util.Locale.ROOT, "R2 in log space %.3f", r2Log)
        + (Double.isFinite(chiP) ? String.format(java.util.Locale.ROOT,
            ", chi-square %.1f on %d degrees of freedom", chiSquare, dof) : "");
    if (!repeated) {
      return new TrustAssessment(TrustLevel.DO_NOT_EXTRAPOLATE, "A single repetition per cell:"
          + " E(n, m) has no interval.", List.of());
    }
    if (r2Log < 0.9 || chiP < 0.001) {
      return new TrustAssessment(TrustLevel.DO_NOT_EXTRAPOLATE, "E(n, m) fits the (n, m) grid"
          + " poorly (" + fit + ").", List.of());
    }
    if (bootstrap.failedShare() > 0.3) {
      return new TrustAssessment(TrustLevel.DO_NOT_EXTRAPOLATE, Format.percent(
          bootstrap.failedShare()) + " of the refits of E(n, m) failed.", List.of());
    }
    List<String> concerns = new ArrayList<>();
    if (mValues < 3) {
      concerns.add("E(n, m) was fitted on " + mValues + " m values: its m-dependence (beta) rests"
          + " on two points; run 3 or more m values.");
    }
    if (chiP < 0.01) {
      concerns.add("The cells scatter around E(n, m) more than their noise allows (" + fit + ").");
    }
    if (bootstrap.failedShare() + bootstrap.atBoundShare() > 0.1) {
      concerns.add(Format.percent(bootstrap.failedShare() + bootstrap.atBoundShare())
          + " of the refits of E(n, m) failed or ended on a bound.");
    }
    if (concerns.isEmpty()) {
      return new TrustAssessment(TrustLevel.GOOD, "E(n, m) fits " + cells + " cells (" + nValues
          + " n x " + mValues + " m) well (" + fit + ").", List.of());
    }
    return new TrustAssessment(TrustLevel.CAUTION, concerns.get(0),
        concerns.subList(1, concerns.size()));
  }

  /** Parameters {delta, gamma, alpha, beta}, or null on failure or when a cell was not drawn. */
  private double @Nullable [] fitMeans(double[] y, double @Nullable [] start) {
    for (double v : y) {
      if (Double.isNaN(v)) {
        return null;
      }
    }
    double[] p0 = start != null ? start : gridStart(y);
    // gamma >= 0 as an active set, like C in LawFitter: free first, on the face gamma = 0 if needed
    double[] p = minimize(y, p0, true, FREE_GAMMA_EVALUATIONS);
    if (p == null || p[1] < 0) {
      p = minimize(y, p0, false, BoundedLevenbergMarquardt.MAX_EVALUATIONS);
    }
    return p;
  }

  private double @Nullable [] minimize(double[] y, double[] p0, boolean freeGamma, int budget) {
    double[] q0 = freeGamma
        ? new double[] {Math.log(Math.max(p0[0], LawForm.MIN_D)), Math.max(p0[1], 0),
            ALPHA.inverse(p0[2]), BETA.inverse(p0[3])}
        : new double[] {Math.log(Math.max(p0[0], LawForm.MIN_D)), ALPHA.inverse(p0[2]),
            BETA.inverse(p0[3])};
    double[] lower = freeGamma ? LOWER : new double[] {LOWER[0], LOWER[2], LOWER[3]};
    double[] upper = freeGamma ? UPPER : new double[] {UPPER[0], UPPER[2], UPPER[3]};
    // gamma below -1 makes every prediction negative: far on the infeasible side, stop there
    double[] target = new double[y.length];
    for (int i = 0; i < y.length; i++) {
      target[i] = rootWeights[i] * y[i];
    }
    double[] q = BoundedLevenbergMarquardt.minimize(
        (point, values, jacobian) -> evaluate(expand(point, freeGamma), values, jacobian, freeGamma),
        target, q0, lower, upper, budget, point -> freeGamma && point[1] < -1);
    if (q == null) {
      return null;
    }
    double[] full = expand(q, freeGamma);
    return new double[] {Math.exp(full[0]), full[1], ALPHA.value(full[2]), BETA.value(full[3])};
  }

  /** Internal coordinates with gamma inserted (0 on the face). */
  private static double[] expand(double[] q, boolean freeGamma) {
    return freeGamma ? q : new double[] {q[0], 0, q[1], q[2]};
  }

  private void evaluate(double[] q, double[] values, double[][] jacobian, boolean freeGamma) {
    double delta = Math.exp(q[0]);
    double gamma = q[1];
    double alpha = ALPHA.value(q[2]);
    double beta = BETA.value(q[3]);
    double dAlpha = ALPHA.derivative(q[2]);
    double dBeta = BETA.derivative(q[3]);
    for (int i = 0; i < n.length; i++) {
      double power = Math.pow(n[i], -alpha);
      double h = Math.pow(m[i], -beta);
      double f = delta * (gamma + power) * h;
      double w = rootWeights[i];
      values[i] = w * f;
      double[] row = jacobian[i];
      int k = 0;
      row[k++] = w * f;
      if (freeGamma) {
        row[k++] = w * delta * h;
      }
      row[k++] = -w * delta * h * power * Math.log(n[i]) * dAlpha;
      row[k] = -w * f * Math.log(m[i]) * dBeta;
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
