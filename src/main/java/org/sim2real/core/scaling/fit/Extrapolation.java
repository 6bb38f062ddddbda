package org.sim2real.core.scaling.fit;

import org.sim2real.core.scaling.curve.Format;

/**
 * How much a forecast's uncertainty grows beyond the measured sizes, beyond what the bootstrap of
 * the measured points gives: a law fitted on the sizes measured so far may change its form further
 * out (src/site/SCIENCE.md, "Uncertainty", source 3). The log of a forecast gets an extra normal
 * spread of {@code perDecade * log10(n / largestMeasuredN)} for n beyond the measured sizes, none
 * inside them.
 *
 * @param perDecade s, the standard deviation of the log error per decade of extrapolation
 * @param fromOwnBackTests share of the evidence behind s that comes from this curve's own
 *     rolling-origin back-tests (the rest is the bundled calibration)
 * @param ownBackTests number of this curve's back-test predictions that entered
 */
public record Extrapolation(double perDecade, double fromOwnBackTests, int ownBackTests) {
  public Extrapolation {
    if (!(perDecade >= 0) || Double.isInfinite(perDecade)) {
      throw new IllegalArgumentException("spread per decade must be finite and >= 0");
    }
  }

  /** No widening at all (for tests and for quantities inside the measured range). */
  public static final Extrapolation NONE = new Extrapolation(0, 0, 0);

  /** Standard deviation of ln(forecast) added at n for a curve measured up to largestN. */
  public double sigma(double n, double largestN) {
    return n <= largestN ? 0 : perDecade * Math.log10(n / largestN);
  }

  /** "about 6.0% per decade of extrapolation (from the bundled calibration and 4 back-tests)". */
  public String sentence() {
    String source = ownBackTests == 0 ? "from the bundled calibration curves"
        : "from the bundled calibration curves and " + ownBackTests + " back-test predictions of"
            + " this curve (" + Format.percent(fromOwnBackTests) + " of the weight)";
    return "Beyond the measured sizes the forecast band widens by about "
        + Format.percent(Math.expm1(perDecade)) + " per decade of extrapolation, " + source + ".";
  }
}
