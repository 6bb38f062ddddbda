package org.sim2real.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sim2real.ui.common.DialogService;
import org.sim2real.ui.common.FakeDialogService;
import org.sim2real.ui.common.InMemoryPreferences;
import org.sim2real.ui.common.Theme;
import org.sim2real.ui.common.WorkbenchPreferences;
import org.sim2real.ui.common.WorkbenchStep;
import org.testfx.framework.junit5.ApplicationTest;
import org.testfx.util.WaitForAsyncUtils;

/** The main window driven like a user would, headless, with scripted dialogs. */
class WorkbenchGuiTest extends ApplicationTest {
  @TempDir Path dir;

  private final FakeDialogService dialogs = new FakeDialogService();
  private final WorkbenchPreferences prefs = new WorkbenchPreferences(new InMemoryPreferences());
  private final QueuedWork work = new QueuedWork();
  private Stage stage;
  private Workbench workbench;

  private WorkbenchServices services(Supplier<Optional<String>> nativeCheck) {
    return work.services(dialogs, prefs, nativeCheck);
  }

  @Override
  public void start(Stage primary) {
    stage = primary;
    workbench = Workbench.show(primary, services(Optional::empty));
  }

  /** Runs the background work the window started, on the FX thread, as the pool would. */
  private void finishBackgroundWork() {
    interact(work::runAll);
  }

  /** Visible on screen: the node and all its parents are visible in a showing window. */
  private boolean showing(String id) {
    Node node = lookup(id).query();
    if (node.getScene() == null || !node.getScene().getWindow().isShowing()) {
      return false;
    }
    for (Node n = node; n != null; n = n.getParent()) {
      if (!n.isVisible()) {
        return false;
      }
    }
    return true;
  }

  private MenuItem menuItem(String id) {
    MenuBar bar = lookup("#menuBar").queryAs(MenuBar.class);
    return bar.getMenus().stream().flatMap(m -> m.getItems().stream())
        .filter(i -> id.equals(i.getId())).findFirst().orElseThrow();
  }

  @Test
  void startsOnTheDataStepWithItsHint() {
    assertTrue(showing("#dataEmpty-SIMULATION"));
    assertTrue(showing("#importSimulation"));
    assertEquals("Untitled - Sim2Real Scaling Workbench", stage.getTitle());
    assertEquals("Simulation data", lookup("#dataEmpty-SIMULATION .empty-state-title")
        .queryAs(Label.class).getText());
  }

  @Test
  void clickingAStepShowsItsView() {
    clickOn("#step-RUN");
    assertTrue(showing("#emptyState-RUN"));
    assertEquals(WorkbenchStep.RUN, workbench.session().selectedStepProperty().get());
  }

  @Test
  void ctrlDigitJumpsToAStep() {
    push(KeyCode.CONTROL, KeyCode.DIGIT4);
    assertTrue(showing("#emptyState-SCALING"));
    push(KeyCode.CONTROL, KeyCode.DIGIT6);
    assertEquals(WorkbenchStep.TEACH, workbench.session().selectedStepProperty().get());
  }

  @Test
  void theStatusBarDropsAMessageOfTheStepLeftBehind() {
    interact(() -> workbench.shell().statusMessageProperty().set("Imported exp_gap.csv."));
    assertEquals("Imported exp_gap.csv.", lookup("#statusMessage").queryAs(Label.class).getText());
    push(KeyCode.CONTROL, KeyCode.DIGIT3);
    assertEquals("", lookup("#statusMessage").queryAs(Label.class).getText());
  }

  @Test
  void arrowKeysInTheNavigatorMoveBetweenSteps() {
    clickOn("#step-STUDY");
    type(KeyCode.DOWN);
    assertEquals(WorkbenchStep.RUN, workbench.session().selectedStepProperty().get());
    type(KeyCode.UP, 2);
    assertTrue(showing("#dataScreen"));
  }

  @Test
  void saveAsNewAndOpenThroughTheMenus() throws Exception {
    Path data = Files.writeString(dir.resolve("sim.csv"), "formula,gap\nNaCl,5\n");
    dialogs.filesToOpen.add(data);
    clickOn("#importSimulation");
    assertTrue(lookup("#taskTitle").queryAs(Label.class).getText()
        .startsWith("Importing sim.csv"));
    assertTrue(showing("#cancelTask"));
    finishBackgroundWork();
    assertEquals("sim.csv", lookup("#simulationFile").queryAs(Label.class).getText());
    assertFalse(showing("#cancelTask"));

    Path file = dir.resolve("band gaps.s2r");
    dialogs.filesToSave.add(file);
    clickOn("File").clickOn("Save As...");
    assertTrue(Files.exists(file));
    assertEquals("band gaps (band gaps.s2r) - Sim2Real Scaling Workbench", stage.getTitle());

    push(KeyCode.CONTROL, KeyCode.N);
    assertEquals("", lookup("#simulationFile").queryAs(Label.class).getText());
    assertTrue(showing("#importSimulation"));

    dialogs.filesToOpen.add(file);
    push(KeyCode.CONTROL, KeyCode.O);
    finishBackgroundWork();
    assertEquals("band gaps", workbench.session().project().name());
    assertEquals("sim.csv", lookup("#simulationFile").queryAs(Label.class).getText());
    assertEquals(List.of(), dialogs.errors);
  }

