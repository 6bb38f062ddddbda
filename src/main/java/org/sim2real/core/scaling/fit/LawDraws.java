package org.sim2real.core.scaling.fit;

import java.util.List;
import java.util.function.ToDoubleFunction;
import org.jspecify.annotations.Nullable;
import org.sim2real.core.scaling.curve.Interval;
import org.sim2real.core.scaling.curve.Percentiles;
import org.sim2real.core.scaling.curve.StudyDraws;

/**
 * The law refitted on every bootstrap draw of the study: one {@link LawFit} per draw b (null where
 * the refit failed or did not converge), in the order of the study's {@link StudyDraws}, so that
 * draw b of this law and draw b of any measured mean belong together.
 *
 * <p>When several forms are candidates, each draw takes the one its own data prefer by AICc, so the
 * intervals carry the uncertainty of the choice of form too (a curve that could be a power law with
 * offset or a broken power law gets the spread of both).
 */
public final class LawDraws {
  private final @Nullable LawFit[] fits;
  private final int failed;
  private final int atBound;
  private final int floorAtZero;

  private LawDraws(@Nullable LawFit[] fits) {
    this.fits = fits;
    int failures = 0;
    int bounded = 0;
    int zeroFloor = 0;
    for (LawFit f : fits) {
      if (f == null) {
        failures++;
      } else {
        bounded += f.atBound() ? 1 : 0;
        zeroFloor += f.floorAtZero() ? 1 : 0;
      }
    }
    this.failed = failures;
    this.atBound = bounded;
    this.floorAtZero = zeroFloor;
  }

  /**
   * Refits the candidate forms on every draw of a slice, each refit starting from the full-data fit
   * of its form, and keeps per draw the form with the smallest AICc.
   *
   * @param pointFits the full-data fits of the candidate forms (failed ones left out)
   * @param draws how many of the study's draws to use (the first ones)
   */
  static LawDraws of(CurveSlice slice, List<LawFit> pointFits, int draws) {
    @Nullable LawFit[] fits = new LawFit[draws];
    for (int b = 0; b < draws; b++) {
      LawFit best = null;
      double bestScore = Double.POSITIVE_INFINITY;
      for (LawFit start : pointFits) {
        LawFit f = slice.fit(start.form(), b, start.parameters());
        if (f == null) {
          continue;
        }
        double score = pointFits.size() == 1 ? 0
            : ModelComparison.aicc(f.sumOfSquares(), f.points(), f.form().parameterCount());
        if (Double.isNaN(score)) {
          score = Double.MAX_VALUE; // undefined AICc: usable only if nothing else is
        }
        if (best == null || score < bestScore) {
          best = f;
          bestScore = score;
        }
      }
      fits[b] = best;
    }
    return new LawDraws(fits);
  }

  public int count() {
    return fits.length;
  }

  /** The refit of draw b, or null when it failed. */
  public @Nullable LawFit draw(int b) {
    return fits[b];
  }

  /** A derived quantity per draw (NaN where the refit failed). */
  public double[] map(ToDoubleFunction<LawFit> quantity) {
    double[] values = new double[fits.length];
    for (int b = 0; b < fits.length; b++) {
      values[b] = fits[b] == null ? Double.NaN : quantity.applyAsDouble(fits[b]);
    }
    return values;
  }

  /** 90% percentile interval of a derived quantity over the successful refits. */
  public Interval interval(ToDoubleFunction<LawFit> quantity) {
    return Percentiles.interval(map(quantity));
  }

  /** Share of draws that chose this form. */
  public double share(LawForm form) {
    int count = 0;
    for (LawFit f : fits) {
      count += f != null && f.form() == form ? 1 : 0;
    }
    return fits.length == 0 ? Double.NaN : (double) count / fits.length;
  }

  public double failedShare() {
    return summary().failedShare();
  }

  /** Share of refits with a shape parameter on its bound (alpha at 1e-6 or 3, n_b at a limit). */
  public double atBoundShare() {
    return summary().atBoundShare();
  }

  /** Share of refits whose floor C ended at 0. */
  public double floorAtZeroShare() {
    return summary().floorAtZeroShare();
  }

  public BootstrapSummary summary() {
    return BootstrapSummary.ofCounts(count(), failed, atBound, floorAtZero);
  }
}
