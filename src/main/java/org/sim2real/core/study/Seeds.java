package org.sim2real.core.study;

/**
 * Derives independent seeds from a study's master seed, so that every cell's randomness depends
 * only on the design and on what the cell is, never on execution order or thread count.
 *
 * <p>Mixing uses the SplitMix64 finalizer (Steele, Lea, Flood 2014), whose output is a bijection
 * of its input with good avalanche; {@link String#hashCode()} is specified by the JLS, so derived
 * seeds are stable across JVMs and platforms.
 */
public final class Seeds {
  private static final long GOLDEN = 0x9E3779B97F4A7C15L;

  private Seeds() {}

  /** A seed for {@code purpose} (e.g. "pretrain") and the integers that identify the work. */
  public static long derive(long masterSeed, String purpose, long... parts) {
    long h = mix(masterSeed + GOLDEN * (purpose.hashCode() + 1L));
    for (long part : parts) {
      h = mix(h ^ (part + GOLDEN));
    }
    return h;
  }

  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
