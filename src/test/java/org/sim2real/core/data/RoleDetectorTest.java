package org.sim2real.core.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sim2real.core.io.UserFacingException;

/**
 * Role detection on small hand-made fixtures (src/test/resources/roles: polymer + solvent,
 * solvent + solute, molecules, descriptors, unnamed compositions; written by hand for these
 * tests, the numbers mean nothing) and on the band-gap header.
 */
class RoleDetectorTest {
  @TempDir Path dir;

  private static Path resource(String name) {
    try {
      return Path.of(RoleDetectorTest.class.getResource("/roles/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static RoleDetection detect(Path file, RoleOverrides overrides) {
    RawTable table = TableReader.read(file, ImportOptions.defaults());
    return RoleDetector.detect(table, ImportOptions.defaults(), overrides);
  }

  private static RepresentationColumn rep(String column, RepresentationKind kind) {
    return new RepresentationColumn(column, kind);
  }

  @Test
  void formulaColumnAndPropertyTargetFromHeaderAndContent() throws Exception {
    Path file = Fixtures.text(dir, "gaps.csv", "formula,band_gap_eV\nK4Mn4O8,1.33\nCr3Ni1,0.0\n"
        + "Ag(AuS)2,0\nAl0.15Ga0.85As1,1.9\n");
    RoleDetection d = detect(file, RoleOverrides.none());
    assertEquals(ColumnRoles.of(RepresentationKind.FORMULA, "formula", "band_gap_eV"), d.roles());
    assertEquals(List.of(
        "column 'formula': 100% of 4 sampled values parse as chemical formulas, as its name"
            + " suggests -> formula",
        "column 'band_gap_eV': 100% of 4 sampled values are numbers and the name looks like a"
            + " property -> target"), d.explanations());
  }

  @Test
  void formulasAreFoundByContentAloneAndTheLastNumericColumnIsTheTarget() {
    RoleDetection d = detect(resource("compositions-unnamed.csv"), RoleOverrides.none());
    assertEquals(ColumnRoles.of(RepresentationKind.FORMULA, "a", "c"), d.roles());
    assertEquals("column 'c': 100% of 6 sampled values are numbers; it is the last numeric"
        + " column -> target", d.explanations().get(1));
  }

  @Test
  void smilesColumnWithANameColumnAsId() {
    RoleDetection d = detect(resource("molecules.csv"), RoleOverrides.none());
    assertEquals(new ColumnRoles(List.of(rep("smiles", RepresentationKind.SMILES)), "logS",
        "name", null), d.roles());
  }

  @Test
  void polymerRepeatUnitsWithStarsPairWithASolventMolecule() {
    RoleDetection d = detect(resource("polymer-solvent.csv"), RoleOverrides.none());
    assertEquals(new ColumnRoles(List.of(rep("polymer", RepresentationKind.POLYMER_SMILES),
        rep("solvent", RepresentationKind.SMILES)), "chi", "sample_id", null), d.roles());
    assertEquals("column 'polymer': 100% of 8 sampled values parse as SMILES and 100% contain '*'"
        + " (repeat units), as its name suggests -> polymer SMILES", d.explanations().get(0));
  }

  @Test
  void solventAndSoluteMoleculesFormAPair() {
    RoleDetection d = detect(resource("solvent-solute.csv"), RoleOverrides.none());
    assertEquals(new ColumnRoles(List.of(rep("solvent_smiles", RepresentationKind.SMILES),
        rep("solute_smiles", RepresentationKind.SMILES)), "log_gamma", null, null), d.roles());
  }

  @Test
  void withoutFormulasOrSmilesTheOtherNumericColumnsAreDescriptors() {
    RoleDetection d = detect(resource("descriptors.csv"), RoleOverrides.none());
    ColumnRoles roles = d.roles();
    assertEquals("hardness", roles.target());
    assertEquals("group", roles.group());
    assertEquals("material", roles.id());
    assertEquals(List.of("mass", "density", "volume"), roles.representationColumns());
    assertEquals(RepresentationKind.DESCRIPTORS, roles.kind(0));
  }

  @Test
  void overridesAreKeptAndExplainedAsChosen() {
    RoleOverrides o = new RoleOverrides(List.of(), List.of("polymer"), List.of(), "chi", null,
        "solvent");
    RoleDetection d = detect(resource("polymer-solvent.csv"), o);
    assertEquals(new ColumnRoles(List.of(rep("polymer", RepresentationKind.POLYMER_SMILES)), "chi",
        "sample_id", "solvent"), d.roles());
    assertEquals("column 'polymer': chosen as SMILES; 100% of 8 sampled values contain '*' ->"
        + " polymer SMILES", d.explanations().get(0));
    assertEquals("column 'chi': chosen as the target", d.explanations().get(3));
  }

  @Test
  void descriptorOverrideAndTargetOverride() {
    RoleOverrides o = new RoleOverrides(List.of(), List.of(), List.of("mass", "volume"),
        "density", "material", null);
    ColumnRoles roles = detect(resource("descriptors.csv"), o).roles();
    assertEquals(List.of("mass", "volume"), roles.representationColumns());
    assertEquals("density", roles.target());
    assertEquals("group", roles.group()); // still detected
  }

  @Test
  void aSmilesColumnWithoutHintIsFoundByItsContent() throws Exception {
    Path file = Fixtures.text(dir, "m.csv", "x,y\nc1ccccc1,1\nCC(=O)O,2\nc1ccncc1,3\nCC#N,4\n");
    assertEquals(ColumnRoles.of(RepresentationKind.SMILES, "x", "y"),
        detect(file, RoleOverrides.none()).roles());
  }

  @Test
  void anUnknownOverrideColumnNamesTheFileAndItsColumns() {
    UserFacingException e = assertThrows(UserFacingException.class, () -> detect(
        resource("molecules.csv"), RoleOverrides.none().withTarget("solubility")));
    assertEquals("molecules.csv: there is no column 'solubility'; the columns are 'name',"
        + " 'smiles', 'logS'", e.getMessage());
  }

  @Test
  void noIdOrGroupWhenNoNameSuggestsThem() throws Exception {
    RoleDetection d = detect(Fixtures.text(dir, "g.csv", "formula,gap\nFe2O3,2\nNaCl,8\n"),
        RoleOverrides.none());
    assertNull(d.roles().id());
    assertNull(d.roles().group());
  }
}
