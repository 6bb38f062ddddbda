package org.sim2real.core.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sim2real.core.data.ColumnRoles;
import org.sim2real.core.data.DuplicatePolicy;
import org.sim2real.core.data.ImportOptions;
import org.sim2real.core.data.RepresentationColumn;
import org.sim2real.core.data.RepresentationKind;
import org.sim2real.core.io.UserFacingException;

/** The project's import settings as the import step's records, and back. */
class ImportSettingsTest {
  @TempDir Path dir;

  @Test
  void optionsAndRolesSurviveTheTripThroughTheProjectSettings() {
    ImportOptions options = new ImportOptions(';', true, "Gaps", DuplicatePolicy.MEAN,
        ImportOptions.DEFAULT_CONFLICT_TOLERANCE, false);
    ColumnRoles roles = new ColumnRoles(List.of(
        new RepresentationColumn("polymer", RepresentationKind.POLYMER_SMILES),
        new RepresentationColumn("solvent", RepresentationKind.SMILES)), "chi", "id", "family");

    ImportSettings s = ImportSettings.of(options, roles);

    assertEquals("polymer-smiles+smiles", s.representationKind());
    assertEquals("mean", s.duplicatePolicy());
    assertTrue(s.noHeaderRow());
    assertEquals(options, s.toOptions());
    assertEquals(roles, s.toRoles());
  }

  @Test
  void undecidedSettingsReadWithTheDefaultsAndHaveNoRoles() {
    ImportSettings s = ImportSettings.undecided();
    assertEquals(ImportOptions.defaults(), s.toOptions());
    assertFalse(s.hasRoles());
  }

  @Test
  void olderNamesOfKindsAndPoliciesAreStillRead() {
    ImportSettings s = new ImportSettings("composition", List.of("formula"), "gap", List.of(),
        List.of(), "", false, null, "first", false);
    assertEquals(RepresentationKind.FORMULA, s.toRoles().kind(0));
    assertEquals(DuplicatePolicy.KEEP_FIRST, s.toOptions().duplicates());
    ImportSettings features = new ImportSettings("features", List.of("a", "b"), "y", List.of(),
        List.of(), "", false, null, "", false);
    assertTrue(features.toRoles().isDescriptors());
  }

  @Test
  void impossibleSettingsSayWhatIsWrongInsteadOfFailingToLoad() {
    ImportSettings two = new ImportSettings("formula", List.of("f"), "y", List.of("a", "b"),
        List.of(), "", false, null, "", false);
    assertEquals("choose at most one id column, not 2",
        assertThrows(UserFacingException.class, two::toRoles).getMessage());
    ImportSettings comma = new ImportSettings("", List.of(), "", List.of(), List.of(), ",", true,
        null, "", false);
    assertThrows(UserFacingException.class, comma::toOptions);
    ImportSettings unknown = new ImportSettings("crystal", List.of("f"), "y", List.of(),
        List.of(), "", false, null, "", false);
    assertTrue(assertThrows(UserFacingException.class, unknown::toRoles).getMessage()
        .startsWith("unknown representation kind 'crystal'"));
  }

  @Test
  void sameReadingComparesOnlyTheReadingOptions() {
    ImportSettings a = ImportSettings.undecided();
    ImportSettings b = a.withRoles(ColumnRoles.of(RepresentationKind.FORMULA, "f", "y"));
    assertTrue(a.sameReadingAs(b));
    assertFalse(a.sameReadingAs(a.withOptions(ImportOptions.defaults().withDecimalComma(true))));
    assertFalse(b.withoutRoles().hasRoles());
  }

  @Test
  void aProjectWrittenBeforeTheHeaderFlagReadsWithAHeaderRow() throws IOException {
    Path project = dir.resolve("old.s2r");
    Files.writeString(project, """
        {"schemaVersion": 1, "name": "old",
         "simulationData": {"path": "sim.csv", "sha256": "%s",
           "importSettings": {"representationKind": "formula",
             "representationColumns": ["formula"], "targetColumn": "gap", "idColumns": [],
             "groupColumns": [], "delimiter": "", "decimalComma": false, "sheet": null,
             "duplicatePolicy": ""}}}
        """.formatted("a".repeat(64)));

    ImportSettings s = new ProjectStore().read(project).simulationData().importSettings();

    assertFalse(s.noHeaderRow());
    assertTrue(s.toOptions().hasHeader());
    assertNull(s.toOptions().delimiter());
  }
}
