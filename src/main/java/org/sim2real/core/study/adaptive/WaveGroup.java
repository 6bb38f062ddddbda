package org.sim2real.core.study.adaptive;

import java.util.Comparator;
import java.util.Locale;

/**
 * What an adaptive study chooses to run: one pretrained model at size n in one repetition with every
 * transfer cell of it, or (n = 0) one repetition of the scratch baseline. The same cells, ids and
 * seeds as the fixed grid's at that size and repetition.
 */
public record WaveGroup(int n, int repetition) implements Comparable<WaveGroup> {
  private static final Comparator<WaveGroup> ORDER =
      Comparator.comparingInt(WaveGroup::n).thenComparingInt(WaveGroup::repetition);

  public WaveGroup {
    if (n < 0 || repetition < 0) {
      throw new IllegalArgumentException("n and repetition must be >= 0, got " + n + ", " + repetition);
    }
  }

  public static WaveGroup scratch(int repetition) {
    return new WaveGroup(0, repetition);
  }

  public boolean isScratch() {
    return n == 0;
  }

  /** "n = 46,416, repetition 2" or "scratch, repetition 2" (repetitions counted from 1). */
  public String describe() {
    return isScratch() ? "scratch, repetition " + (repetition + 1)
        : String.format(Locale.ROOT, "n = %,d, repetition %d", n, repetition + 1);
  }

  @Override
  public int compareTo(WaveGroup other) {
    return ORDER.compare(this, other);
  }
}
