package org.sim2real.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
import org.sim2real.ui.common.FakeDialogService;
import org.sim2real.ui.common.InMemoryPreferences;
import org.sim2real.ui.common.WorkbenchPreferences;
import org.sim2real.ui.common.WorkbenchStep;
import org.sim2real.ui.common.study.FormControls;
import org.sim2real.ui.run.RunViewModel;
import org.sim2real.ui.study.MlpPhase;
import org.sim2real.ui.study.StudyBench;
import org.sim2real.ui.study.StudyFormModel;
import org.testfx.framework.junit5.ApplicationTest;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Study and Run steps driven like a user would, headless: import small data, design a small
 * fast study, run it on the workbench's own study threads, pause, cancel, resume from the ledger
 * after reopening the project, and close during a run.
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
  private void designSmallStudy(int repetitions, int pretrainEpochs) {
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
      form.mlp().phase(MlpPhase.PRETRAIN).epochs().textProperty().set(
          String.valueOf(pretrainEpochs));
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
    assertTrue(reps.getPseudoClassStates().contains(FormControls.INVALID));
    assertEquals("enter a whole number from 1 to 10,000", text("#repetitionsError"));
    assertTrue(lookup("#repetitionsError").query().isVisible());
    assertEquals("55 cells", text("#summaryCells"), "the design keeps its valid value");

    type("#repetitions", "2");
    assertFalse(reps.getPseudoClassStates().contains(FormControls.INVALID));
    assertEquals("22 cells", text("#summaryCells"));
    assertEquals("Undo Change Repetitions", workbench.undo().undoTextProperty().get());
    push(KeyCode.CONTROL, KeyCode.Z);
    assertEquals("55 cells", text("#summaryCells"));
    assertEquals("5", reps.getText());
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
    designSmallStudy(2, 2);
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

    clickOn("#runGoToScaling");
    assertEquals(WorkbenchStep.SCALING, workbench.session().selectedStepProperty().get());
  }

  /** Pauses the run as soon as the first cell is in the log (as a quick user would). */
  private void pauseAfterTheFirstCell() {
    RunViewModel run = workbench.study().run();
    java.util.concurrent.atomic.AtomicBoolean once = new java.util.concurrent.atomic.AtomicBoolean();
    interact(() -> run.display().fractionProperty().addListener((obs, old, done) -> {
      if (done.doubleValue() > 0 && run.phaseProperty().get() == RunViewModel.Phase.RUNNING
          && !once.getAndSet(true)) {
        run.pause();
      }
    }));
  }

  @Test
  void pauseWaitsAndContinueGoesOnToTheEnd() throws IOException {
    importData();
    designSmallStudy(2, 3000);
    save();
    push(KeyCode.CONTROL, KeyCode.DIGIT3);
    clickOn("#runStart");
    await(() -> phase() == RunViewModel.Phase.RUNNING);

    clickOn("#runPause");
    assertEquals(RunViewModel.Phase.PAUSED, phase());
    assertEquals("Continue", lookup("#runPause").queryAs(Button.class).getText());
    assertTrue(text("#runStatus").startsWith("Paused"));
    clickOn("#runPause");
    assertEquals("Pause", lookup("#runPause").queryAs(Button.class).getText());
    await(() -> text("#runSummary").startsWith("Finished"));
    assertTrue(log().stream().anyMatch(l -> l.endsWith("Resumed.")));
  }

  @Test
  void cancelKeepsTheFinishedCellsAndReopeningOffersResume() throws IOException {
    importData();
    designSmallStudy(3, 2000);
    Path file = save();
    push(KeyCode.CONTROL, KeyCode.DIGIT3);
    pauseAfterTheFirstCell();
    clickOn("#runStart");
    await(() -> phase() == RunViewModel.Phase.PAUSED);
    clickOn("#runCancel");
    await(() -> text("#runSummary").startsWith("Cancelled"));
    int kept = RunLedger.read(dir.resolve("results").resolve(RunLedger.FILE_NAME)).results()
        .size();
    assertTrue(kept >= 1 && kept < 9, "cells kept: " + kept);

    push(KeyCode.CONTROL, KeyCode.N);
    dialogs.filesToOpen.add(file);
    push(KeyCode.CONTROL, KeyCode.O);
    finishBackgroundWork();
    push(KeyCode.CONTROL, KeyCode.DIGIT3);
    await(() -> "Resume".equals(lookup("#runStart").queryAs(Button.class).getText()));
    assertEquals(kept + " of 9 cells done \u2014 press Resume to continue where the last run"
        + " stopped.", text("#runFolderNote"));
    await(() -> lookup("#runChart").tryQuery().isPresent());

    clickOn("#runStart");
    await(() -> text("#runSummary").startsWith("Finished"));
    assertTrue(log().stream().anyMatch(l -> l.contains("Started: 9 cells, " + kept
        + " already in the ledger (resumed).")), log().toString());
    assertEquals("9 of 9 cells (" + kept + " from an earlier run)", text("#runCells"));
    assertEquals(List.of(), dialogs.errors);
  }

  @Test
  void closingDuringARunAsksThenStopsItWithItsLedgerIntact() throws IOException {
    importData();
    designSmallStudy(4, 3000);
    save();
    push(KeyCode.CONTROL, KeyCode.DIGIT3);
    pauseAfterTheFirstCell(); // so the run is surely still going when the window closes
    clickOn("#runStart");
    await(() -> phase() == RunViewModel.Phase.PAUSED);

    dialogs.confirmations.add(true);
    WindowEvent close = new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST);
    interact(() -> stage.getOnCloseRequest().handle(close));

    assertFalse(close.isConsumed());
    assertTrue(dialogs.asked.contains("confirm: Stop the running study?"), dialogs.asked.toString());
    RunLedger.Contents ledger = RunLedger.read(dir.resolve("results")
        .resolve(RunLedger.FILE_NAME));
    assertTrue(ledger.results().size() >= 1 && ledger.results().size() < 12);
    assertEquals(List.of(), ledger.warnings(), "no torn line");
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
