package org.sim2real.core.scaling.fit;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.hipparchus.distribution.continuous.ChiSquaredDistribution;
import org.sim2real.core.scaling.curve.PointSummary;

/**
 * How well the law describes the points of its window.
 *
 * @param r2Log R2 in log space, the reference's formula: 1 - sum (ln y - ln f)^2 / sum (ln y - mean
 *     ln y)^2
 * @param residuals measured minus fitted per n
 * @param signRuns number of runs of equal residual signs along n (few runs = the curve bends away)
 * @param systematicPattern at least 6 points and at most 2 sign runs: the residuals change sign at
 *     most once, i.e. the data bend away from the law instead of scattering around it
 * @param chiSquare sum of the squared residuals over the variances of the measured means (from the
 *     study's draws: repetitions and test rows), NaN when it cannot be computed
 * @param degreesOfFreedom points minus the law's parameters
 * @param chiSquareP probability of a chi-square at least this large if the law were right and the
 *     noise what the draws say (NaN without degrees of freedom)
 */
public record GoodnessOfFit(
    double r2Log, List<Residual> residuals, int signRuns, boolean systematicPattern,
    double chiSquare, int degreesOfFreedom, double chiSquareP) {

  static final int MIN_POINTS_FOR_PATTERN = 6;

  /** Below this p the residuals are larger than the measured noise allows. */
  static final double POOR_P = 0.01;

  public GoodnessOfFit {
    residuals = List.copyOf(residuals);
  }

  /**
   * @param meanDraws draws of the measured means of the window's points: [point][draw]
   */
  static GoodnessOfFit of(LawFit fit, List<PointSummary> points, double[][] meanDraws) {
    return of(fit, points, meanDraws, fit);
  }

  /**
   * @param weightedFit the law's form refitted with inverse-variance weights: its residuals give
   *     the chi-square (an unweighted fit leaves needlessly large residuals where the noise is
   *     small, and would fail a correct law)
   */
  static GoodnessOfFit of(LawFit fit, List<PointSummary> points, double[][] meanDraws,
      LawFit weightedFit) {
    List<Residual> residuals = new ArrayList<>(points.size());
    double[] ly = new double[points.size()];
    double[] lf = new double[points.size()];
    double[] r = new double[points.size()];
    for (int i = 0; i < points.size(); i++) {
      PointSummary p = points.get(i);
      double f = fit.value(p.n());
      double standardError = p.standardDeviation() / Math.sqrt(p.repetitions());
      residuals.add(new Residual(p.n(), p.mean(), f, p.mean() - f, (p.mean() - f) / standardError));
      ly[i] = Math.log(p.mean());
      lf[i] = Math.log(f);
      r[i] = p.mean() - weightedFit.value(p.n());
    }
    int runs = signRuns(residuals);
    int dof = points.size() - fit.form().parameterCount();
    double chi = chiSquare(r, meanDraws);
    double p = dof > 0 && Double.isFinite(chi)
        ? 1 - new ChiSquaredDistribution(dof).cumulativeProbability(chi) : Double.NaN;
    return new GoodnessOfFit(r2Log(ly, lf), residuals, runs,
        points.size() >= MIN_POINTS_FOR_PATTERN && runs <= 2, chi, dof, p);
  }

  /**
   * Sum of squared residuals, each over the variance of its point's mean across the study's draws
   * (repetitions and test rows); NaN if not possible. The variances are used one by one: with 5
   * repetitions the correlations between points are too poorly known to invert their matrix, and
   * the test set's shared shift, which the law absorbs, only makes this check milder.
   */
  static double chiSquare(double[] r, double[][] meanDraws) {
    double[] variances = variances(meanDraws);
    if (variances == null || variances.length != r.length) {
      return Double.NaN;
    }
    double chi = 0;
    for (int i = 0; i < r.length; i++) {
      chi += r[i] * r[i] / variances[i];
    }
    return chi;
  }

  /** The variance of each point's mean over the draws, or null if one cannot be computed. */
  static double @org.jspecify.annotations.Nullable [] variances(double[][] meanDraws) {
    int k = meanDraws.length;
    double[] out = new double[k];
    if (k == 0 || meanDraws[0].length < 10) {
      return null;
    }
    for (int i = 0; i < k; i++) {
      double sum = 0;
      double sumSq = 0;
      int count = 0;
      for (double v : meanDraws[i]) {
        if (Double.isFinite(v)) {
          sum += v;
          sumSq += v * v;
          count++;
        }
      }
      if (count < 10) {
        return null;
      }
      double mean = sum / count;
      double variance = (sumSq - count * mean * mean) / (count - 1);
      if (!(variance > 0)) {
        return null;
      }
      out[i] = variance;
    }
    return out;
  }

  /** The reference's R2 in log space, from ln y and ln f. */
  static double r2Log(double[] ly, double[] lf) {
    double mean = 0;
    for (double v : ly) {
      mean += v / ly.length;
    }
    double residual = 0;
    double total = 0;
    for (int i = 0; i < ly.length; i++) {
      residual += (ly[i] - lf[i]) * (ly[i] - lf[i]);
      total += (ly[i] - mean) * (ly[i] - mean);
    }
    return 1 - residual / Math.max(total, 1e-300);
  }

  private static int signRuns(List<Residual> residuals) {
    int runs = 0;
    int last = 0;
    for (Residual r : residuals) {
      int sign = (int) Math.signum(r.residual());
      if (sign != 0 && sign != last) {
        runs++;
        last = sign;
      }
    }
    return runs;
  }

  /**
   * Passes the window checks: no systematic residual pattern, and R2 in log space at least the
   * threshold unless the residuals are within the measured noise (chi-square p of 5% or more). A
   * curve that changes little over its window has a low R2 however well a law describes it; its
   * uncertainty shows in its intervals instead.
   */
  boolean passes(double minR2Log) {
    boolean withinNoise = Double.isFinite(chiSquareP) && chiSquareP >= 0.05;
    return !systematicPattern && (r2Log >= minR2Log || withinNoise);
  }

  /** The residuals are larger than the measured noise allows (chi-square p below 1%). */
  public boolean residualsExceedNoise() {
    return chiSquareP < POOR_P;
  }

  public String sentence() {
    String s = String.format(Locale.ROOT, "R2 in log space %.3f", r2Log);
    if (Double.isFinite(chiSquareP)) {
      s += String.format(Locale.ROOT, "; chi-square %.1f on %d degrees of freedom (p = %.2g)",
          chiSquare, degreesOfFreedom, chiSquareP);
    }
    if (systematicPattern) {
      s += "; the residuals change sign only " + (signRuns - 1)
          + " time(s) over " + residuals.size() + " sizes: the data bend away from the law";
    }
    return s + ".";
  }
}
