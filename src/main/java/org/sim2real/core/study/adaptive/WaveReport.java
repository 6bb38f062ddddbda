package org.sim2real.core.study.adaptive;

/**
 * One wave of an adaptive study as an observer sees it (the terminal, later the Run step's live
 * forecast): the planner's decision after the wave, and the cost model of the moment.
 *
 * @param wave 1 for the coarse start, then 2, 3, ...
 * @param decision the answer from what is measured before this wave's cells, the cells chosen with
 *     their reasons, or the verdict that ends the study
 * @param fromLedger the chosen cells were already in the ledger (a resumed run replays its waves)
 * @param secondsPerUnit measured CPU-seconds per unit of the grid's cost, NaN before any cell
 * @param secondsSpent measured CPU-seconds of the cells the waves chose so far, NaN when unknown
 */
public record WaveReport(int wave, WaveDecision decision, boolean fromLedger,
    double secondsPerUnit, double secondsSpent) {

  /** CPU-seconds of this wave's chosen cells, estimated; NaN without a cost model. */
  public double estimatedWaveSeconds() {
    return decision.choices().stream().mapToDouble(WaveDecision.Choice::cost).sum() * secondsPerUnit;
  }

  /** CPU-seconds still needed for the requested precision, projected; NaN when unknown. */
  public double projectedSecondsToPrecision() {
    return decision.projectedCost() * secondsPerUnit;
  }

  /** Share of the full grid's compute measured so far. */
  public double spentFraction() {
    return decision.spentCost() / decision.fullCost();
  }
}
