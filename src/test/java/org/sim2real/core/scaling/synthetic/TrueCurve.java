package org.sim2real.core.scaling.synthetic;

import java.util.SplittableRandom;

/**
 * A known mean-error curve of a synthetic study: the broken power law E(n) = C + D (1 + n /
 * n_b)^-alpha (flat, then falling; a power law with floor from the smallest size on when n_b is far
 * below the sizes), and the scratch baseline's error.
 */
public record TrueCurve(double floor, double prefactor, double breakN, double alpha,
    double scratch) {

  public double value(double n) {
    return floor + prefactor * Math.pow(1 + n / breakN, -alpha);
  }

  /** n*(T): infinite when T <= C. */
  public double requiredN(double target) {
    if (target <= floor) {
      return Double.POSITIVE_INFINITY;
    }
    return breakN * (Math.pow((target - floor) / prefactor, -1 / alpha) - 1);
  }

  /**
   * Flat, then a power law: plateau 0.3 to 1.0 (near the scratch error), floor 10% to 70% of it,
   * break 10^3 to 10^4, alpha 0.2 to 0.8.
   */
  public static TrueCurve brokenPowerLaw(SplittableRandom random) {
    double plateau = uniform(random, 0.3, 1.0);
    double floor = plateau * uniform(random, 0.1, 0.7);
    return new TrueCurve(floor, plateau - floor, Math.pow(10, uniform(random, 3, 4)),
        uniform(random, 0.2, 0.8), plateau * uniform(random, 0.97, 1.03));
  }

  /**
   * A power law with a floor from the smallest size on (transfer helps from the start): error 0.4
   * to 1.0 at n = 100, floor 10% to 60% of it, alpha 0.15 to 0.6, scratch 0 to 20% above the
   * error at n = 100.
   */
  public static TrueCurve powerLawWithFloor(SplittableRandom random) {
    double e100 = uniform(random, 0.4, 1.0);
    double alpha = uniform(random, 0.15, 0.6);
    double floor = e100 * uniform(random, 0.1, 0.6);
    // n_b = 1 puts the break far below the sizes: (1 + n)^-alpha is n^-alpha there
    return new TrueCurve(floor, (e100 - floor) * Math.pow(101, alpha), 1, alpha,
        e100 * uniform(random, 1.0, 1.2));
  }

  private static double uniform(SplittableRandom random, double low, double high) {
    return low + (high - low) * random.nextDouble();
  }
}
