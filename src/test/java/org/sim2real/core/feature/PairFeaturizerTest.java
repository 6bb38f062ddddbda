package org.sim2real.core.feature;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class PairFeaturizerTest {
  private final SmilesFeaturizer polymerSide = new SmilesFeaturizer(64, true);
  private final SmilesFeaturizer solventSide = new SmilesFeaturizer(0, true);
  private final PairFeaturizer pair =
      new PairFeaturizer(polymerSide, "polymer", solventSide, "solvent");

  private static float[] features(Featurizer f, String... values) throws FeaturizationException {
    float[] out = new float[f.dimension()];
    f.featurize(List.of(values), out, 0);
    return out;
  }

  @Test
  void concatenatesBothSidesFirstSideFirst() throws Exception {
    float[] both = features(pair, "*CC(*)c1ccccc1", "Cc1ccccc1");
    float[] first = features(polymerSide, "*CC(*)c1ccccc1");
    float[] second = features(solventSide, "Cc1ccccc1");
    assertEquals(first.length + second.length, both.length);
    assertArrayEquals(first, Arrays.copyOfRange(both, 0, first.length));
    assertArrayEquals(second, Arrays.copyOfRange(both, first.length, both.length));
  }

  @Test
  void featureNamesCarryTheRoleAsPrefix() {
    assertEquals(64 + 11 + 11, pair.dimension());
    assertEquals("polymer_ecfp4_0", pair.featureNames().get(0));
    assertEquals("polymer_connection_points", pair.featureNames().get(74));
    assertEquals("solvent_molecular_weight", pair.featureNames().get(75));
    assertEquals("pair(polymer=smiles-ecfp4x64+descriptors,solvent=smiles-descriptors)", pair.id());
    PairFeaturizer plain = new PairFeaturizer(new ElementFractionFeaturizer(),
        new ElementFractionFeaturizer());
    assertEquals("a_fraction_H", plain.featureNames().get(0));
    assertEquals("b_fraction_Lr", plain.featureNames().get(205));
  }

  @Test
  void sidesMayUseDifferentFeaturizers() throws Exception {
    PairFeaturizer mixed = new PairFeaturizer(new ElementFractionFeaturizer(), "salt",
        solventSide, "solvent");
    float[] x = features(mixed, "NaCl", "O");
    assertEquals(0.5f, x[10]); // Na
    assertEquals(18.02, x[103], 0.01); // water's molecular weight
  }

  @Test
  void aFailingSideIsNamedInTheReason() {
    FeaturizationException e = assertThrows(FeaturizationException.class,
        () -> features(pair, "*CC(*)c1ccccc1", "C1CC"));
    assertEquals("solvent: invalid SMILES 'C1CC': Unclosed ring detected, SMILES may be truncated"
        + " (at character 4)", e.getMessage());
  }

  @Test
  void rolesMustBeDistinctIdentifiers() {
    assertThrows(IllegalArgumentException.class,
        () -> new PairFeaturizer(polymerSide, "x", solventSide, "x"));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new PairFeaturizer(polymerSide, "poly mer", solventSide, "solvent"));
    assertEquals("pair role 'poly mer' must start with a letter and hold only letters and digits",
        e.getMessage());
  }
}
