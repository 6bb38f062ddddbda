package org.sim2real.cli;

import org.jspecify.annotations.Nullable;
import org.sim2real.core.io.UserFacingException;
import org.sim2real.core.scaling.forecast.ForecastRequest;
import picocli.CommandLine.Option;

/** The forecast's questions, shared by {@code forecast} and {@code report}. */
final class ForecastOptions {
  @Option(names = "--target", paramLabel = "T",
      description = "Target test error for the data need (in the unit of the error column).")
  @Nullable Double target;

  @Option(names = "--cost-sim", paramLabel = "COST", description = "Cost of one simulation row.")
  @Nullable Double costPerSimulation;

  @Option(names = "--cost-exp", paramLabel = "COST", description = "Cost of one experiment.")
  @Nullable Double costPerExperiment;

  @Option(names = "--budget", paramLabel = "AMOUNT",
      description = "Budget to spend on simulation or on experiments (needs --cost-sim and"
          + " --cost-exp).")
  @Nullable Double budget;

  @Option(names = "--unit", paramLabel = "UNIT",
      description = "Unit of the error for the sentences and the axis, e.g. eV (default: the unit"
          + " the study's target column names, e.g. eV for band_gap_eV; none for a plain table).")
  @Nullable String unit;

  @Option(names = "--n-max", paramLabel = "N",
      description = "Extrapolate the law and its prediction band to this n (default: 10x the"
          + " largest measured n).")
  @Nullable Double bandMaxN;

  /** The request, with the band drawn at {@code bandPoints} sizes; user errors for bad values. */
  ForecastRequest request(int bandPoints) {
    boolean anyCost = costPerSimulation != null || costPerExperiment != null || budget != null;
    boolean allCosts = costPerSimulation != null && costPerExperiment != null && budget != null;
    if (anyCost && !allCosts) {
      throw new UserFacingException(
          "budget advice needs all three of --cost-sim, --cost-exp and --budget");
    }
    try {
      return new ForecastRequest(target, costPerSimulation, costPerExperiment, budget, bandMaxN,
          bandPoints);
    } catch (IllegalArgumentException e) {
      throw new UserFacingException(e.getMessage() + " (see --help)", e);
    }
  }
}
