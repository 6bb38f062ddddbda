package org.sim2real.core.scaling.fit;

import java.util.SplittableRandom;
import org.sim2real.core.scaling.curve.Interval;
import org.sim2real.core.scaling.curve.Percentiles;

/**
 * The draws behind every forecast of a curve: per bootstrap draw b the refitted law ({@link
 * LawDraws}) and a standard normal deviate e_b for the extrapolation spread, so that draw b is one
 * whole plausible curve. Two bands come out of them, named for what they are:
 *
 * <ul>
 *   <li>the <b>mean curve</b>: law_b(n), the uncertainty of the expected error from repetitions
 *       and the test set (sources 1 and 2 of src/site/SCIENCE.md, "Uncertainty");
 *   <li>the <b>forecast</b>: law_b(n) exp(sigma(n) e_b), which adds that the law may change its
 *       form beyond the measured sizes (source 3, {@link Extrapolation}); this is the band a
 *       decision needs.
 * </ul>
 */
public final class ForecastDraws {
  private final LawFit law;
  private final LawDraws draws;
  private final Extrapolation extrapolation;
  private final double largestN;
  private final double[] deviates;

  ForecastDraws(LawFit law, LawDraws draws, Extrapolation extrapolation, double largestN,
      long seed) {
    this.law = law;
    this.draws = draws;
    this.extrapolation = extrapolation;
    this.largestN = largestN;
    SplittableRandom random = new SplittableRandom(seed ^ 0x5DEECE66DL);
    this.deviates = new double[draws.count()];
    for (int b = 0; b < deviates.length; b++) {
      deviates[b] = random.nextGaussian();
    }
  }

  public LawFit law() {
    return law;
  }

  public LawDraws lawDraws() {
    return draws;
  }

  public Extrapolation extrapolation() {
    return extrapolation;
  }

  /** The largest measured n of the curve (extrapolation starts beyond it). */
  public double largestN() {
    return largestN;
  }

  public int count() {
    return draws.count();
  }

  /** The fitted law at n. */
  public double point(double n) {
    return law.value(n);
  }

  /** Draws of the mean curve at n (NaN where the refit failed). */
  public double[] meanCurve(double n) {
    return draws.map(f -> f.value(n));
  }

  /** Draws of the forecast at n: the mean curve widened by the extrapolation spread. */
  public double[] forecast(double n) {
    double sigma = extrapolation.sigma(n, largestN);
    double[] values = meanCurve(n);
    for (int b = 0; b < values.length; b++) {
      values[b] *= Math.exp(sigma * deviates[b]);
    }
    return values;
  }

  public Interval meanCurveInterval(double n) {
    return Percentiles.interval(meanCurve(n));
  }

  public Interval forecastInterval(double n) {
    return Percentiles.interval(forecast(n));
  }

  /**
   * Draws of the data need n*(T): the first n where draw b's forecast curve reaches the target;
   * infinite when draw b's floor lies at or above it (unreachable by simulation alone) or it is
   * not reached below 10^15; NaN where the refit failed.
   */
  public double[] requiredN(double target) {
    double[] out = new double[draws.count()];
    for (int b = 0; b < out.length; b++) {
      LawFit f = draws.draw(b);
      if (f == null) {
        out[b] = Double.NaN;
      } else if (f.form().floor(f.parameters()) >= target) {
        out[b] = Double.POSITIVE_INFINITY;
      } else {
        out[b] = firstCrossing(f, deviates[b], target);
      }
    }
    return out;
  }

  /** n*(T) of the fitted law itself (no widening): infinite when T is at or below its floor. */
  public double requiredNOfLaw(double target) {
    if (law.form().floor(law.parameters()) >= target) {
      return Double.POSITIVE_INFINITY;
    }
    return firstCrossing(law, 0, target);
  }

  private double firstCrossing(LawFit f, double deviate, double target) {
    double lo = 0;
    double hi = Double.NaN;
    int steps = 300;
    double top = 15 * Math.log(10);
    for (int k = 0; k <= steps; k++) {
      double ln = top * k / steps;
      if (valueAt(f, deviate, Math.exp(ln)) <= target) {
        hi = ln;
        lo = k == 0 ? 0 : top * (k - 1) / steps;
        break;
      }
    }
    if (Double.isNaN(hi)) {
      return Double.POSITIVE_INFINITY;
    }
    if (hi == 0) {
      return 1;
    }
    for (int i = 0; i < 60; i++) {
      double mid = (lo + hi) / 2;
      if (valueAt(f, deviate, Math.exp(mid)) <= target) {
        hi = mid;
      } else {
        lo = mid;
      }
    }
    return Math.exp(hi);
  }

  private double valueAt(LawFit f, double deviate, double n) {
    return f.value(n) * Math.exp(extrapolation.sigma(n, largestN) * deviate);
  }
}
