package org.sim2real.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.jfree.chart.fx.ChartViewer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sim2real.core.study.RunLedger;
import org.sim2real.testing.GatedExecutor;
import org.sim2real.testing.PauseCheckpoint;
import org.sim2real.ui.common.FakeDialogService;
import org.sim2real.ui.common.FieldValidation;
import org.sim2real.ui.common.InMemoryPreferences;
import org.sim2real.ui.common.WorkbenchPreferences;
import org.sim2real.ui.common.WorkbenchStep;
import org.sim2real.ui.run.RunEndNotices;
import org.sim2real.ui.run.RunViewModel;
import org.sim2real.ui.study.MlpPhase;
import org.sim2real.ui.study.StudyBench;
import org.sim2real.ui.study.StudyFormModel;
import org.testfx.framework.junit5.ApplicationTest;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Study and Run steps driven like a user would, headless: import small data, design a small
 * fast study, run it on real study threads, pause, cancel, resume from the ledger after reopening
 * the project, and close during a run. A test that needs the run to stand still (to pause, cancel
 * or close over it) holds it at the study threads' gate before its first cell and pauses it
 * there: no click races against a study that may already have finished.
 */
class StudyRunGuiTest extends ApplicationTest {
  private static final long TIMEOUT_SECONDS = 120;

  @TempDir Path dir;

  private final FakeDialogService dialogs = new FakeDialogService();
  private final WorkbenchPreferences prefs = new WorkbenchPreferences(new InMemoryPreferences());
  private final QueuedWork work = new QueuedWork();
  private Stage stage;
  private Workbench workbench;

  @Override
  public void start(Stage primary) {
    stage = primary;
    workbench = Workbench.show(primary, work.services(dialogs, prefs));
  }

  /** Runs the background work of the shared task pool (imports), on the FX thread. */
  private void finishBackgroundWork() {
    interact(work::runAll);
  }

