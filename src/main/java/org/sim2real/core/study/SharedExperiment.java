package org.sim2real.core.study;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Whether two study designs measure their learning curves on the same experimental rows, so that
 * their results can be compared pair by pair (repetition r and test row i the same in both): they
 * may differ in the simulation data and its sizes, and in nothing that chooses, featurizes or
 * learns the experimental rows. The comparison of simulation sources
 * ({@code core.scaling.curve.SourceTables}) relies on it.
 */
public final class SharedExperiment {
  private SharedExperiment() {}

  /**
   * What differs between two designs beyond the simulation, in words ("seed 42 and 7"); empty
   * when they share the experiment. The experimental file is compared by its name, import options
   * and columns (a results folder may hold the path relative to another place); the scratch cells
   * of the results show whether the rows really are the same.
   */
  public static List<String> differences(StudyDesign a, StudyDesign b) {
    List<String> out = new ArrayList<>();
    differ(out, "experimental file", fileName(a.experimental().path()),
        fileName(b.experimental().path()));
    differ(out, "experimental import options", a.experimental().options(),
        b.experimental().options(), false);
    differ(out, "experimental columns", a.experimental().roles(), b.experimental().roles());
    differ(out, "test-set file", a.testSet() == null ? null : fileName(a.testSet().path()),
        b.testSet() == null ? null : fileName(b.testSet().path()));
    differ(out, "seed", a.seed(), b.seed());
    differ(out, "test fraction", a.testFraction(), b.testFraction());
    differ(out, "m values", a.experimentalSizes(), b.experimentalSizes());
    differ(out, "repetitions", a.repetitions(), b.repetitions());
    differ(out, "splits file", a.splitsFile(), b.splitsFile());
    differ(out, "featurizer", a.featurizer(), b.featurizer(), false);
    differ(out, "feature standardization", a.standardizeFeatures(), b.standardizeFeatures());
    differ(out, "target standardization", a.standardizeTargets(), b.standardizeTargets());
    differ(out, "model settings", a.model(), b.model(), false);
    return out;
  }

  private static void differ(List<String> out, String what, @Nullable Object a,
      @Nullable Object b) {
    differ(out, what, a, b, true);
  }

  /** Records a difference; long settings are named without their values. */
  private static void differ(List<String> out, String what, @Nullable Object a,
      @Nullable Object b, boolean withValues) {
    if (!Objects.equals(a, b)) {
      out.add(withValues ? what + " " + a + " and " + b : what);
    }
  }

  private static @Nullable String fileName(String path) {
    Path name = Path.of(path).getFileName();
    return name == null ? path : name.toString();
  }
}
