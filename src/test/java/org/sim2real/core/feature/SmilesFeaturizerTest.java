package org.sim2real.core.feature;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SmilesFeaturizerTest {
  private final SmilesFeaturizer featurizer = new SmilesFeaturizer();
  private final SmilesFeaturizer descriptorsOnly = new SmilesFeaturizer(0, true);

  private static float[] features(Featurizer f, String smiles) throws FeaturizationException {
    float[] out = new float[f.dimension()];
    f.featurize(List.of(smiles), out, 0);
    return out;
  }

  private float descriptor(String smiles, String name) throws FeaturizationException {
    return features(descriptorsOnly, smiles)[descriptorsOnly.featureNames().indexOf(name)];
  }

  @Test
  void defaultHasA1024BinFingerprintFollowedByElevenDescriptors() {
    assertEquals(1024 + 11, featurizer.dimension());
    assertEquals("ecfp4_0", featurizer.featureNames().get(0));
    assertEquals("molecular_weight", featurizer.featureNames().get(1024));
    assertEquals("connection_points", featurizer.featureNames().get(1034));
    assertEquals("smiles-ecfp4x1024+descriptors", featurizer.id());
    assertEquals("smiles-descriptors", descriptorsOnly.id());
    assertEquals("smiles-ecfp4x64", new SmilesFeaturizer(64, false).id());
  }

  @Test
  void descriptorsOfEthanolBenzeneAndAspirinMatchKnownValues() throws Exception {
    assertEquals(46.07, descriptor("CCO", "molecular_weight"), 0.01);
    assertEquals(20.23, descriptor("CCO", "tpsa"), 0.01);
    assertEquals(1, descriptor("CCO", "hbond_donors"));
    assertEquals(1, descriptor("CCO", "hbond_acceptors"));
    assertEquals(3, descriptor("CCO", "heavy_atoms"));
    assertEquals(1.0, descriptor("CCO", "fraction_sp3"), 1e-6);
    assertEquals(-0.1, descriptor("CCO", "xlogp"), 0.3); // XLogP3 (PubChem) -0.1

    assertEquals(78.11, descriptor("c1ccccc1", "molecular_weight"), 0.01);
    assertEquals(6, descriptor("c1ccccc1", "aromatic_atoms"));
    assertEquals(1, descriptor("c1ccccc1", "ring_count"));
    assertEquals(0, descriptor("c1ccccc1", "tpsa"));
    assertEquals(0, descriptor("c1ccccc1", "fraction_sp3"));
    assertEquals(2.1, descriptor("c1ccccc1", "xlogp"), 0.3); // measured log P 2.13

    String aspirin = "CC(=O)Oc1ccccc1C(=O)O";
    assertEquals(180.16, descriptor(aspirin, "molecular_weight"), 0.01);
    assertEquals(63.6, descriptor(aspirin, "tpsa"), 0.05);
    assertEquals(1, descriptor(aspirin, "hbond_donors"));
    assertEquals(3, descriptor(aspirin, "rotatable_bonds"));
    assertEquals(6, descriptor(aspirin, "aromatic_atoms"));
    assertEquals(13, descriptor(aspirin, "heavy_atoms"));
    assertEquals(1.0 / 9, descriptor(aspirin, "fraction_sp3"), 1e-6);
    assertEquals(0, descriptor(aspirin, "connection_points"));
  }

  @Test
  void kekuleAndAromaticSmilesAndExplicitHydrogensGiveTheSameFeatures() throws Exception {
    assertArrayEquals(features(featurizer, "c1ccccc1"), features(featurizer, "C1=CC=CC=C1"));
    assertArrayEquals(features(featurizer, "OCC"), features(featurizer, "[H]OCC"));
  }

  @Test
  void fingerprintFoldsCountsByHashModuloLength() throws Exception {
    float[] wide = features(new SmilesFeaturizer(2048, false), "CC(=O)Oc1ccccc1C(=O)O");
    float[] narrow = features(new SmilesFeaturizer(1024, false), "CC(=O)Oc1ccccc1C(=O)O");
    // floorMod(h, 2048) mod 1024 == floorMod(h, 1024): folding the wide vector gives the narrow one
    float[] refolded = new float[1024];
    for (int i = 0; i < 2048; i++) {
      refolded[i % 1024] += wide[i];
    }
    assertArrayEquals(narrow, refolded);
    // benzene: 6 equivalent atoms x 3 radii, all counted
    float[] benzene = features(new SmilesFeaturizer(1024, false), "c1ccccc1");
    assertEquals(18f, sum(benzene));
    assertTrue(Arrays.stream(box(benzene)).filter(v -> v > 0).count() <= 3);
  }

  @ParameterizedTest
  @ValueSource(strings = {"*CC(*)c1ccccc1", "*CC(*)C(=O)OC",
      "*Oc1ccc(cc1)C(C)(C)c1ccc(cc1)OC(*)=O"})
  void polymerRepeatUnitsFeaturizeWithoutNaN(String smiles) throws Exception {
    float[] x = features(featurizer, smiles);
    for (int i = 0; i < x.length; i++) {
      assertFalse(Float.isNaN(x[i]) || Float.isInfinite(x[i]), featurizer.featureNames().get(i));
    }
    assertEquals(2, x[featurizer.featureNames().indexOf("connection_points")]);
  }

  @Test
  void repeatUnitSizeDescriptorsExcludeTheMethylCaps() throws Exception {
    // polystyrene C8H8
    assertEquals(104.15, descriptor("*CC(*)c1ccccc1", "molecular_weight"), 0.01);
    assertEquals(8, descriptor("*CC(*)c1ccccc1", "heavy_atoms"));
    assertEquals(0.25, descriptor("*CC(*)c1ccccc1", "fraction_sp3"), 1e-6);
    assertEquals(6, descriptor("*CC(*)c1ccccc1", "aromatic_atoms"));
    // poly(methyl acrylate) C4H6O2
    assertEquals(86.09, descriptor("*CC(*)C(=O)OC", "molecular_weight"), 0.01);
    assertEquals(26.3, descriptor("*CC(*)C(=O)OC", "tpsa"), 0.01);
    // bisphenol-A polycarbonate C16H14O3
    String pc = "*Oc1ccc(cc1)C(C)(C)c1ccc(cc1)OC(*)=O";
    assertEquals(254.28, descriptor(pc, "molecular_weight"), 0.01);
    assertEquals(19, descriptor(pc, "heavy_atoms"));
    assertEquals(12, descriptor(pc, "aromatic_atoms"));
    assertEquals(2, descriptor(pc, "ring_count"));
  }

  @Test
  void methylCapsKeepBackboneEthersAndEstersFreeOfInventedDonors() throws Exception {
    String pc = "*Oc1ccc(cc1)C(C)(C)c1ccc(cc1)OC(*)=O";
    assertEquals(0, descriptor(pc, "hbond_donors"));
    // ether O 9.23 + ester O 9.23 + carbonyl O 17.07, as in the chain; a hydrogen cap would make
    // a phenol (20.23) and a formic ester instead
    assertEquals(35.53, descriptor(pc, "tpsa"), 0.01);
    // what hydrogen caps would have given: a phenol donor
    assertEquals(1, descriptor("Oc1ccc(cc1)C(C)(C)c1ccc(cc1)OC=O", "hbond_donors"));
  }

  @Test
  void connectionPointsAreTheirOwnAtomEnvironmentInTheFingerprint() throws Exception {
    SmilesFeaturizer fp = new SmilesFeaturizer(1024, false);
    // the repeat unit differs from its methyl-capped molecule and from its hydrogen-capped one
    assertNotEquals(Arrays.toString(features(fp, "*CC(*)c1ccccc1")),
        Arrays.toString(features(fp, "CCC(C)c1ccccc1")));
    assertNotEquals(Arrays.toString(features(fp, "*CC(*)c1ccccc1")),
        Arrays.toString(features(fp, "CCc1ccccc1")));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "C1CC|invalid SMILES 'C1CC': Unclosed ring detected, SMILES may be truncated "
          + "(at character 4)",
      "C(|invalid SMILES 'C(': Unclosed branch detected, SMILES may be truncated (at character 2)",
      "Xx|invalid SMILES 'Xx': unexpected character (at character 1)",
      "c1cccc1|invalid SMILES 'c1cccc1': a valid kekulé structure could not be assigned"})
  void invalidSmilesFailWithAClearReason(String smiles, String message) {
    FeaturizationException e =
        assertThrows(FeaturizationException.class, () -> features(featurizer, smiles));
    assertEquals(message, e.getMessage());
  }

  @Test
  void repeatedSmilesGiveIdenticalFeaturesAndReasons() throws Exception {
    SmilesFeaturizer f = new SmilesFeaturizer(128, true);
    float[] first = features(f, "CC(=O)Oc1ccccc1C(=O)O");
    float[] again = new float[f.dimension() + 3];
    f.featurize(List.of(" CC(=O)Oc1ccccc1C(=O)O "), again, 3);
    assertArrayEquals(first, Arrays.copyOfRange(again, 3, again.length));
    again[3] = 99f; // the caller's array is its own: the remembered features stay intact
    assertArrayEquals(first, features(f, "CC(=O)Oc1ccccc1C(=O)O"));
    String reason = assertThrows(FeaturizationException.class, () -> features(f, "C1CC"))
        .getMessage();
    assertEquals(reason,
        assertThrows(FeaturizationException.class, () -> features(f, "C1CC")).getMessage());
  }

  @Test
  void emptySmilesFails() {
    FeaturizationException e =
        assertThrows(FeaturizationException.class, () -> features(featurizer, "  "));
    assertEquals("empty SMILES", e.getMessage());
  }

  @Test
  void settingsAreValidated() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> new SmilesFeaturizer(8, true));
    assertEquals("fingerprint length must be between 16 and 1048576 (or 0 for none), got 8",
        e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> new SmilesFeaturizer(0, false));
  }

  private static float sum(float[] x) {
    float s = 0;
    for (float v : x) {
      s += v;
    }
    return s;
  }

  private static Float[] box(float[] x) {
    Float[] b = new Float[x.length];
    for (int i = 0; i < x.length; i++) {
      b[i] = x[i];
    }
    return b;
  }
}
