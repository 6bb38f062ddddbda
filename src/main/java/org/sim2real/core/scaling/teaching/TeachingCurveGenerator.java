package org.sim2real.core.scaling.teaching;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.DoubleBinaryOperator;
import java.util.function.DoubleUnaryOperator;
import org.jspecify.annotations.Nullable;
import org.sim2real.core.scaling.curve.LearningCurveTable;
import org.sim2real.core.scaling.curve.Observation;
import org.sim2real.core.scaling.fit.LawFitter;

/**
 * Generates learning-curve tables with a known answer: every repetition is the true error times
 * (1 + noise * z), z standard normal, drawn from one seeded generator (clamped at 0, which at the
 * noise levels used never happens). The Teach screen draws its curves with it; the known-answer tests of the fits use it too.
 */
public final class TeachingCurveGenerator {
  /** Strategy name of generated transfer rows. */
  public static final String STRATEGY = "transfer";

  private TeachingCurveGenerator() {}

  /** A table for a {@link TeachingCurveSpec}: one transfer curve, optionally a scratch baseline. */
  public static LearningCurveTable generate(TeachingCurveSpec spec) {
    Double scratch = spec.scratchError();
    return generate(spec.sizes(), List.of(spec.m()), spec.repetitions(), spec.relativeNoise(),
        spec.seed(), (n, m) -> spec.trueError(n), scratch == null ? null : m -> scratch);
  }

  /**
   * A table over an (n, m) grid with any true curve, e.g. a broken power law or the
   * two-dimensional law.
   *
   * @param transferError true transfer error at (n, m)
   * @param scratchError true scratch error at m, or null for no baseline rows
   */
  public static LearningCurveTable generate(
      List<Long> sizes,
      List<Integer> mValues,
      int repetitions,
      double relativeNoise,
      long seed,
      DoubleBinaryOperator transferError,
      @Nullable DoubleUnaryOperator scratchError) {
    SplittableRandom random = new SplittableRandom(seed);
    List<Observation> rows = new ArrayList<>();
    for (int r = 0; r < repetitions; r++) {
      for (int m : mValues) {
        if (scratchError != null) {
          double e = scratchError.applyAsDouble(m);
          rows.add(new Observation(Observation.SCRATCH, m, 0, r, noisy(e, relativeNoise, random)));
        }
        for (long n : sizes) {
          double e = transferError.applyAsDouble(n, m);
          rows.add(new Observation(STRATEGY, m, n, r, noisy(e, relativeNoise, random)));
        }
      }
    }
    return LearningCurveTable.of("synthetic (seed " + seed + ")", rows).withIndependentCells();
  }

  /** count sizes log-spaced from..to, rounded to whole numbers (100, 215, 464, ... like the reference). */
  public static List<Long> logSpacedSizes(long from, long to, int count) {
    List<Long> sizes = new ArrayList<>();
    for (double v : LawFitter.logGrid(from, to, count)) {
      long n = Math.round(v);
      if (sizes.isEmpty() || n > sizes.get(sizes.size() - 1)) {
        sizes.add(n);
      }
    }
    return sizes;
  }

  private static double noisy(double error, double relativeNoise, SplittableRandom random) {
    return Math.max(0, error * (1 + relativeNoise * random.nextGaussian()));
  }
}
