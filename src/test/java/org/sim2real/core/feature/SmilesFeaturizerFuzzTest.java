package org.sim2real.core.feature;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.sim2real.fuzz.FuzzOracles;

/**
 * Coverage-guided fuzzing of SMILES parsing, canonicalization and featurization (CDK underneath):
 * any text either gives finite features and a canonical key, or a {@link FeaturizationException}
 * with a one-line reason; nothing else may escape (a CDK runtime exception would abort a whole
 * import instead of rejecting one row).
 */
class SmilesFeaturizerFuzzTest {
  private static final SmilesFeaturizer FEATURIZER = new SmilesFeaturizer(64, true);

  @FuzzTest(maxDuration = "12m")
  void anySmilesGivesFiniteFeaturesOrARejectionReason(byte[] input) {
    String smiles = new String(input, StandardCharsets.UTF_8);
    if (smiles.length() > 400) {
      return; // longer than any molecule in a materials table; CDK's cost grows with size
    }
    try {
      MoleculeParser.canonical(smiles);
    } catch (FeaturizationException e) {
      FuzzOracles.assertOneLine(e);
    }
    float[] features = new float[FEATURIZER.dimension()];
    try {
      FEATURIZER.featurize(List.of(smiles), features, 0);
    } catch (FeaturizationException e) {
      FuzzOracles.assertOneLine(e);
      return;
    }
    for (int i = 0; i < features.length; i++) {
      float f = features[i];
      int index = i;
      assertTrue(Float.isFinite(f), () -> FEATURIZER.featureNames().get(index) + " = " + f
          + " for '" + smiles + "'");
    }
  }
}
