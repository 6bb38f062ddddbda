package org.sim2real.core.study;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.sim2real.core.model.TransferStrategy;

/**
 * A study ready to run: the design with every default resolved (roles, featurizer, sizes, m
 * values), the prepared data, the row splits, and the design hash that names its results.
 */
public record StudyPlan(
    StudyDesign design,
    String designHash,
    PreparedDataset simulation,
    PreparedDataset experimental,
    @Nullable PreparedDataset testSet,
    Splits splits,
    List<String> warnings) {

  public StudyPlan {
    warnings = List.copyOf(warnings);
  }

  /** Every cell of the design, in a stable order. */
  public List<Cell> cells() {
    List<Cell> cells = new ArrayList<>();
    for (int rep = 0; rep < design.repetitions(); rep++) {
      for (int m : design.experimentalSizes()) {
        for (TransferStrategy s : design.strategies()) {
          if (s.needsPretrainedModel()) {
            for (int n : design.sizes()) {
              cells.add(new Cell(StrategyIds.id(s), n, m, rep));
            }
          } else {
            cells.add(new Cell(StrategyIds.id(s), 0, m, rep));
          }
        }
      }
    }
    return cells;
  }

  /** The features and targets of the experimental test rows, fixed for the whole study. */
  public PreparedDataset testData() {
    return testSet != null ? testSet : experimental;
  }
}
