package org.sim2real.core.feature;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sim2real.core.feature.FeaturizerSpec.Kind;
import tools.jackson.databind.json.JsonMapper;

class FeaturizerSpecTest {
  private final JsonMapper json = JsonMapper.builder().build();

  @Test
  void referencePresetIsTheElementFractionFeaturizer() {
    Featurizer f = FeaturizerSpec.bandgapReference().create();
    assertInstanceOf(ElementFractionFeaturizer.class, f);
    assertEquals("element-fractions", f.id());
    assertEquals(103, f.dimension());
  }

  @Test
  void defaultsPerRepresentation() {
    assertEquals("composition-stats",
        FeaturizerSpec.defaultFor("formula", List.of("formula")).create().id());
    assertEquals("smiles-ecfp4x1024+descriptors",
        FeaturizerSpec.defaultFor("SMILES", List.of("smiles")).create().id());
    Featurizer pair = FeaturizerSpec.defaultFor("pair",
        List.of("polymer_smiles", "Solvent SMILES")).create();
    assertEquals("pair(polymer=smiles-ecfp4x1024+descriptors,"
        + "Solvent=smiles-ecfp4x1024+descriptors)", pair.id());
    assertEquals("a_ecfp4_0",
        FeaturizerSpec.defaultFor("pair", List.of("x", "x")).create().featureNames().get(0));
    Featurizer passthrough =
        FeaturizerSpec.defaultFor("descriptors", List.of("density", "Tg")).create();
    assertEquals(List.of("density", "Tg"), passthrough.featureNames());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> FeaturizerSpec.defaultFor("inchi", List.of("x")));
    assertEquals("unknown representation 'inchi'; use formula, smiles, pair or descriptors",
        e.getMessage());
  }

  @Test
  void smilesSettingsReachTheFeaturizer() {
    Featurizer f = FeaturizerSpec.smiles(256, true, false).create();
    assertEquals(256, f.dimension());
    assertEquals(11, FeaturizerSpec.smiles(256, false, true).create().dimension());
  }

  @Test
  void invalidSettingsAreRejectedWithClearMessages() {
    assertEquals("fingerprint length must be between 16 and 1048576, got 0",
        assertThrows(IllegalArgumentException.class,
            () -> FeaturizerSpec.smiles(0, true, true)).getMessage());
    assertEquals("a SMILES featurizer needs the fingerprint, the descriptors or both",
        assertThrows(IllegalArgumentException.class,
            () -> FeaturizerSpec.smiles(1024, false, false)).getMessage());
    assertEquals("a pair side must be ELEMENT_FRACTIONS, COMPOSITION_STATS or SMILES, got PAIR",
        assertThrows(IllegalArgumentException.class,
            () -> FeaturizerSpec.pair(Kind.PAIR, "a", Kind.SMILES, "b")).getMessage());
    assertEquals("the two pair roles must differ, both are 'a'",
        assertThrows(IllegalArgumentException.class,
            () -> FeaturizerSpec.pair(Kind.SMILES, "a", Kind.SMILES, "a")).getMessage());
    assertEquals("kind DESCRIPTORS needs at least one descriptor column",
        assertThrows(IllegalArgumentException.class,
            () -> FeaturizerSpec.descriptors(List.of())).getMessage());
    assertEquals("descriptor columns apply only to kind DESCRIPTORS, not SMILES",
        assertThrows(IllegalArgumentException.class, () -> new FeaturizerSpec(Kind.SMILES, 1024,
            true, true, List.of(), List.of(), List.of("density"))).getMessage());
  }

  @Test
  void roundTripsThroughJackson() {
    for (FeaturizerSpec spec : List.of(FeaturizerSpec.bandgapReference(),
        FeaturizerSpec.smiles(2048, true, false),
        FeaturizerSpec.pair(Kind.SMILES, "polymer", Kind.SMILES, "solvent"),
        FeaturizerSpec.descriptors(List.of("density", "Tg")))) {
      String text = json.writeValueAsString(spec);
      assertEquals(spec, json.readValue(text, FeaturizerSpec.class), text);
    }
    String text = json.writeValueAsString(FeaturizerSpec.bandgapReference());
    assertTrue(text.contains("\"kind\":\"ELEMENT_FRACTIONS\""), text);
  }

  @Test
  void aHandWrittenMinimalSpecReadsWithEmptyLists() {
    FeaturizerSpec spec = json.readValue("{\"kind\":\"COMPOSITION_STATS\"}", FeaturizerSpec.class);
    assertEquals(Kind.COMPOSITION_STATS, spec.kind());
    assertEquals(List.of(), spec.pairKinds());
    assertEquals("composition-stats", spec.create().id());
  }

  @Test
  void nullEntriesInAFileAreRejectedNotThrownAsNullPointers() {
    Exception e = assertThrows(Exception.class, () -> json.readValue(
        "{\"kind\":\"PAIR\",\"fingerprintLength\":1024,\"includeFingerprint\":true,"
            + "\"pairKinds\":[null,\"SMILES\"],\"pairRoles\":[\"a\",\"b\"]}",
        FeaturizerSpec.class));
    assertTrue(e.getMessage().contains("pair kinds must not contain empty entries"),
        e.getMessage());
  }

  @Test
  void anInvalidSpecInAFileFailsWithTheValidationMessage() {
    Exception e = assertThrows(Exception.class, () -> json.readValue(
        "{\"kind\":\"SMILES\",\"fingerprintLength\":3,\"includeFingerprint\":true}",
        FeaturizerSpec.class));
    assertTrue(e.getMessage().contains("fingerprint length must be between 16 and 1048576, got 3"),
        e.getMessage());
  }
}