  private void importData() throws IOException {
    dialogs.filesToOpen.add(StudyBench.copy(StudyBench.SIM, dir));
    clickOn("#importSimulation");
    finishBackgroundWork();
    dialogs.filesToOpen.add(StudyBench.copy(StudyBench.EXP, dir));
    push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.I);
    finishBackgroundWork();
  }

  private String text(String query) {
    return lookup(query).queryAs(Label.class).getText();
  }

  private void await(Callable<Boolean> condition) {
    try {
      WaitForAsyncUtils.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS,
          () -> WaitForAsyncUtils.asyncFx(condition).get());
    } catch (TimeoutException e) {
      throw new AssertionError("timed out; log: " + log() + "; summary: "
          + workbench.study().run().display().summaryProperty().get(), e);
    }
  }

  @SuppressWarnings("unchecked")
  private List<String> log() {
    return List.copyOf(lookup("#runLog").queryAs(ListView.class).getItems());
  }

  private long cellLines() {
    return log().stream().filter(l -> l.contains(": MAE ")).count();
  }

  /** Focuses a field (the form scrolls it into view, as when tabbing to it) and types. */
  private void type(String field, String value) {
    interact(() -> lookup(field).query().requestFocus());
    clickOn(field);
    push(KeyCode.CONTROL, KeyCode.A);
    write(value);
  }

  /** A study that runs in seconds: an 8-unit MLP, short phases, sizes 20 and 60. */
  private void designSmallStudy(int repetitions) {
    push(KeyCode.CONTROL, KeyCode.DIGIT2);
    type("#hiddenLayers", "8");
    type("#repetitions", String.valueOf(repetitions));
    type("#sizeList", "20, 60");
    StudyFormModel form = workbench.study().form();
    interact(() -> {
      form.mlp().batchSize().textProperty().set("8");
      for (MlpPhase phase : MlpPhase.values()) {
        form.mlp().phase(phase).epochs().textProperty().set("2");
      }
      form.mlp().phase(MlpPhase.PRETRAIN).minSteps().textProperty().set("10");
      form.mlp().phase(MlpPhase.PRETRAIN).maxSteps().textProperty().set("100000");
      form.session().threadsProperty().set(1);
    });
  }

  private Path save() {
    Path file = dir.resolve("study.s2r");
    dialogs.filesToSave.add(file);
    push(KeyCode.CONTROL, KeyCode.S);
    return file;
  }

  private RunViewModel.Phase phase() {
    return workbench.study().run().phaseProperty().get();
  }

  @Test
  void theStudyFormMarksInvalidEntriesAndCountsCells() throws IOException {
    importData();
    push(KeyCode.CONTROL, KeyCode.DIGIT2);
    assertEquals("55 cells", text("#summaryCells"));

    type("#repetitions", "0");
    TextField reps = lookup("#repetitions").queryAs(TextField.class);
    assertTrue(reps.getStyleClass().contains(FieldValidation.ERROR_STYLE));
    assertEquals("enter a whole number from 1 to 10,000", text("#repetitionsError"));
    assertTrue(lookup("#repetitionsError").query().isVisible());
    assertEquals("55 cells", text("#summaryCells"), "the design keeps its valid value");

    type("#repetitions", "2");
    assertFalse(reps.getStyleClass().contains(FieldValidation.ERROR_STYLE));
    assertEquals("22 cells", text("#summaryCells"));
    assertEquals("Undo Change Repetitions", workbench.undo().undoTextProperty().get());
    push(KeyCode.CONTROL, KeyCode.Z);
    assertEquals("55 cells", text("#summaryCells"));
    assertEquals("5", reps.getText());
  }

  /** The reason on the validation mark of a field, as its tooltip shows it; empty without one. */
  private Optional<String> markReason(String field) {
    return lookup(field + " ." + FieldValidation.MARK_STYLE).tryQueryAs(Label.class)
        .filter(Node::isVisible).map(mark -> mark.getTooltip().getText());
  }

  @Test
  void aValidationMarkAppearsOnAnInvalidNumberAndGoesWhenTheTypingMakesItValid()
      throws IOException {
    importData();
    push(KeyCode.CONTROL, KeyCode.DIGIT2);
    assertEquals(Optional.empty(), markReason("#seed"));

    type("#repetitions", "0");
    assertEquals(Optional.of("enter a whole number from 1 to 10,000"),
        markReason("#repetitions"));
    write("3"); // typing goes on in the same field: "03"
    assertEquals("03", lookup("#repetitions").queryAs(TextField.class).getText());
    assertEquals(Optional.empty(), markReason("#repetitions"));
    assertEquals("33 cells", text("#summaryCells"));

    type("#sizeList", "20, 100000");
    assertEquals(Optional.of(text("#sizeListError")), markReason("#sizeList"),
        "the mark explains what the line under the field says");
    type("#sizeList", "20, 60");
    assertEquals(Optional.empty(), markReason("#sizeList"));
  }

  @Test
  void theSizeRangeSliderMovesTheSizesFromTheKeyboardAndUndoPutsThemBack() throws IOException {
    importData(); // 120 usable simulation rows
    push(KeyCode.CONTROL, KeyCode.DIGIT2);
    StudyFormModel form = workbench.study().form();
    TextField from = lookup("#sizeMin").queryAs(TextField.class);
    TextField to = lookup("#sizeMax").queryAs(TextField.class);
    assertEquals("100", from.getText(), "the automatic schedule: 100 to all rows");
    assertEquals("", to.getText());
    List<Integer> automatic = onFx(() -> form.schedule().previewProperty().get());

    interact(() -> lookup("#sizeRange").query().requestFocus());
    push(KeyCode.LEFT);
    push(KeyCode.LEFT);
    push(KeyCode.LEFT);
    assertEquals("50", from.getText(), "three tenths of a decade down from 100");
    assertEquals(50, onFx(() -> form.session().design().sizes().get(0)));
    assertEquals("Undo Change Minimum n", onFx(() -> workbench.undo().undoTextProperty().get()));

    push(KeyCode.TAB); // to the high thumb
    push(KeyCode.LEFT);
    assertEquals("95", to.getText(), "a tenth of a decade below all 120 rows");
    assertEquals(95, onFx(() -> form.session().design().sizes().getLast()));
    push(KeyCode.END);
    assertEquals("120", to.getText(), "the right end is all rows");
    assertEquals(120, onFx(() -> form.session().design().sizes().getLast()));

    int steps = onFx(() -> workbench.undo().undoCount());
    push(KeyCode.CONTROL, KeyCode.Z); // the shortcut works with the focus on the slider
    assertEquals(steps - 1, onFx(() -> workbench.undo().undoCount()));
    assertEquals("50", from.getText(), "the high thumb's moves were one step");
    push(KeyCode.CONTROL, KeyCode.Z);
    assertEquals("100", from.getText());
    assertEquals(automatic, onFx(() -> form.schedule().previewProperty().get()));
    assertEquals(List.of(), onFx(() -> form.session().design().sizes()), "automatic again");
  }

  @Test
  void theNotesStayOnTheStudyStep() {
    push(KeyCode.CONTROL, KeyCode.DIGIT2);
    clickOn("#projectNotes").write("why");
    assertEquals("why", workbench.session().project().notes());
  }

  @Test
  void aSmallStudyRunsWithProgressLogAndALiveChart() throws IOException {
    importData();
    designSmallStudy(2);
    save();
    push(KeyCode.CONTROL, KeyCode.DIGIT3);
    assertEquals("Start", lookup("#runStart").queryAs(Button.class).getText());

    clickOn("#runStart");
    await(() -> text("#runSummary").startsWith("Finished"));

    assertEquals("6 of 6 cells", text("#runCells"));
    assertTrue(log().stream().anyMatch(l -> l.contains("finetune n=60 m=32 r=1: MAE ")), log()
        .toString());
    assertTrue(log().get(log().size() - 1).contains("Finished: all 6 cells done"));
    await(() -> lookup("#runChart").tryQuery().isPresent());
    assertNotNull(lookup("#runChart").queryAs(ChartViewer.class).getChart());
    assertEquals(6, RunLedger.read(dir.resolve("results").resolve(RunLedger.FILE_NAME))
        .results().size());
    assertTrue(Files.exists(dir.resolve("results").resolve("cells.csv")));
    // every cell is done: nothing to start, and the button says so
    await(() -> "All Cells Done".equals(lookup("#runStart").queryAs(Button.class).getText()));
    assertTrue(lookup("#runStart").queryAs(Button.class).isDisabled());
    assertTrue(lookup("#runNewFolder").queryAs(Button.class).isVisible(),
        "a new folder is offered to run the design again");

    WaitForAsyncUtils.waitForFxEvents();
    assertTrue(lookup("." + RunEndNotices.STYLE).tryQuery().isEmpty(),
        "no notice on the Run step: the screen says how the run ended");

    clickOn("#runGoToScaling");
    assertEquals(WorkbenchStep.SCALING, workbench.session().selectedStepProperty().get());
  }

  /** Runs a one-repetition study that finishes while the Study step is on screen. */
  private void finishARunOnTheStudyStep() throws IOException {
    importData();
    designSmallStudy(1);
    save();
    push(KeyCode.CONTROL, KeyCode.DIGIT3);
    startAndHoldTheRun();
    push(KeyCode.CONTROL, KeyCode.DIGIT2); // on to the Study step while the run waits
    work.studyThreads().open();
    await(() -> lookup("." + RunEndNotices.STYLE).tryQuery().isPresent());
  }

  private boolean aNoticeShows() {
    return lookup("." + RunEndNotices.STYLE).queryAll().stream().anyMatch(n -> n.isVisible()
        && n.getScene() != null && n.getScene().getWindow().isShowing());
  }

  @Test
  void aRunThatFinishesWhileTheUserIsOnAnotherStepIsAnnouncedWithAWayBack() throws IOException {
    finishARunOnTheStudyStep();

    assertEquals(WorkbenchStep.STUDY,
        onFx(() -> workbench.session().selectedStepProperty().get()));
    assertEquals("Study finished", lookup("." + RunEndNotices.STYLE + " .title")
        .queryAs(Label.class).getText());
    assertTrue(lookup("." + RunEndNotices.STYLE).queryAll().stream()
        .allMatch(n -> n.getStyleClass().contains(RunEndNotices.STYLE + "-finished")));
    clickOn("Show the Run step");
    assertEquals(WorkbenchStep.RUN, onFx(() -> workbench.session().selectedStepProperty().get()));
    assertTrue(text("#runSummary").startsWith("Finished"), text("#runSummary"));
    await(() -> !aNoticeShows()); // the notice closes (it fades out first)
  }

  @Test
  void aClickOnTheNoticeItselfAlsoShowsTheRunStep() throws IOException {
    finishARunOnTheStudyStep();
    clickOn(lookup("." + RunEndNotices.STYLE + " .title").queryAs(Label.class));
    assertEquals(WorkbenchStep.RUN, onFx(() -> workbench.session().selectedStepProperty().get()));
    await(() -> !aNoticeShows());
  }

  @Test
  void theWindowsShortcutsWorkWhileTheNoticeShowsAndTheRunStepClosesIt() throws IOException {
    finishARunOnTheStudyStep();
    push(KeyCode.CONTROL, KeyCode.DIGIT5); // the notice receives the key first
    assertEquals(WorkbenchStep.FORECAST,
        onFx(() -> workbench.session().selectedStepProperty().get()));
    assertTrue(aNoticeShows(), "another step: the notice stays");
    clickOn("#step-RUN");
    assertFalse(aNoticeShows(), "the Run step says the same");
  }

  private <T> T onFx(Callable<T> query) {
    try {
      return WaitForAsyncUtils.asyncFx(query).get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  /**
   * Starts the run and holds it at the study threads' gate, before its first cell: the screen
   * shows it running while its job waits. Start plans the design first when it has not been
   * planned yet; that planning goes through, and the run it then starts waits at the gate.
   */
  private void startAndHoldTheRun() {
    GatedExecutor studyThreads = work.studyThreads();
    studyThreads.close();
    clickOn("#runStart");
    if (onFx(this::phase) == RunViewModel.Phase.PLANNING) {
      studyThreads.release();
      await(() -> phase() == RunViewModel.Phase.RUNNING);
    }
    assertEquals(RunViewModel.Phase.RUNNING, onFx(this::phase));
    assertTrue(studyThreads.waiting() > 0, "the run waits at the gate");
  }

  /** Lets the held run go while it is paused; its worker waits at its first checkpoint. */
  private void releaseThePausedRun() {
    assertEquals(RunViewModel.Phase.PAUSED, onFx(this::phase));
    work.studyThreads().open();
    await(PauseCheckpoint::aWorkerWaitsThere);
  }

  private RunLedger.Contents ledger() {
    return RunLedger.read(dir.resolve("results").resolve(RunLedger.FILE_NAME));
  }

  @Test
  void pauseHoldsTheWorkersAndContinueGoesOnToTheEnd() throws IOException {
    importData();
    designSmallStudy(2);
    save();
    push(KeyCode.CONTROL, KeyCode.DIGIT3);
    startAndHoldTheRun();

    clickOn("#runPause");
    assertEquals(RunViewModel.Phase.PAUSED, onFx(this::phase));
    assertEquals("Continue", lookup("#runPause").queryAs(Button.class).getText());
    assertTrue(text("#runStatus").startsWith("Paused"), text("#runStatus"));
    releaseThePausedRun();
    assertEquals(0, cellLines(), "no cell finishes while paused: " + log());
    assertEquals(RunViewModel.Phase.PAUSED, onFx(this::phase));

    clickOn("#runPause");
    assertEquals("Pause", lookup("#runPause").queryAs(Button.class).getText());
    await(() -> text("#runSummary").startsWith("Finished"));
    assertEquals("6 of 6 cells", text("#runCells"));
    assertTrue(log().stream().anyMatch(l -> l.endsWith("Resumed.")), log().toString());
    assertEquals(6, ledger().results().size());
  }

  /**
   * Leaves the results folder as a run stopped after its first {@code cells} cells leaves it
   * (a cancel, a crash, a closed window): the ledger's header and those cells' lines.
   */
  private void keepTheFirstCellsOfTheLedger(int cells) throws IOException {
    Path file = dir.resolve("results").resolve(RunLedger.FILE_NAME);
    List<String> lines = Files.readAllLines(file);
    Files.write(file, lines.subList(0, 1 + cells));
  }

  private void reopen(Path file) {
    push(KeyCode.CONTROL, KeyCode.N);
    dialogs.filesToOpen.add(file);
    push(KeyCode.CONTROL, KeyCode.O);
    finishBackgroundWork();
    push(KeyCode.CONTROL, KeyCode.DIGIT3);
    await(() -> "Resume".equals(lookup("#runStart").queryAs(Button.class).getText()));
  }

  @Test
  void cancelKeepsTheFinishedCellsAndReopeningOffersResume() throws IOException {
    importData();
    designSmallStudy(3);
    Path file = save();
    push(KeyCode.CONTROL, KeyCode.DIGIT3);
    clickOn("#runStart");
    await(() -> text("#runSummary").startsWith("Finished"));
    keepTheFirstCellsOfTheLedger(2);
    reopen(file);
    assertEquals("2 of 9 cells done \u2014 press Resume to continue where the last run"
        + " stopped.", text("#runFolderNote"));

    startAndHoldTheRun();
    clickOn("#runPause");
    releaseThePausedRun();
    clickOn("#runCancel");
    await(() -> text("#runSummary").startsWith("Cancelled"));
    assertEquals(2, ledger().results().size(), "the finished cells stay in the ledger");
    assertEquals(List.of(), ledger().warnings(), "no torn line");

    reopen(file);
    assertEquals("2 of 9 cells done \u2014 press Resume to continue where the last run"
        + " stopped.", text("#runFolderNote"));
    await(() -> lookup("#runChart").tryQuery().isPresent());
    clickOn("#runStart");
    await(() -> text("#runSummary").startsWith("Finished"));
    assertTrue(log().stream().anyMatch(l -> l.contains("Started: 9 cells, 2 already in the"
        + " ledger (resumed).")), log().toString());
    assertEquals("9 of 9 cells (2 from an earlier run)", text("#runCells"));
    assertEquals(9, ledger().results().size());
    assertEquals(List.of(), dialogs.errors);
  }

  @Test
  void closingDuringARunAsksThenStopsItWithItsLedgerIntact() throws IOException {
    importData();
    designSmallStudy(4);
    save();
    push(KeyCode.CONTROL, KeyCode.DIGIT3);
    startAndHoldTheRun();
    clickOn("#runPause"); // the run stands still at its first checkpoint when the window closes
    releaseThePausedRun();

    dialogs.confirmations.add(true);
    WindowEvent close = new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST);
    interact(() -> stage.getOnCloseRequest().handle(close));

    assertFalse(close.isConsumed());
    assertTrue(dialogs.asked.contains("confirm: Stop the running study?"), dialogs.asked.toString());
    assertEquals(List.of(), ledger().results(), "stopped at its first checkpoint");
    assertEquals(List.of(), ledger().warnings(), "no torn line");
    assertTrue(Files.exists(dir.resolve("results").resolve("cells.csv")),
        "the tables are written when the run stops");
  }

  @Test
  void withoutDataTheRunStepExplainsItself() {
    push(KeyCode.CONTROL, KeyCode.DIGIT3);
    Node empty = lookup("#emptyState-RUN").query();
    assertTrue(empty.isVisible() && empty.getParent().isVisible());
    // the step shows this only while the data are missing: the hint starts there
    assertTrue(lookup("#emptyState-RUN .label").queryAll().stream()
        .anyMatch(l -> ((Label) l).getText().startsWith("First: import both datasets")));
  }
}
