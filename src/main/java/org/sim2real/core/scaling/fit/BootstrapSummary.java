package org.sim2real.core.scaling.fit;

import java.util.Locale;

/**
 * How the bootstrap refits went.
 *
 * @param resamples B
 * @param failedShare share of refits where the optimizer failed
 * @param atBoundShare share of refits with a shape parameter on its bound (not pinned down)
 * @param floorAtZeroShare share of refits whose floor C is exactly 0
 */
public record BootstrapSummary(
    int resamples, double failedShare, double atBoundShare, double floorAtZeroShare) {

  /** The shares from counts out of B refits (NaN when there are none). */
  static BootstrapSummary ofCounts(int resamples, int failed, int atBound, int floorAtZero) {
    return new BootstrapSummary(resamples, share(failed, resamples), share(atBound, resamples),
        share(floorAtZero, resamples));
  }

  private static double share(int count, int resamples) {
    return resamples == 0 ? Double.NaN : (double) count / resamples;
  }

  /** e.g. "1000 refits: 0.0% failed, 2.1% with a parameter on its bound, 35.0% with C = 0". */
  public String sentence() {
    return String.format(
        Locale.ROOT,
        "%d bootstrap refits: %.1f%% failed, %.1f%% with a shape parameter on its bound,"
            + " %.1f%% with the floor C at 0",
        resamples, 100 * failedShare, 100 * atBoundShare, 100 * floorAtZeroShare);
  }
}
