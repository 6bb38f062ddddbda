package org.sim2real.core.scaling.curve;

import java.util.SplittableRandom;

/**
 * Bootstrap resamples of repetitions, drawn once and shared by every quantity of a study, like the
 * reference ("resample rep indices"): resample b picks R repetition columns with replacement, and
 * the same picks are used for every n, every m, the scratch baseline and every strategy. So the
 * resampled quantities of one b belong together (a gain is a transfer mean minus the scratch mean of
 * the same draw), and nested-subset correlations between neighbouring n are kept.
 */
public final class RepetitionResampler {
  private final int[][] counts;

  /**
   * @param repetitions number of repetition columns of the table
   * @param resamples number of bootstrap resamples B
   * @param seed every number derived from the resamples is a function of this seed
   */
  public RepetitionResampler(int repetitions, int resamples, long seed) {
    if (repetitions < 1 || resamples < 0) {
      throw new IllegalArgumentException("need >= 1 repetition and >= 0 resamples");
    }
    SplittableRandom random = new SplittableRandom(seed);
    counts = new int[resamples][repetitions];
    for (int[] draw : counts) {
      for (int i = 0; i < repetitions; i++) {
        draw[random.nextInt(repetitions)]++;
      }
    }
  }

  public int resamples() {
    return counts.length;
  }

  /** How often each repetition column was drawn in resample b (do not modify). */
  public int[] counts(int b) {
    return counts[b];
  }
}
