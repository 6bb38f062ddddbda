package org.sim2real.core.scaling.fit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.ToDoubleFunction;
import org.jspecify.annotations.Nullable;
import org.sim2real.core.scaling.curve.Interval;
import org.sim2real.core.scaling.curve.Percentiles;

/**
 * The refits of one law on every bootstrap draw of the study: one parameter vector per draw b
 * (null where the fit failed), in the order of the study's draws, so that draw b of this fit and
 * draw b of any other quantity of the same study belong together. Used by the laws fitted over m
 * (E0(m) and E(n, m)); the transfer law uses {@link LawDraws}.
 */
public final class FitBootstrap {
  private final double[][] draws;
  private final int failed;
  private final int atBound;
  private final int floorAtZero;

  FitBootstrap(List<double @Nullable []> parameterDraws, int atBound, int floorAtZero) {
    this.draws = new double[parameterDraws.size()][];
    int failures = 0;
    for (int b = 0; b < draws.length; b++) {
      double[] p = parameterDraws.get(b);
      draws[b] = p;
      if (p == null) {
        failures++;
      }
    }
    this.failed = failures;
    this.atBound = atBound;
    this.floorAtZero = floorAtZero;
  }

  public int resamples() {
    return draws.length;
  }

  /** Parameter vector of resample b, or null when that refit failed. */
  public double @Nullable [] draw(int b) {
    return draws[b] == null ? null : draws[b].clone();
  }

  /** A derived quantity per resample (NaN where the refit failed). */
  public double[] map(ToDoubleFunction<double[]> quantity) {
    double[] values = new double[draws.length];
    for (int b = 0; b < draws.length; b++) {
      values[b] = draws[b] == null ? Double.NaN : quantity.applyAsDouble(draws[b]);
    }
    return values;
  }

  public Interval interval(int parameter) {
    return Percentiles.interval(map(p -> p[parameter]));
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
    return BootstrapSummary.ofCounts(resamples(), failed, atBound, floorAtZero);
  }

  @Override
  public String toString() {
    return "FitBootstrap" + Arrays.toString(new int[] {draws.length, failed, atBound, floorAtZero});
  }
}
