package org.sim2real.ui.common.study;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.sim2real.core.feature.FeaturizerSpec;
import org.sim2real.core.study.StudyDesign;
import org.sim2real.ui.common.Texts;

/**
 * What keeps a valid design from running on the imported data: sizes larger than the data, a
 * test split that leaves nothing, a featurizer that does not read the representation. The planner
 * checks the same again (after featurization, which may drop rows); these checks let the Study
 * screen say so as the user types.
 */
public final class DesignProblems {
  private DesignProblems() {}

  public static List<String> of(StudyDesign design, DataFacts facts) {
    List<String> problems = new ArrayList<>();
    if (!facts.ready()) {
      problems.add("Import the simulation and the experimental data in the Data step.");
      return problems;
    }
    addIfPresent(problems, sizes(design.sizes(), facts));
    String split = split(design.testFraction(), design.testSet() != null, facts);
    addIfPresent(problems, split);
    if (split == null) {
      addIfPresent(problems, experimentalSizes(design.experimentalSizes(), design, facts));
    }
    addIfPresent(problems, featurizer(design.featurizer(), facts));
    return problems;
  }

  /** Why an n is too large for the simulation data, or null. */
  public static @Nullable String sizes(List<Integer> sizes, DataFacts facts) {
    Integer rows = facts.simulationRows();
    if (rows == null || sizes.isEmpty()) {
      return null;
    }
    int largest = sizes.get(sizes.size() - 1);
    return largest > rows ? "n = " + Texts.count(largest) + " is larger than the "
        + Texts.count(rows) + " usable simulation rows" : null;
  }

  /** Why an m is too large for the experimental training rows, or null. */
  public static @Nullable String experimentalSizes(List<Integer> ms, StudyDesign design,
      DataFacts facts) {
    Integer pool = facts.trainingPool(design.testFraction(), design.testSet() != null);
    if (pool == null || ms.isEmpty()) {
      return null;
    }
    int largest = ms.get(ms.size() - 1);
    return largest > pool ? "m = " + Texts.count(largest) + " is larger than the "
        + Texts.count(pool) + " experimental training rows left after the test split" : null;
  }

  /** Why the test fraction leaves no test or no training rows, or null. */
  public static @Nullable String split(double fraction, boolean separateTestFile,
      DataFacts facts) {
    Integer rows = facts.experimentalRows();
    if (rows == null || separateTestFile || facts.trainingPool(fraction, false) != null) {
      return null;
    }
    return "a test fraction of " + Texts.plain(fraction) + " of " + Texts.count(rows)
        + " experimental rows leaves no test rows or no training rows";
  }

  /** Why an explicit featurizer cannot read the simulation data's representation, or null. */
  public static @Nullable String featurizer(@Nullable FeaturizerSpec spec, DataFacts facts) {
    if (spec == null || facts.roles() == null) {
      return null;
    }
    String representation = facts.representation();
    boolean fits = switch (spec.kind()) {
      case ELEMENT_FRACTIONS, COMPOSITION_STATS -> representation.equals("formula");
      case SMILES -> representation.equals("SMILES");
      case PAIR -> representation.equals("pair");
      case DESCRIPTORS -> representation.equals("descriptors");
    };
    return fits ? null : FeaturizerChoice.of(spec.kind()).label() + " cannot read "
        + representation + " data; choose another featurizer";
  }

  private static void addIfPresent(List<String> list, @Nullable String problem) {
    if (problem != null) {
      list.add(problem + ".");
    }
  }
}
