package org.sim2real.core.study.adaptive;

import java.util.Comparator;
import java.util.Locale;

/**
 * What an adaptive study chooses to run: one pretrained model at size n in one repetition with every
 * transfer cell of it, or (n = 0) one repetition of the scratch baseline. The same cells, ids and
 * seeds as the fixed grid's at that size and repetition. In a study of several simulation sources
 * the group also names its source ("" for the primary simulation and for scratch, which belongs to
 * no source).
 */
public record WaveGroup(int n, int repetition, String source) implements Comparable<WaveGroup> {
  /** The primary simulation's (and scratch's) source. */
  public static final String PRIMARY = "";

  private static final Comparator<WaveGroup> ORDER =
      Comparator.comparing(WaveGroup::source).thenComparingInt(WaveGroup::n)
          .thenComparingInt(WaveGroup::repetition);

  @SuppressWarnings("ConstantConditions") // null accepted for the primary
  public WaveGroup {
    if (n < 0 || repetition < 0) {
      throw new IllegalArgumentException("n and repetition must be >= 0, got " + n + ", " + repetition);
    }
    source = source == null ? PRIMARY : source;
    if (n == 0 && !source.isEmpty()) {
      throw new IllegalArgumentException("the scratch baseline belongs to no source");
    }
  }

  /** A group of the primary simulation. */
  public WaveGroup(int n, int repetition) {
    this(n, repetition, PRIMARY);
  }

  public static WaveGroup scratch(int repetition) {
    return new WaveGroup(0, repetition);
  }

  public boolean isScratch() {
    return n == 0;
  }

  /** Whether the group is of the primary simulation (or scratch). */
  public boolean isPrimary() {
    return source.isEmpty();
  }

  /**
   * "n = 46,416, repetition 2", "aflow n = 46,416, repetition 2" or "scratch, repetition 2"
   * (repetitions counted from 1).
   */
  public String describe() {
    return isScratch() ? "scratch, repetition " + (repetition + 1)
        : String.format(Locale.ROOT, "%sn = %,d, repetition %d", isPrimary() ? "" : source + " ",
            n, repetition + 1);
  }

  @Override
  public int compareTo(WaveGroup other) {
    return ORDER.compare(this, other);
  }
}
