package org.sim2real.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.jfree.chart.fx.ChartViewer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sim2real.core.data.Rejection;
import org.sim2real.core.project.DatasetRole;
import org.sim2real.ui.common.FakeDialogService;
import org.sim2real.ui.common.InMemoryPreferences;
import org.sim2real.ui.common.WorkbenchPreferences;
import org.sim2real.ui.common.data.ColumnRole;
import org.sim2real.ui.data.DataFixtures;
import org.testfx.framework.junit5.ApplicationTest;
import org.testfx.util.WaitForAsyncUtils;

/** The Data step driven like a user would, headless, with scripted file choosers. */
class DataStepGuiTest extends ApplicationTest {
  @TempDir Path dir;

  private final FakeDialogService dialogs = new FakeDialogService();
  private final WorkbenchPreferences prefs = new WorkbenchPreferences(new InMemoryPreferences());
  private final QueuedWork work = new QueuedWork();
  private Workbench workbench;

  @Override
  public void start(Stage stage) {
    workbench = Workbench.show(stage, work.services(dialogs, prefs));
  }

  /** Runs the background work the window started, on the FX thread, as the pool would. */
  private void finishBackgroundWork() {
    interact(work::runAll);
  }

  private String text(String query) {
    return lookup(query).queryAs(Label.class).getText();
  }

  private void importSimulation() throws IOException {
    dialogs.filesToOpen.add(DataFixtures.copy(DataFixtures.SIM, dir));
    clickOn("#importSimulation");
    finishBackgroundWork();
  }

