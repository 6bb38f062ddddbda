package org.sim2real.core.scaling.forecast;

import org.jspecify.annotations.Nullable;

/**
 * What a forecast is asked for.
 *
 * @param target target error T for the data need n*(T), or null for none
 * @param costPerSimulation cost of one more simulation sample (any currency or hours), or null
 * @param costPerExperiment cost of one more experiment, or null
 * @param budget budget to spend on one or the other, or null
 * @param bandMaxN largest n of the prediction band, or null for 10x the largest measured n
 * @param bandPoints number of log-spaced points of the band
 */
public record ForecastRequest(
    @Nullable Double target,
    @Nullable Double costPerSimulation,
    @Nullable Double costPerExperiment,
    @Nullable Double budget,
    @Nullable Double bandMaxN,
    int bandPoints) {

  public ForecastRequest {
    requirePositive(target, "target error");
    requirePositive(costPerSimulation, "cost per simulation");
    requirePositive(costPerExperiment, "cost per experiment");
    requirePositive(budget, "budget");
    requirePositive(bandMaxN, "largest n of the band");
    if (bandPoints < 2 || bandPoints > 10_000) {
      throw new IllegalArgumentException("band points must lie in 2..10000, got " + bandPoints);
    }
  }

  public static ForecastRequest forTarget(@Nullable Double target) {
    return new ForecastRequest(target, null, null, null, null, 50);
  }

  public ForecastRequest withCosts(double perSimulation, double perExperiment, double total) {
    return new ForecastRequest(target, perSimulation, perExperiment, total, bandMaxN, bandPoints);
  }

  public ForecastRequest withBandMaxN(double maxN) {
    return new ForecastRequest(target, costPerSimulation, costPerExperiment, budget, maxN, bandPoints);
  }

  private static void requirePositive(@Nullable Double value, String name) {
    if (value != null && !(value > 0 && Double.isFinite(value))) {
      throw new IllegalArgumentException(name + " must be a positive number, got " + value);
    }
  }
}
