package org.sim2real.core.study;

import java.util.List;
import org.jspecify.annotations.Nullable;

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

  /** Every cell of the design, in a stable order ({@link WorkOrder#cells}). */
  public List<Cell> cells() {
    return WorkOrder.cells(design);
  }

  /** The features and targets of the experimental test rows, fixed for the whole study. */
  public PreparedDataset testData() {
    return testSet != null ? testSet : experimental;
  }
}
