package org.sim2real.core.study;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A study ready to run: the design with every default resolved (roles, featurizer, sizes, m
 * values), the prepared data, the row splits, and the design hash that names its results; the
 * named simulation sources ({@link StudyDesign#sources}) each with their own data.
 */
public record StudyPlan(
    StudyDesign design,
    String designHash,
    PreparedDataset simulation,
    PreparedDataset experimental,
    @Nullable PreparedDataset testSet,
    Splits splits,
    List<String> warnings,
    List<PreparedSource> sources) {

  public StudyPlan {
    warnings = List.copyOf(warnings);
    sources = List.copyOf(sources);
  }

  /** The prepared named source called {@code name}. */
  public PreparedSource source(String name) {
    for (PreparedSource source : sources) {
      if (source.name().equals(name)) {
        return source;
      }
    }
    throw new IllegalArgumentException("no source " + name);
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
