package org.sim2real.core.scaling.fit;

import org.jspecify.annotations.Nullable;

/**
 * Settings of a scaling-law analysis.
 *
 * @param windowLow lowest n of a user-chosen fit window (inclusive), or null to let the workbench
 *     propose a window
 * @param windowHigh highest n of a user-chosen fit window (inclusive), or null
 * @param bootstrapResamples B, the number of bootstrap resamples of repetitions (at least 20)
 * @param seed seed of the bootstrap resamples; same table and seed give the same numbers
 * @param weighted weight points by the inverse variance of their mean over repetitions (floored at
 *     10% of the curve's median variance so that one point with an accidentally tiny spread cannot
 *     dominate); the reference fits unweighted
 * @param minR2Log goodness-of-fit threshold on R2 in log space for a proposed window
 * @param minWindowSizes smallest number of sizes of a proposed window
 */
public record FitOptions(
    @Nullable Long windowLow,
    @Nullable Long windowHigh,
    int bootstrapResamples,
    long seed,
    boolean weighted,
    double minR2Log,
    int minWindowSizes) {

  public static final int DEFAULT_BOOTSTRAP = 1000;
  public static final long DEFAULT_SEED = 42;

  public FitOptions {
    if (bootstrapResamples < 20) {
      throw new IllegalArgumentException(
          "bootstrap resamples must be at least 20, got " + bootstrapResamples);
    }
    if (bootstrapResamples > 1_000_000) {
      throw new IllegalArgumentException(
          "bootstrap resamples above 1,000,000 are pointless, got " + bootstrapResamples);
    }
    if ((windowLow == null) != (windowHigh == null)) {
      throw new IllegalArgumentException("a fit window needs both ends");
    }
    if (windowLow != null && windowHigh != null && (windowLow < 1 || windowHigh < windowLow)) {
      throw new IllegalArgumentException(
          "fit window must satisfy 1 <= low <= high, got " + windowLow + ":" + windowHigh);
    }
    if (!(minR2Log > 0 && minR2Log < 1)) {
      throw new IllegalArgumentException("R2 threshold must lie in (0, 1), got " + minR2Log);
    }
    if (minWindowSizes < 3) {
      throw new IllegalArgumentException("a window needs at least 3 sizes, got " + minWindowSizes);
    }
  }

  /** Defaults: proposed window, 1,000 resamples, seed 42, unweighted, R2_log >= 0.9, 4 sizes. */
  public static FitOptions defaults() {
    return new FitOptions(null, null, DEFAULT_BOOTSTRAP, DEFAULT_SEED, false, 0.9, 4);
  }

  public FitOptions withWindow(long low, long high) {
    return new FitOptions(low, high, bootstrapResamples, seed, weighted, minR2Log, minWindowSizes);
  }

  public FitOptions withBootstrap(int resamples, long newSeed) {
    return new FitOptions(
        windowLow, windowHigh, resamples, newSeed, weighted, minR2Log, minWindowSizes);
  }

  public FitOptions withWeighted(boolean weightedFit) {
    return new FitOptions(
        windowLow, windowHigh, bootstrapResamples, seed, weightedFit, minR2Log, minWindowSizes);
  }

  public boolean hasUserWindow() {
    return windowLow != null;
  }
}
