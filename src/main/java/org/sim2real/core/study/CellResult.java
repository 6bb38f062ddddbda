package org.sim2real.core.study;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One finished cell as recorded in the run ledger: which cell, under which design, with which
 * seed, and its test metrics. Timings are informational and never compared between runs.
 *
 * @param cellId stable id, see {@link Cell#id()}
 * @param designHash SHA-256 of the canonical design JSON the cell belongs to
 * @param pretrainSeconds time spent pretraining for this cell (0 when the model came from a cache
 *     or the strategy needs none)
 * @param pretrainConverged whether the pretraining loss had flattened when pretraining stopped
 *     ({@link org.sim2real.core.model.LossConvergence}); null when unknown or not applicable:
 *     scratch cells, tabular models, runs too short to judge, models from a cache written before
 *     the workbench kept the flag, and ledger lines written before it (the field is then absent)
 * @param pretrainLossImprovement the relative improvement of the pretraining loss over the last
 *     tenth of the steps behind {@code pretrainConverged}; null exactly when that is
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
    double finetuneSeconds,
    @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable Boolean pretrainConverged,
    @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable Double pretrainLossImprovement) {

  public CellResult {
    Objects.requireNonNull(cellId, "cellId");
    Objects.requireNonNull(designHash, "designHash");
    Objects.requireNonNull(strategy, "strategy");
    if ((pretrainConverged == null) != (pretrainLossImprovement == null)) {
      throw new IllegalArgumentException("pretrainConverged and pretrainLossImprovement are given"
          + " together or not at all, got " + pretrainConverged + " and " + pretrainLossImprovement);
    }
    if (pretrainLossImprovement != null && !Double.isFinite(pretrainLossImprovement)) {
      throw new IllegalArgumentException("pretrainLossImprovement must be finite, got "
          + pretrainLossImprovement);
    }
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
