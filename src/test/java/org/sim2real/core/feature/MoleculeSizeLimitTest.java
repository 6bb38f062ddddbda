package org.sim2real.core.feature;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** Molecules that would exhaust memory in the descriptors are refused with a reason. */
class MoleculeSizeLimitTest {
  @Test
  void absurdHydrogenCountIsRefusedBeforeAnyDescriptorAddsThem() {
    FeaturizationException e = assertThrows(FeaturizationException.class,
        () -> new SmilesFeaturizer(64, true).featurize(java.util.List.of("[CH99]"),
            new float[1000], 0));
    assertEquals("invalid SMILES '[CH99]': an atom with 99 hydrogens (at most 12 are plausible)",
        e.getMessage());
  }

  @Test
  void realHydridesAndLargeRepeatUnitsStillParse() throws FeaturizationException {
    assertEquals(1, MoleculeParser.parse("[ReH9-2]").getAtomCount());
    assertEquals(400, MoleculeParser.parse("C".repeat(400)).getAtomCount());
  }

  @Test
  void moleculesBeyondTheAtomLimitAreRefused() {
    FeaturizationException e = assertThrows(FeaturizationException.class,
        () -> MoleculeParser.parse("C".repeat(2_000)));
    assertEquals("invalid SMILES '" + "C".repeat(80) + "' (1920 more characters): 6002 atoms with"
        + " hydrogens, more than the 5000 a featurizer accepts", e.getMessage());
  }
}
