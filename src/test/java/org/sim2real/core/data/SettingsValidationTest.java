package org.sim2real.core.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.sim2real.core.io.UserFacingException;

/** ImportOptions, ColumnRoles and RoleOverrides reject impossible settings with clear words. */
class SettingsValidationTest {
  private static String message(Executable e) {
    return assertThrows(UserFacingException.class, e).getMessage();
  }

  private static RepresentationColumn rep(String c, RepresentationKind k) {
    return new RepresentationColumn(c, k);
  }

  @Test
  void defaultsDetectTheDelimiterAndKeepAllDuplicates() {
    ImportOptions o = ImportOptions.defaults();
    assertEquals(null, o.delimiter());
    assertEquals(DuplicatePolicy.KEEP_ALL, o.duplicates());
    assertTrue(o.hasHeader());
  }

  @Test
  void importOptionsRejectImpossibleValues() {
    assertEquals("a comma cannot be both the delimiter and the decimal mark; with decimal commas"
        + " use ';' or a tab as the delimiter",
        message(() -> ImportOptions.defaults().withDelimiter(',').withDecimalComma(true)));
    assertEquals("the delimiter cannot be a double quote; use a comma, semicolon, tab or another"
        + " punctuation character", message(() -> ImportOptions.defaults().withDelimiter('"')));
    assertEquals("the delimiter cannot be 'x'; use a comma, semicolon, tab or another"
        + " punctuation character", message(() -> ImportOptions.defaults().withDelimiter('x')));
    assertEquals("the conflict tolerance must be a finite number >= 0, not -1.0",
        message(() -> ImportOptions.defaults().withConflictTolerance(-1)));
    assertEquals("the conflict tolerance must be a finite number >= 0, not NaN",
        message(() -> ImportOptions.defaults().withConflictTolerance(Double.NaN)));
    assertEquals("the sheet name is blank; give a sheet name or position, or none for the first"
        + " sheet", message(() -> ImportOptions.defaults().withSheet(" ")));
  }

  @Test
  void duplicatePoliciesParseFromTheirLabels() {
    assertEquals(DuplicatePolicy.REJECT_CONFLICTS, DuplicatePolicy.fromLabel("reject"));
    assertEquals(DuplicatePolicy.KEEP_FIRST, DuplicatePolicy.fromLabel("KEEP_FIRST"));
    assertEquals("unknown duplicate policy 'drop'; use one of keep-all, keep-first, mean, reject",
        message(() -> DuplicatePolicy.fromLabel("drop")));
  }

  @Test
  void columnRolesRejectContradictions() {
    RepresentationColumn f = rep("formula", RepresentationKind.FORMULA);
    assertEquals("column 'formula' cannot be both the target and a representation",
        message(() -> new ColumnRoles(List.of(f), "formula", null, null)));
    assertEquals("choose at least one representation column (a formula, SMILES or descriptor"
        + " columns)", message(() -> new ColumnRoles(List.of(), "y", null, null)));
    assertEquals("at most two formula/SMILES columns can describe a material (a pair such as"
        + " polymer + solvent); got 3: a, b, c", message(() -> new ColumnRoles(List.of(
            rep("a", RepresentationKind.SMILES), rep("b", RepresentationKind.SMILES),
            rep("c", RepresentationKind.SMILES)), "y", null, null)));
    assertEquals("descriptor columns cannot be combined with formula or SMILES columns; choose"
        + " either descriptors or one or two formula/SMILES columns",
        message(() -> new ColumnRoles(List.of(f, rep("d", RepresentationKind.DESCRIPTORS)), "y",
            null, null)));
    assertEquals("column 'formula' is chosen twice as a representation",
        message(() -> new ColumnRoles(List.of(f, f), "y", null, null)));
    assertEquals("column 'y' cannot be the id column and also the target or a representation",
        message(() -> new ColumnRoles(List.of(f), "y", "y", null)));
    assertEquals("column 'k' cannot be the group column and also the id, the target or a"
        + " representation", message(() -> new ColumnRoles(List.of(f), "y", "k", "k")));
  }

  @Test
  void columnRolesAllowManyDescriptorsAndMixedPairs() {
    ColumnRoles d = new ColumnRoles(List.of(rep("a", RepresentationKind.DESCRIPTORS),
        rep("b", RepresentationKind.DESCRIPTORS), rep("c", RepresentationKind.DESCRIPTORS)), "y",
        null, null);
    assertTrue(d.isDescriptors());
    ColumnRoles pair = new ColumnRoles(List.of(rep("p", RepresentationKind.POLYMER_SMILES),
        rep("s", RepresentationKind.SMILES)), "chi", "id", "g");
    assertTrue(pair.isPair());
    assertEquals("polymer SMILES 'p' + SMILES 's' -> target 'chi', id 'id', group 'g'",
        pair.describe());
    assertEquals(List.of("p", "s", "chi", "id", "g"), pair.allColumns());
  }

  @Test
  void columnRolesCheckTheirColumnsAgainstAFile() {
    ColumnRoles roles = ColumnRoles.of(RepresentationKind.FORMULA, "formula", "gap");
    roles.checkColumnsExist(List.of("formula", "gap"), "f.csv");
    assertEquals("f.csv: there is no column 'gap'; the columns are 'formula', 'band_gap_eV'",
        message(() -> roles.checkColumnsExist(List.of("formula", "band_gap_eV"), "f.csv")));
  }

  @Test
  void overridesCannotMixDescriptorsWithFormulaColumns() {
    assertEquals("descriptor columns cannot be combined with formula or SMILES columns",
        message(() -> new RoleOverrides(List.of("f"), List.of(), List.of("a"), null, null, null)));
  }
}