  @Test
  void undoAndRedoFollowEditsOfTheNotes() {
    assertTrue(menuItem("undo").isDisable());
    push(KeyCode.CONTROL, KeyCode.DIGIT2);
    clickOn("#projectNotes").write("alpha");
    assertFalse(menuItem("undo").isDisable());
    assertTrue(menuItem("redo").isDisable());
    assertEquals("Undo Edit Notes", menuItem("undo").getText());

    push(KeyCode.CONTROL, KeyCode.Z);
    assertEquals("", lookup("#projectNotes").queryAs(TextArea.class).getText());
    assertTrue(menuItem("undo").isDisable());
    assertFalse(menuItem("redo").isDisable());

    clickOn("Edit").clickOn("Redo Edit Notes");
    assertEquals("alpha", lookup("#projectNotes").queryAs(TextArea.class).getText());
    assertEquals("alpha", workbench.session().project().notes());
  }

  @Test
  void darkThemeFromTheViewMenuRestylesAndIsRemembered() {
    clickOn("View").clickOn("Dark Theme");
    assertTrue(stage.getScene().getStylesheets().stream().anyMatch(s -> s.endsWith("/ui/dark.css")));
    assertEquals(Theme.DARK, prefs.theme());
    clickOn("View").clickOn("Light Theme");
    assertTrue(stage.getScene().getStylesheets().stream().anyMatch(s -> s.endsWith("/ui/light.css")));
  }

  @Test
  void missingNativeLibraryShowsABannerThatCanBeDismissed() {
    interact(() -> workbench = Workbench.show(stage,
        services(() -> Optional.of("The native library OpenBLAS was not found."))));
    assertTrue(showing("#warningBanner"));
    assertEquals("The native library OpenBLAS was not found.",
        lookup("#bannerText").queryAs(Label.class).getText());
    clickOn("#step-RUN");
    assertTrue(showing("#emptyState-RUN"), "the banner does not block the window");
    clickOn("#dismissBanner");
    assertFalse(showing("#warningBanner"));
  }

  @Test
  void noBannerWhenAllLibrariesArePresent() {
    assertFalse(showing("#warningBanner"));
  }

  @Test
  void failingLibraryCheckStillStartsTheWindowWithABanner() {
    interact(() -> workbench = Workbench.show(stage, services(() -> {
      throw new IllegalStateException("boom");
    })));
    assertTrue(lookup("#bannerText").queryAs(Label.class).getText()
        .startsWith("The check for native libraries failed"));
  }

  @Test
  void closingWithUnsavedChangesAsksAndCancelKeepsTheWindowOpen() {
    push(KeyCode.CONTROL, KeyCode.DIGIT2);
    clickOn("#projectNotes").write("unsaved");
    dialogs.saveChoices.add(DialogService.SaveChoice.CANCEL);

    WindowEvent close = new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST);
    interact(() -> stage.getOnCloseRequest().handle(close));

    assertTrue(close.isConsumed());
    assertEquals(List.of("save changes: Untitled"), dialogs.asked);
    assertTrue(stage.isShowing());

    dialogs.saveChoices.add(DialogService.SaveChoice.DONT_SAVE);
    push(KeyCode.CONTROL, KeyCode.Q);
    WaitForAsyncUtils.waitForFxEvents();
    assertFalse(stage.isShowing());
  }

  @Test
  void aboutNamesVersionLicenceAndCitation() {
    clickOn("Help").clickOn("About");
    String about = dialogs.information.get(0);
    assertTrue(about.contains("Version: "), about);
    assertTrue(about.contains("GPL-3.0-or-later"), about);
    assertTrue(about.contains("Minami et al."), about);
    assertTrue(about.contains("npj Computational Materials 11, 146 (2025)"), about);
  }

  @Test
  void windowStateIsRememberedOnClose() {
    interact(() -> {
      stage.setWidth(900);
      stage.setHeight(640);
    });
    interact(() -> assertTrue(workbench.prepareToClose()));
    assertEquals(900, prefs.windowPlacement().width());
    assertEquals(640, prefs.windowPlacement().height());
  }

  private java.util.List<Stage> presentations() {
    return listWindows().stream().filter(w -> w instanceof Stage s
        && "Teach: presentation".equals(s.getTitle()) && s.isShowing())
        .map(w -> (Stage) w).toList();
  }

  @Test
  void presentationOpensFromAnyStepWithTheTeachStudyAndSaysWhatItDid() {
    assertEquals(WorkbenchStep.DATA, workbench.session().selectedStepProperty().get());
    assertEquals(javafx.scene.input.KeyCombination.keyCombination("Shortcut+Shift+P"),
        menuItem("presentation").getAccelerator());
    push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.P);
    finishBackgroundWork();
    assertEquals(WorkbenchStep.TEACH, workbench.session().selectedStepProperty().get());
    assertEquals(1, presentations().size(), "the presentation window shows");
    assertTrue(workbench.shell().statusMessageProperty().get().startsWith(
        "Presentation of the Teach step's simulated study (no study had run yet: it runs now)"),
        workbench.shell().statusMessageProperty().get());
    push(KeyCode.ESCAPE);
    assertTrue(presentations().isEmpty(), "Esc leaves");

    push(KeyCode.CONTROL, KeyCode.DIGIT4);
    push(KeyCode.F11);
    finishBackgroundWork();
    assertEquals(WorkbenchStep.TEACH, workbench.session().selectedStepProperty().get());
    assertEquals(1, presentations().size(), "F11 presents from the Scaling step too");
    assertEquals("Presentation of the Teach step's simulated study. Esc leaves.",
        workbench.shell().statusMessageProperty().get());
    push(KeyCode.F11);
    assertTrue(presentations().isEmpty(), "F11 leaves again");
  }
}