  private void importExperimentalFromTheMenu() throws IOException {
    dialogs.filesToOpen.add(DataFixtures.copy(DataFixtures.EXP, dir));
    push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.I);
    finishBackgroundWork();
  }

  @SuppressWarnings("unchecked")
  private ComboBox<ColumnRole> roleBox(String panel, int column) {
    return lookup("#panel-" + panel + " #role-" + column).queryAs(ComboBox.class);
  }

  @SuppressWarnings("unchecked")
  private TableView<Integer> preview(String prefix) {
    return lookup("#" + prefix + "Preview").queryAs(TableView.class);
  }

  @Test
  void bothFilesImportWithTheirCountsAndReports() throws IOException {
    importSimulation();
    assertEquals("sim-small.csv", text("#simulationFile"));
    assertEquals("10 rows read, 10 usable, 0 rejected",
        text("#panel-SIMULATION #reportCounts"));
    assertEquals("All 10 rows are usable.", text("#panel-SIMULATION #reportEmpty"));
    assertEquals(10, preview("simulation").getItems().size());

    importExperimentalFromTheMenu();
    TabPane tabs = lookup("#dataScreen").queryAs(TabPane.class);
    assertEquals(1, tabs.getSelectionModel().getSelectedIndex(), "the menu shows the page");
    assertEquals("8 rows read, 6 usable, 2 rejected",
        text("#panel-EXPERIMENTAL #reportCounts"));
    assertEquals(List.of("open: Open Simulation Data", "open: Open Experimental Data"),
        dialogs.asked);
    assertTrue(workbench.data().readyProperty().get());
  }

  @Test
  void choosingARoleWithTheKeyboardValidatesAgainAndUndoRestoresIt() throws IOException {
    importExperimentalFromTheMenu();
    ComboBox<ColumnRole> target = roleBox("EXPERIMENTAL", 1);
    assertEquals(ColumnRole.TARGET, target.getValue());

    clickOn(target);
    type(KeyCode.UP, ColumnRole.TARGET.ordinal());
    type(KeyCode.ENTER);
    finishBackgroundWork();

    assertEquals(ColumnRole.IGNORE, target.getValue());
    assertEquals("Choose a target column.", text("#panel-EXPERIMENTAL #rolesProblem"));
    assertEquals("The rows are checked once the column roles are complete.",
        text("#panel-EXPERIMENTAL #reportEmpty"));

    push(KeyCode.CONTROL, KeyCode.Z);
    finishBackgroundWork();
    assertEquals(ColumnRole.TARGET, target.getValue());
    assertEquals("8 rows read, 6 usable, 2 rejected",
        text("#panel-EXPERIMENTAL #reportCounts"));
  }

  @Test
  void choosingARejectionSelectsItsRowInThePreview() throws IOException {
    importExperimentalFromTheMenu();
    @SuppressWarnings("unchecked")
    ListView<Rejection> list = lookup("#panel-EXPERIMENTAL #rejectionList")
        .queryAs(ListView.class);

    clickOn(lookup("#panel-EXPERIMENTAL #rejectionList .list-cell").nth(0).queryAs(Node.class));
    TableView<Integer> table = preview("experimental");
    assertEquals(4, table.getSelectionModel().getSelectedIndex(), "line 6 is row 5");
    TableRow<?> row = lookup("#experimentalPreview .table-row-cell").queryAllAs(TableRow.class)
        .stream().filter(r -> r.getIndex() == 4).findFirst().orElseThrow();
    assertTrue(row.getPseudoClassStates().stream()
        .anyMatch(p -> p.getPseudoClassName().equals("rejected")));

    type(KeyCode.DOWN);
    assertEquals(9, list.getSelectionModel().getSelectedItem().line());
    assertEquals(7, table.getSelectionModel().getSelectedIndex(), "line 9 is row 8");
  }

  @Test
  void theSummaryOverlaysTheTargetsAndShowsTheGapOnSharedMaterials() throws IOException {
    importSimulation();
    importExperimentalFromTheMenu();

    clickOn("Summary");

    assertEquals("5 materials occur in both datasets; they cover 5 experimental rows.",
        text("#overlapText"));
    ChartViewer parity = lookup("#parityChart").queryAs(ChartViewer.class);
    assertEquals("Simulation vs experiment on 5 shared rows\nMAE 2.17, mean signed difference"
        + " -2.17", parity.getChart().getTitle().getText());
    assertNotNull(lookup("#histogramChart").queryAs(ChartViewer.class).getChart());
    assertEquals("6", text("#summary-exp-3"), "usable experimental rows");
  }

  @Test
  void savingAndReopeningImportsTheDataAgainWithTheSameRoles() throws IOException {
    importSimulation();
    importExperimentalFromTheMenu();
    clickOn(roleBox("EXPERIMENTAL", 2)); // 'source': ignore -> id
    type(KeyCode.DOWN, ColumnRole.ID.ordinal()); // passes 'target' without taking it
    type(KeyCode.ENTER);
    assertEquals("Undo Change Column Role", workbench.undo().undoTextProperty().get());
    assertEquals(3, workbench.undo().undoCount(), "two imports and one role change");
    finishBackgroundWork();
    assertEquals("source", workbench.data().dataset(DatasetRole.EXPERIMENTAL).roles().id());

    Path project = dir.resolve("gaps.s2r");
    dialogs.filesToSave.add(project);
    push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.S);
    push(KeyCode.CONTROL, KeyCode.N);
    assertEquals("", text("#experimentalFile"));

    dialogs.filesToOpen.add(project);
    push(KeyCode.CONTROL, KeyCode.O);
    finishBackgroundWork();

    assertEquals("exp-small.csv", text("#experimentalFile"));
    assertEquals(ColumnRole.ID, roleBox("EXPERIMENTAL", 2).getValue());
    assertEquals("source", workbench.data().dataset(DatasetRole.EXPERIMENTAL).roles().id());
    assertEquals(10, workbench.data().dataset(DatasetRole.SIMULATION).size());
    assertFalse(workbench.session().isModified());
    assertEquals(List.of(), dialogs.errors);
  }

  @Test
  void aFileThatCannotBeReadIsExplainedInItsPanelAndTheLastImportStays() throws IOException {
    importSimulation();
    dialogs.filesToOpen.add(Files.write(dir.resolve("picture.csv"),
        new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 0}));
    clickOn("#openSimulation");
    finishBackgroundWork();

    String error = text("#simulationError");
    assertTrue(error.startsWith("picture.csv: "), error);
    assertTrue(lookup("#simulationError").query().isVisible());
    assertEquals("sim-small.csv", text("#simulationFile"));
    assertTrue(workbench.shell().statusMessageProperty().get()
        .startsWith("Could not import picture.csv"));
  }

  @Test
  void aRunningImportShowsItsProgressLineAndEscCancelsItKeepingTheLastImport()
      throws IOException {
    importSimulation();
    assertFalse(lookup("#simulationImportLine").query().isVisible(), "none runs");
    dialogs.filesToOpen.add(DataFixtures.bigTable(dir, "big.csv", 1_000));
    clickOn("#openSimulation");

    assertTrue(lookup("#simulationImportLine").query().isVisible());
    assertEquals("Importing big.csv", text("#simulationImportProgressText"));
    assertTrue(lookup("#cancelImportSimulation").query().isVisible());
    clickOn("#simulationPreview"); // the focus is in the panel
    type(KeyCode.ESCAPE);
    assertEquals("Cancelling...", text("#simulationImportProgressText"));
    finishBackgroundWork();

    assertEquals("Import of big.csv cancelled; the previous data are kept.",
        text("#simulationNotice"));
    assertTrue(lookup("#simulationNotice").query().isVisible());
    assertFalse(lookup("#simulationImportLine").query().isVisible());
    assertEquals("sim-small.csv", text("#simulationFile"));
    assertEquals(10, workbench.data().dataset(DatasetRole.SIMULATION).size());
  }

  @Test
  void theCancelButtonStopsAFirstImportAndTheEmptyPageStays() throws IOException {
    dialogs.filesToOpen.add(DataFixtures.bigTable(dir, "big.csv", 1_000));
    clickOn("#importSimulation");

    clickOn("#cancelImportSimulation");
    finishBackgroundWork();

    assertEquals("Import of big.csv cancelled; no data imported.", text("#simulationNotice"));
    assertTrue(lookup("#dataEmpty-SIMULATION").query().isVisible());
    assertEquals(null, workbench.session().project().dataset(DatasetRole.SIMULATION));
  }

  @Test
  void tabMovesThroughFileOptionsRolesReportAndPreviewInOrder() throws IOException {
    importExperimentalFromTheMenu();
    List<String> order = new java.util.ArrayList<>();
    interact(() -> lookup("#openExperimental").query().requestFocus());
    for (int i = 0; i < 12; i++) {
      Node focused = lookup("#openExperimental").query().getScene().getFocusOwner();
      order.add(focused == null ? "-" : String.valueOf(focused.getId()));
      type(KeyCode.TAB);
    }
    List<String> expected = List.of("openExperimental", "reloadExperimental",
        "experimentalDelimiter", "experimentalDecimalComma", "experimentalDuplicates",
        "experimentalHeaderRow", "role-0", "role-1", "role-2", "rejectionList",
        "experimentalPreview");
    assertEquals(expected, order.subList(0, expected.size()), order.toString());
  }

  @Test
  void theBandGapSimulationFileScrollsToItsLastRow() {
    Path sim = Path.of(System.getProperty("sim2real.shared.dir", "../shared"),
        "data", "bandgap", "sim_mp_gap.csv");
    assumeTrue(Files.isRegularFile(sim), "the shared band-gap data is not here");
    dialogs.filesToOpen.add(sim);
    clickOn("#importSimulation");
    finishBackgroundWork();

    TableView<Integer> table = preview("simulation");
    assertEquals(106_113, table.getItems().size());
    interact(() -> table.scrollTo(106_112));
    WaitForAsyncUtils.waitForFxEvents();
    List<TableRow<?>> rows = lookup("#simulationPreview .table-row-cell")
        .queryAllAs(TableRow.class).stream().<TableRow<?>>map(r -> r).toList();
    assertTrue(rows.stream().anyMatch(r -> r.getIndex() == 106_112 && r.isVisible()),
        "the last row is drawn");
    assertTrue(rows.size() < 200, "only the visible rows have cells: " + rows.size());
    assertEquals("All 106,113 rows are usable.", text("#panel-SIMULATION #reportEmpty"));
  }
}
