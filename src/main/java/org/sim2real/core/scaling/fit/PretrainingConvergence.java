package org.sim2real.core.scaling.fit;

import org.jspecify.annotations.Nullable;
import org.sim2real.core.scaling.curve.Format;
import org.sim2real.core.scaling.curve.LearningCurve;
import org.sim2real.core.scaling.curve.LearningCurveTable;

/**
 * Whether the floor C of a curve may reflect under-training (src/site/SCIENCE.md, "Laws"): C is
 * what more simulation of this kind cannot remove only if every model was trained to convergence.
 * Reads the per-cell convergence flags the study recorded (a pretraining loss that still improved by
 * 2% or more over the last tenth of its steps had not converged).
 */
final class PretrainingConvergence {
  private PretrainingConvergence() {}

  /** A sentence for the trust grade when pretraining had not converged at the largest size. */
  static @Nullable String concern(LearningCurveTable table, String strategy, int m) {
    LearningCurve curve = table.curve(strategy, m).orElse(null);
    if (curve == null) {
      return null;
    }
    int last = curve.sizeCount() - 1;
    long n = curve.size(last);
    int[] reps = curve.repetitionIds();
    int notConverged = 0;
    int known = 0;
    for (int r = 0; r < reps.length; r++) {
      if (Double.isNaN(curve.error(last, r))) {
        continue;
      }
      Boolean flag = table.pretrainingConverged(strategy, m, n, reps[r]);
      if (flag != null) {
        known++;
        notConverged += flag ? 0 : 1;
      }
    }
    if (notConverged == 0) {
      return null;
    }
    return "Pretraining had not converged at the largest size (n = " + Format.size(n) + ", "
        + notConverged + " of " + known + " repetitions: the loss still fell by 2% or more over"
        + " the last tenth of its steps), so the floor C may partly reflect under-training rather"
        + " than what more simulation cannot remove; pretrain longer (the step budget growing with"
        + " n does).";
  }
}
