package org.sim2real.ui.common.study;

import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.sim2real.core.data.ColumnRoles;
import org.sim2real.core.data.RepresentationKind;
import org.sim2real.core.feature.FeaturizerSpec;
import org.sim2real.core.study.StudyPlanner;

/**
 * What the Study screen knows about the imported data without planning: row counts of the usable
 * rows and the simulation's column roles. Featurization may still drop rows when the study is
 * planned; the planner then checks the schedule again.
 *
 * @param simulationRows usable simulation rows, or null before the data are imported
 * @param experimentalRows usable experimental rows, or null
 * @param roles the simulation data's column roles, or null
 * @param sourceRows usable rows of each further simulation source, in the project's order (null
 *     for a source not checked yet)
 */
public record DataFacts(
    @Nullable Integer simulationRows,
    @Nullable Integer experimentalRows,
    @Nullable ColumnRoles roles,
    List<@Nullable Integer> sourceRows) {

  public static final DataFacts NONE = new DataFacts(null, null, null);

  public DataFacts {
    sourceRows = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(sourceRows));
  }

  /** Facts of a study of one simulation source. */
  public DataFacts(@Nullable Integer simulationRows, @Nullable Integer experimentalRows,
      @Nullable ColumnRoles roles) {
    this(simulationRows, experimentalRows, roles, List.of());
  }

  public boolean ready() {
    return simulationRows != null && experimentalRows != null;
  }

  /**
   * Experimental rows left for training after the test split, as the planner draws it
   * (round(fraction x rows) test rows); null when unknown or when the split leaves nothing.
   *
   * @param separateTestFile all experimental rows train when the test rows come from a file
   */
  public @Nullable Integer trainingPool(double testFraction, boolean separateTestFile) {
    if (experimentalRows == null) {
      return null;
    }
    if (separateTestFile) {
      return experimentalRows;
    }
    int test = (int) Math.round(testFraction * experimentalRows);
    return test < 1 || test >= experimentalRows ? null : experimentalRows - test;
  }

  /** Test rows the fraction holds out, or null when unknown. */
  public @Nullable Integer testRows(double testFraction) {
    return experimentalRows == null ? null : (int) Math.round(testFraction * experimentalRows);
  }

  /** What the representation is, for labels: "formula", "SMILES", "pair", "descriptors". */
  public String representation() {
    if (roles == null) {
      return "unknown";
    }
    if (roles.isDescriptors()) {
      return "descriptors";
    }
    if (roles.representations().size() == 2) {
      return "pair";
    }
    return roles.kind(0) == RepresentationKind.FORMULA ? "formula" : "SMILES";
  }

  /**
   * The featurizer the planner picks when the design leaves it open (as
   * {@code StudyPlanner.defaultFeaturizer}): composition statistics for formulas, fingerprint and
   * descriptors for SMILES, both sides for pairs, the columns for descriptors. Null when the
   * roles are unknown.
   */
  public @Nullable FeaturizerSpec defaultFeaturizer() {
    return roles == null ? null : StudyPlanner.defaultFeaturizer(roles);
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "DataFacts[sim=%s, exp=%s, %s]", simulationRows,
        experimentalRows, representation());
  }
}
