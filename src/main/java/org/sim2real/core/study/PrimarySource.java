package org.sim2real.core.study;

import org.jspecify.annotations.Nullable;
import org.sim2real.core.io.UserFacingException;

/**
 * The name and cost per row of a study's primary simulation ({@link StudyDesign#simulation}), for
 * the comparison of sources ("mp" beside "oqmd" and "aflow"). A label only: the primary's cells
 * keep the plain strategy names ("finetune"), the design hash leaves it out, so naming, renaming
 * or pricing the primary of a finished study trains nothing again.
 *
 * @param name short name ("mp"): letters, digits, '-' and '_', starting with a letter, as a
 *     {@link SimulationSource}'s, and not the name of one of the study's sources
 * @param costPerRow what one simulation row costs (any unit, for budgets), or null
 */
public record PrimarySource(String name, @Nullable Double costPerRow) {
  @SuppressWarnings("ConstantConditions") // Jackson passes null for missing fields
  public PrimarySource {
    SimulationSource.requireName(name, "primary");
    if (costPerRow != null && !(costPerRow > 0 && Double.isFinite(costPerRow))) {
      throw new UserFacingException("primary: the cost per row of " + name
          + " must be a positive number, got " + costPerRow);
    }
  }

  public PrimarySource withCostPerRow(@Nullable Double value) {
    return new PrimarySource(name, value);
  }
}
