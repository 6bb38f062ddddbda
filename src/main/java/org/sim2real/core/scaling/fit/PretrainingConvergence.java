package org.sim2real.core.scaling.fit;

import org.jspecify.annotations.Nullable;
import org.sim2real.core.scaling.curve.LearningCurveTable;

/**
 * Whether the floor C of a curve may reflect under-training (src/site/SCIENCE.md, "Laws"): C is
 * what more simulation of this kind cannot remove only if every model was trained to convergence.
 * Reads the per-cell convergence flags of the table, when the study recorded them.
 */
final class PretrainingConvergence {
  private PretrainingConvergence() {}

  /** A sentence for the trust grade when pretraining had not converged at the largest size. */
  static @Nullable String concern(LearningCurveTable table, String strategy, int m) {
    return null; // filled in when the table carries convergence flags
  }
}
