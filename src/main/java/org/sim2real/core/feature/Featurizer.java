package org.sim2real.core.feature;

import java.util.List;

/**
 * Turns one material (the values of its representation columns: a formula, a SMILES, a pair, or
 * numeric descriptors as text) into a fixed-length float vector. Implementations are immutable and
 * thread-safe; featurizing whole tables in parallel is {@link FeatureMatrices}' job.
 */
public interface Featurizer {

  /** Stable identifier stored in designs and projects, e.g. "element-fractions". */
  String id();

  /** Length of every feature vector. */
  int dimension();

  /** One name per feature, in vector order. */
  List<String> featureNames();

  /**
   * Writes the features of one material into {@code out[offset .. offset + dimension())}.
   *
   * @param representation the values of the representation columns of one row, in role order
   * @throws FeaturizationException with a user-facing reason when the material is unusable
   */
  void featurize(List<String> representation, float[] out, int offset)
      throws FeaturizationException;
}
