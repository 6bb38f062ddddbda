package org.sim2real.core.scaling.fit;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
 */
public record GoodnessOfFit(
    double r2Log, List<Residual> residuals, int signRuns, boolean systematicPattern) {

  static final int MIN_POINTS_FOR_PATTERN = 6;

  public GoodnessOfFit {
    residuals = List.copyOf(residuals);
  }

  static GoodnessOfFit of(LawFit fit, List<PointSummary> points) {
    List<Residual> residuals = new ArrayList<>(points.size());
    double[] ly = new double[points.size()];
    double[] lf = new double[points.size()];
    for (int i = 0; i < points.size(); i++) {
      PointSummary p = points.get(i);
      double f = fit.value(p.n());
      double standardError = p.standardDeviation() / Math.sqrt(p.repetitions());
      residuals.add(new Residual(p.n(), p.mean(), f, p.mean() - f, (p.mean() - f) / standardError));
      ly[i] = Math.log(p.mean());
      lf[i] = Math.log(f);
    }
    int runs = signRuns(residuals);
    return new GoodnessOfFit(
        r2Log(ly, lf), residuals, runs, points.size() >= MIN_POINTS_FOR_PATTERN && runs <= 2);
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

  /** Passes the window checks: R2 in log space at least the threshold and no systematic pattern. */
  boolean passes(double minR2Log) {
    return r2Log >= minR2Log && !systematicPattern;
  }

  public String sentence() {
    String s = String.format(Locale.ROOT, "R2 in log space %.3f", r2Log);
    if (systematicPattern) {
      s += "; the residuals change sign only " + (signRuns - 1)
          + " time(s) over " + residuals.size() + " sizes: the data bend away from the law";
    }
    return s + ".";
  }
}
