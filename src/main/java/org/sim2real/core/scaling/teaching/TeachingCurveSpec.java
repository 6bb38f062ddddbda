package org.sim2real.core.scaling.teaching;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.sim2real.core.scaling.curve.Observation;

/**
 * A known learning curve E(n) = D n^-alpha + C to generate (for known-answer tests and teaching).
 *
 * @param relativeNoise standard deviation of one repetition as a fraction of E(n) (e.g. 0.02)
 * @param sizes the n values, ascending
 * @param scratchError error level of a scratch baseline to add (same relative noise), or null
 * @param m experimental size written into the table ({@link Observation#M_NOT_GIVEN} for none)
 */
public record TeachingCurveSpec(
    double d,
    double alpha,
    double c,
    double relativeNoise,
    List<Long> sizes,
    int repetitions,
    long seed,
    @Nullable Double scratchError,
    int m) {

  public TeachingCurveSpec {
    sizes = List.copyOf(sizes);
    if (!(d > 0) || !(alpha > 0) || !(c >= 0)) {
      throw new IllegalArgumentException("need D > 0, alpha > 0, C >= 0");
    }
    if (!(relativeNoise >= 0 && relativeNoise < 0.5)) {
      throw new IllegalArgumentException("relative noise must lie in [0, 0.5), got " + relativeNoise);
    }
    if (sizes.isEmpty() || repetitions < 1) {
      throw new IllegalArgumentException("need at least one size and one repetition");
    }
    for (int i = 0; i < sizes.size(); i++) {
      if (sizes.get(i) < 1 || (i > 0 && sizes.get(i) <= sizes.get(i - 1))) {
        throw new IllegalArgumentException("sizes must be positive and ascending: " + sizes);
      }
    }
  }

  /** 10 log-spaced sizes 100..100,000 (like the reference), 5 repetitions, 2% noise, no baseline. */
  public static TeachingCurveSpec of(double d, double alpha, double c, long seed) {
    return new TeachingCurveSpec(d, alpha, c, 0.02, TeachingCurveGenerator.logSpacedSizes(100,
        100_000, 10), 5, seed, null, Observation.M_NOT_GIVEN);
  }

  public TeachingCurveSpec withNoise(double noise, int reps) {
    return new TeachingCurveSpec(d, alpha, c, noise, sizes, reps, seed, scratchError, m);
  }

  public TeachingCurveSpec withScratch(double error, int experimentalSize) {
    return new TeachingCurveSpec(d, alpha, c, relativeNoise, sizes, repetitions, seed, error,
        experimentalSize);
  }

  public TeachingCurveSpec withSizes(List<Long> newSizes) {
    return new TeachingCurveSpec(d, alpha, c, relativeNoise, newSizes, repetitions, seed,
        scratchError, m);
  }

  public TeachingCurveSpec withSeed(long newSeed) {
    return new TeachingCurveSpec(d, alpha, c, relativeNoise, sizes, repetitions, newSeed,
        scratchError, m);
  }

  /** The true, noise-free error at n. */
  public double trueError(double n) {
    return d * Math.pow(n, -alpha) + c;
  }
}
