package org.sim2real.core.study;

import java.util.Objects;

/**
 * One finished cell as recorded in the run ledger: which cell, under which design, with which
 * seed, and its test metrics. Timings are informational and never compared between runs.
 *
 * @param cellId stable id, see {@link Cell#id()}
 * @param designHash SHA-256 of the canonical design JSON the cell belongs to
 * @param pretrainSeconds time spent pretraining for this cell (0 when the model came from a cache
 *     or the strategy needs none)
 */
public record CellResult(
    String cellId,
    String designHash,
    String strategy,
    int n,
    int m,
    int repetition,
    long seed,
    double mae,
    double rmse,
    double r2,
    double pretrainSeconds,
    double finetuneSeconds) {

  public CellResult {
    Objects.requireNonNull(cellId, "cellId");
    Objects.requireNonNull(designHash, "designHash");
    Objects.requireNonNull(strategy, "strategy");
  }

  /** True when both record the same cell with the same numbers (timings ignored). */
  public boolean sameOutcome(CellResult other) {
    return cellId.equals(other.cellId)
        && designHash.equals(other.designHash)
        && seed == other.seed
        && Double.compare(mae, other.mae) == 0
        && Double.compare(rmse, other.rmse) == 0
        && Double.compare(r2, other.r2) == 0;
  }
}
