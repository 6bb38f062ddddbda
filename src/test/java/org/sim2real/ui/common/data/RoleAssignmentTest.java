package org.sim2real.ui.common.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sim2real.core.data.ColumnRoles;
import org.sim2real.core.data.RepresentationColumn;
import org.sim2real.core.data.RepresentationKind;
import org.sim2real.core.io.UserFacingException;
import org.sim2real.core.project.ImportSettings;

class RoleAssignmentTest {
  private static final List<String> COLUMNS = List.of("name", "formula", "gap", "family");

  private static RoleAssignment detected() {
    return RoleAssignment.of(COLUMNS, ColumnRoles.of(RepresentationKind.FORMULA, "formula", "gap"));
  }

  @Test
  void checkedRolesBecomeOneRolePerColumn() {
    RoleAssignment a = detected();
    assertEquals(ColumnRole.IGNORE, a.role("name"));
    assertEquals(ColumnRole.FORMULA, a.role("formula"));
    assertEquals(ColumnRole.TARGET, a.role("gap"));
    assertNull(a.problem());
  }

  @Test
  void choosingTheTargetForAnotherColumnFreesTheOldTargetInOneStep() {
    RoleAssignment moved = detected().with("family", ColumnRole.TARGET);
    assertEquals(ColumnRole.IGNORE, moved.role("gap"));
    assertEquals("family", moved.toRoles().target());
  }

  @Test
  void representationRolesAddUpInsteadOfReplacingEachOther() {
    RoleAssignment pair = detected().with("name", ColumnRole.SMILES);
    ColumnRoles roles = pair.toRoles();
    assertEquals(List.of("name", "formula"), roles.representationColumns(), "in file order");
    assertEquals(RepresentationKind.SMILES, roles.kind(0));
  }

  @Test
  void incompleteRolesSayWhatToChangeAsASentence() {
    assertEquals("Choose a target column.",
        detected().with("gap", ColumnRole.IGNORE).problem());
    assertEquals("Choose at least one representation column (a formula, SMILES or descriptor"
        + " columns).", detected().with("formula", ColumnRole.IGNORE).problem());
    String mixed = detected().with("family", ColumnRole.DESCRIPTOR).problem();
    assertEquals("Descriptor columns cannot be combined with formula or SMILES columns; choose"
        + " either descriptors or one or two formula/SMILES columns.", mixed);
    assertThrows(UserFacingException.class,
        () -> detected().with("gap", ColumnRole.IGNORE).toRoles());
  }

  @Test
  void aDraftSurvivesTheProjectSettingsUnchanged() {
    RoleAssignment draft = detected().with("family", ColumnRole.DESCRIPTOR)
        .with("name", ColumnRole.ID);
    ImportSettings stored = draft.applyTo(ImportSettings.undecided());
    assertEquals("formula+descriptors", stored.representationKind());
    assertEquals(draft, RoleAssignment.of(COLUMNS, stored));
  }

  @Test
  void settingsThatNameOtherColumnsDoNotCoverTheFile() {
    ImportSettings s = ImportSettings.undecided().withRoles(
        List.of(new RepresentationColumn("composition", RepresentationKind.FORMULA)), "gap",
        List.of(), List.of());
    assertEquals(false, RoleAssignment.coversAll(COLUMNS, s));
    assertEquals(true, RoleAssignment.coversAll(COLUMNS, detected().applyTo(s)));
  }
}
