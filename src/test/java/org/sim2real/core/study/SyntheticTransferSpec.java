package org.sim2real.core.study;

/**
 * Settings of a {@link SyntheticTransferData} pair: how many rows, how the simulation is biased
 * and distorted, how noisy both sides are, how far the experiments are shifted, and the seed.
 *
 * @param simulationRows rows of the large simulated dataset
 * @param experimentalRows rows of the small experimental dataset (the fine-tuning pool)
 * @param testRows rows of a separate experimental test set drawn like the experiments; large, so
 *     that the measured test error is close to its expectation and two studies on the same test
 *     set are comparable (a teaching device: real labs rarely have one)
 * @param simulationScale slope a of the simulation's systematic bias a*f + b (1 = none)
 * @param simulationOffset offset b of that bias (0 = none)
 * @param distortion amplitude of the smooth, descriptor-dependent error g(x) the simulation adds
 * @param simulationNoise standard deviation of the simulation's random scatter
 * @param experimentalNoise standard deviation of the measurement noise of the experiments
 * @param experimentalShift how strongly the experiments concentrate in the middle of the
 *     descriptor space: 0 draws them uniformly like the simulations, 1 from a triangular density
 *     peaked at 0.5 (the simulations cover the space, experiments cover what was made)
 * @param seed one seed for everything; the same settings give the same files
 */
public record SyntheticTransferSpec(
    int simulationRows,
    int experimentalRows,
    int testRows,
    double simulationScale,
    double simulationOffset,
    double distortion,
    double simulationNoise,
    double experimentalNoise,
    double experimentalShift,
    long seed) {

  public SyntheticTransferSpec {
    if (simulationRows < 1 || experimentalRows < 1 || testRows < 1) {
      throw new IllegalArgumentException("need at least one simulation, experimental and test row,"
          + " got " + simulationRows + ", " + experimentalRows + " and " + testRows);
    }
    if (!(simulationScale > 0) || !Double.isFinite(simulationScale)) {
      throw new IllegalArgumentException("the simulation scale must be positive, got "
          + simulationScale);
    }
    if (!Double.isFinite(simulationOffset) || !(distortion >= 0) || !Double.isFinite(distortion)) {
      throw new IllegalArgumentException("offset must be finite and distortion >= 0, got "
          + simulationOffset + " and " + distortion);
    }
    if (!(simulationNoise >= 0) || !(experimentalNoise >= 0)
        || !Double.isFinite(simulationNoise) || !Double.isFinite(experimentalNoise)) {
      throw new IllegalArgumentException("noise levels must be finite and >= 0, got "
          + simulationNoise + " and " + experimentalNoise);
    }
    if (!(experimentalShift >= 0 && experimentalShift <= 1)) {
      throw new IllegalArgumentException("the experimental shift must lie in [0, 1], got "
          + experimentalShift);
    }
  }

  /** The settings of the bundled sample (sample-data/synthetic). */
  public static SyntheticTransferSpec sample() {
    return new SyntheticTransferSpec(30_000, 400, 2_000, 0.8, -0.3, 0.25, 0.02, 0.05, 0.5, 2025);
  }

  public SyntheticTransferSpec withRows(int simulation, int experimental, int test) {
    return new SyntheticTransferSpec(simulation, experimental, test, simulationScale,
        simulationOffset, distortion, simulationNoise, experimentalNoise, experimentalShift, seed);
  }

  public SyntheticTransferSpec withSeed(long value) {
    return new SyntheticTransferSpec(simulationRows, experimentalRows, testRows, simulationScale,
        simulationOffset, distortion, simulationNoise, experimentalNoise, experimentalShift, value);
  }

  /**
   * The mean absolute error of a perfect predictor of the true property on noisy experiments,
   * sigma * sqrt(2 / pi): a floor under the transfer gap C that no model can go below.
   */
  public double noiseFloorMae() {
    return experimentalNoise * Math.sqrt(2 / Math.PI);
  }
}
