package org.sim2real.core.project;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * A further simulation database of the project besides its primary simulation data: the study
 * runs it as the source {@code name} (its own curve, against the same experiments and scratch
 * baseline), so the sources can be compared.
 *
 * @param name the source's short name in the study ("oqmd"); the study design checks its form
 * @param dataset the file, its content digest and how it is imported
 * @param costPerRow what one row of this source costs (any unit, the same for every source), or
 *     null when not known; it only serves budgets
 */
public record SourceReference(
    @JsonProperty(required = true) String name,
    @JsonProperty(required = true) DatasetReference dataset,
    @Nullable Double costPerRow) {

  public SourceReference {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("a simulation source has no name");
    }
    if (dataset == null) {
      throw new IllegalArgumentException("the simulation source " + name + " has no dataset");
    }
    if (costPerRow != null && !(costPerRow > 0 && Double.isFinite(costPerRow))) {
      throw new IllegalArgumentException("the cost per row of the simulation source " + name
          + " must be a positive number or absent, not " + costPerRow);
    }
  }

  public SourceReference withName(String value) {
    return new SourceReference(value, dataset, costPerRow);
  }

  public SourceReference withDataset(DatasetReference value) {
    return new SourceReference(name, value, costPerRow);
  }

  public SourceReference withCostPerRow(@Nullable Double value) {
    return new SourceReference(name, dataset, value);
  }
}
