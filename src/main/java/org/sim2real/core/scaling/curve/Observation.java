package org.sim2real.core.scaling.curve;

/**
 * One measured test error of a learning-curve table: a model of {@code strategy} pretrained on
 * {@code n} simulation samples and fine-tuned on {@code m} experiments, in one repetition.
 *
 * @param strategy transfer strategy, or {@link #SCRATCH} for the baseline trained on experiments
 *     only
 * @param m experimental training size, or {@link #M_NOT_GIVEN} when the table has one unnamed m
 * @param n simulation size; 0 for the scratch baseline
 * @param repetition repetition number (the same number means the same experimental draw)
 * @param error test error (MAE by default); non-negative and finite
 */
public record Observation(String strategy, int m, long n, int repetition, double error) {

  /** Strategy name of the baseline trained on the m experiments alone. */
  public static final String SCRATCH = "scratch";

  /** m of a table that has no m column: one, unnamed, experimental training size. */
  public static final int M_NOT_GIVEN = -1;

  public Observation {
    if (strategy.isBlank()) {
      throw new IllegalArgumentException("strategy must not be blank");
    }
    if (m < 0 && m != M_NOT_GIVEN) {
      throw new IllegalArgumentException("m must be >= 0, got " + m);
    }
    if (n < 0) {
      throw new IllegalArgumentException("n must be >= 0, got " + n);
    }
    if (!(error >= 0) || Double.isInfinite(error)) {
      throw new IllegalArgumentException("error must be finite and >= 0, got " + error);
    }
    if (SCRATCH.equals(strategy) != (n == 0)) {
      throw new IllegalArgumentException(
          "the scratch baseline has n = 0 and only it: strategy " + strategy + ", n " + n);
    }
  }

  public boolean isBaseline() {
    return n == 0;
  }

  /** "m = 3683" or "m not given", for sentences. */
  public static String describeM(int m) {
    return m == M_NOT_GIVEN ? "m not given" : "m = " + m;
  }
}
