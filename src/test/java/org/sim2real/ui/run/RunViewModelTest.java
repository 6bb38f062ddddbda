package org.sim2real.ui.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sim2real.core.project.OpenedProject;
import org.sim2real.core.project.ProjectStore;
import org.sim2real.core.study.RunLedger;

/** Runs of a tiny study through the Run screen's model, on the calling thread. */
class RunViewModelTest {
  @TempDir Path dir;

  private boolean logHas(RunBench bench, String text) {
    return bench.run.log().stream().anyMatch(l -> l.contains(text));
  }

  /** The cells the live chart was drawn from, as its note under the chart says. */
  private static int chartCells(RunBench bench) {
    String note = bench.run.display().chartNoteProperty().get();
    Matcher count = Pattern.compile("(\\d+) (finished|scratch baseline) cells?").matcher(note);
    assertTrue(count.find(), note);
    return Integer.parseInt(count.group(1));
  }

  @Test
  void anUnsavedProjectIsSavedFirstAndDecliningLeavesTheRunUnstarted() throws IOException {
    RunBench bench = new RunBench();
    bench.study.withData(dir);
    RunBench.design(bench.study.form);
    assertEquals(RunViewModel.Phase.IDLE, bench.run.phaseProperty().get());
    assertTrue(bench.run.folder().locationProperty().get().contains("next to the project file"));

    bench.study.dialogs.confirmations.add(false);
    bench.run.start();
    assertEquals(List.of("confirm: Save the project first"), bench.study.dialogs.asked);
    assertEquals(List.of(), bench.saves);

    bench.study.dialogs.confirmations.add(true);
    bench.run.start();
    assertEquals(List.of("save"), bench.saves, "asked to save; the save was cancelled");
    assertEquals(RunViewModel.Phase.IDLE, bench.run.phaseProperty().get());
    assertFalse(Files.exists(dir.resolve("results")));
  }

  @Test
  void theLinesOfAFrameReachTheLogAsOneChange() throws IOException {
    RunBench bench = new RunBench().ready(dir);
    bench.holdFrames = true; // no frame until the run ends: its lines pile up in the relay
    List<Integer> added = new ArrayList<>();
    bench.run.log().addListener((javafx.collections.ListChangeListener<String>) c -> {
      while (c.next()) {
        if (c.wasAdded()) {
          added.add(c.getAddedSize());
        }
      }
    });
    bench.run.start();

    // the design line, "Started", six cells: one change (the log view scrolls once per change)
    assertTrue(added.get(0) >= 8, added.toString());
    assertEquals(bench.run.log().size(), added.stream().mapToInt(Integer::intValue).sum());
    assertTrue(logHas(bench, "Finished: all 6 cells done"), bench.run.log().toString());
  }

  @Test
  void withoutDataTheRunIsNotReadyAndSaysWhy() {
    RunBench bench = new RunBench();
    assertEquals(RunViewModel.Phase.NOT_READY, bench.run.phaseProperty().get());
    assertEquals("Import the simulation and the experimental data in the Data step.",
        bench.run.display().problemsProperty().get());
  }

  @Test
  void aStudyRunsToTheEndWithProgressLogChartAndLedger() throws IOException {
    RunBench bench = new RunBench().ready(dir);
    bench.run.start();

    RunDisplay display = bench.run.display();
    assertEquals(RunViewModel.Phase.IDLE, bench.run.phaseProperty().get());
    assertTrue(display.summaryProperty().get().startsWith("Finished: all 6 cells done in"),
        display.summaryProperty().get());
    assertTrue(display.completedProperty().get());
    assertEquals("6 of 6 cells", display.cellsProperty().get());
    assertEquals(1.0, display.fractionProperty().get());
    assertTrue(logHas(bench, "Started: 6 cells."));
    assertTrue(logHas(bench, "finetune n=60 m=32 r=1: MAE "), bench.run.log().toString());
    assertTrue(logHas(bench, "scratch m=32 r=0: MAE "));
    assertNotNull(bench.run.chartProperty().get(), display.chartNoteProperty().get());
    assertEquals(6, chartCells(bench));
    assertEquals(6, RunLedger.read(dir.resolve("results").resolve(RunLedger.FILE_NAME))
        .results().size());
    assertTrue(bench.run.folder().noteProperty().get().startsWith("All 6 cells of this design"
        + " are done, so there is nothing left to run"), bench.run.folder().noteProperty().get());
    assertEquals(List.of(), bench.run.workers());
  }

  @Test
  void whenEveryCellIsDoneStartIsOffAndSaysSoUntilANewFolderIsChosen() throws IOException {
    RunBench bench = new RunBench().ready(dir);
    bench.run.start();
    RunFolderModel folder = bench.run.folder();
    assertEquals(RunFolderModel.ALL_DONE, folder.startLabelProperty().get());
    assertTrue(folder.allDoneProperty().get());
    assertFalse(folder.canStart());
    assertTrue(folder.noteProperty().get().contains("To run the design again, use a new folder"),
        folder.noteProperty().get());

    int lines = bench.run.log().size();
    bench.run.start(); // as a click would, were the button not disabled
    assertEquals(lines, bench.run.log().size(), "nothing planned, nothing run");
    assertFalse(bench.run.display().summaryProperty().get().contains("the last 0"));

    folder.useNewFolder();
    assertFalse(folder.allDoneProperty().get());
    assertEquals("Start", folder.startLabelProperty().get());
    assertTrue(folder.canStart());
  }

  @Test
  void cancelKeepsFinishedCellsAndStartResumesFromTheLedger() throws IOException {
    RunBench bench = new RunBench().ready(dir);
    AtomicBoolean cancelled = new AtomicBoolean();
    bench.afterReport = () -> {
      if (logHas(bench, ": MAE ") && !cancelled.getAndSet(true)) {
        bench.run.cancel();
      }
    };
    bench.run.start();

    String summary = bench.run.display().summaryProperty().get();
    assertTrue(summary.startsWith("Cancelled: "), summary);
    int kept = RunLedger.read(dir.resolve("results").resolve(RunLedger.FILE_NAME)).results()
        .size();
    assertTrue(kept >= 1 && kept < 6, "cells kept: " + kept);
    assertEquals(kept + " of 6 cells done \u2014 press Resume to continue where the last run"
        + " stopped.", bench.run.folder().noteProperty().get());
    assertEquals("Resume", bench.run.folder().startLabelProperty().get());

    bench.run.start();
    assertTrue(logHas(bench, "Started: 6 cells, " + kept + " already in the ledger (resumed)."));
    assertTrue(bench.run.display().completedProperty().get());
    assertEquals("6 of 6 cells (" + kept + " from an earlier run)",
        bench.run.display().cellsProperty().get());
    assertTrue(bench.run.display().summaryProperty().get().startsWith(
        "Finished: all 6 cells done; this run did the last " + (6 - kept) + " in "));
  }

  /**
   * An out-of-memory error in the first work group (n = 60, r = 0, as it starts) ends the run as
   * incomplete, not as a crash: the other groups ran, the larger-or-equal n of the second
   * repetition was not started, the screen says which cells are missing and what to do, and the
   * model stays usable: Resume runs exactly the missing cells.
   */
  @Test
  void anOutOfMemoryGroupLeavesTheRunIncompleteWithTheWaysOutAndResumeFinishes()
      throws IOException {
    RunBench bench = new RunBench().ready(dir);
    List<RunEnd> ends = new ArrayList<>();
    bench.run.addEndListener(ends::add);
    AtomicBoolean thrown = new AtomicBoolean();
    bench.afterReport = () -> {
      if (!bench.run.workers().isEmpty() && !thrown.getAndSet(true)) {
        throw new OutOfMemoryError("Java heap space"); // in the worker, as its group starts
      }
    };
    bench.run.start();

    assertTrue(thrown.get());
    RunDisplay display = bench.run.display();
    assertEquals(RunViewModel.Phase.IDLE, bench.run.phaseProperty().get());
    assertEquals("Incomplete: out of memory", display.statusProperty().get());
    String summary = display.summaryProperty().get();
    assertTrue(summary.startsWith("Incomplete: 4 of 6 cells are in the ledger; 2 cells did not fit"
        + " in memory (n=60 r=0 ran out; n=60 r=1 not started, since their n is as large); they"
        + " are left for a later run. What to do: give Java more memory (-Xmx"), summary);
    assertTrue(summary.contains("or leave out n = 60 and larger; a new run resumes where this"
        + " one stopped"), summary);
    assertFalse(display.completedProperty().get());
    assertTrue(logHas(bench, "Failed: Out of memory (Java heap space) in n=60 r=0 while training"
        + " with n = 60; 1 work group with n = 60 or more was not started (n=60 r=1). These 2"
        + " cells are not in the ledger"), bench.run.log().toString());
    assertTrue(logHas(bench, "Memory: about "), bench.run.log().toString());
    assertEquals(1, ends.size());
    assertEquals(RunEnd.Kind.INCOMPLETE, ends.get(0).kind());
    assertEquals("4 of 6 cells are in the ledger; 2 cells did not fit in memory. The Run step"
        + " says what to do.", ends.get(0).text());
    Path ledger = dir.resolve("results").resolve(RunLedger.FILE_NAME);
    assertEquals(List.of(), RunLedger.read(ledger).warnings());
    assertEquals(4, RunLedger.read(ledger).results().size());
    assertTrue(RunLedger.read(ledger).results().stream().noneMatch(r -> r.n() == 60));
    assertEquals("Resume", bench.run.folder().startLabelProperty().get());

    bench.run.start();
    assertTrue(logHas(bench, "Started: 6 cells, 4 already in the ledger (resumed)."));
    assertTrue(display.completedProperty().get(), display.summaryProperty().get());
    assertTrue(display.summaryProperty().get().startsWith(
        "Finished: all 6 cells done; this run did the last 2 in "));
    assertEquals(6, RunLedger.read(ledger).results().size());
  }

  @Test
  void theElapsedTimeMovesOnWhileWorkersReportTheirSteps() throws IOException {
    AtomicLong clock = new AtomicLong();
    RunBench bench = new RunBench(Runnable::run, clock::get);
    bench.ready(dir);
    List<String> shown = new ArrayList<>();
    bench.afterReport = () -> {
      shown.add(bench.run.display().timeProperty().get());
      clock.addAndGet(100_000_000_000L); // the next report comes 100 s later (slow steps)
    };
    bench.run.start();
    // the study itself takes seconds: only the clock between the reports makes minutes
    assertTrue(shown.stream().anyMatch(t -> t.matches("Elapsed [0-9]+ min .*")),
        "the time shown never moved on: " + shown);
  }

  @Test
  void pauseAndResumeReachTheRunAndItStillFinishes() throws IOException {
    RunBench bench = new RunBench().ready(dir);
    AtomicBoolean paused = new AtomicBoolean();
    bench.afterReport = () -> {
      if (logHas(bench, ": MAE ") && !paused.getAndSet(true)) {
        bench.run.pause();
        assertEquals(RunViewModel.Phase.PAUSED, bench.run.phaseProperty().get());
        bench.run.tick();
        assertTrue(bench.run.display().timeProperty().get().endsWith("paused"));
        bench.run.resume(); // before the worker reaches its next checkpoint or after: both work
      }
    };
    bench.run.start();
    assertTrue(logHas(bench, "Paused: the workers stop at their next checkpoint."));
    assertTrue(logHas(bench, "Resumed."));
    assertTrue(bench.run.display().completedProperty().get());
  }

  @Test
  void pausingBeforeTheFirstReportSaysPausedAtOnceAndContinueSaysRunning() throws IOException {
    List<Runnable> waiting = new ArrayList<>();
    RunBench bench = new RunBench(waiting::add).ready(dir);
    bench.run.start(); // planned on this thread; the run waits in the list, nothing reported yet
    assertEquals(RunViewModel.Phase.RUNNING, bench.run.phaseProperty().get());

    bench.run.pause();
    assertTrue(bench.run.display().statusProperty().get().startsWith("Paused: "),
        bench.run.display().statusProperty().get());
    bench.run.resume();
    assertEquals("Running", bench.run.display().statusProperty().get());

    while (!waiting.isEmpty()) {
      waiting.remove(0).run();
    }
    assertTrue(bench.run.display().completedProperty().get());
  }

  @Test
  void reopeningTheProjectShowsResumeAndThePartialChart() throws IOException {
    RunBench first = new RunBench().ready(dir);
    AtomicBoolean cancelled = new AtomicBoolean();
    first.afterReport = () -> {
      if (first.run.log().stream().filter(l -> l.contains(": MAE ")).count() >= 2
          && !cancelled.getAndSet(true)) {
        first.run.cancel();
      }
    };
    first.run.start();
    Path file = dir.resolve("study.s2r");
    new ProjectStore().save(first.study.session.snapshot(), file);
    int kept = RunLedger.read(dir.resolve("results").resolve(RunLedger.FILE_NAME)).results()
        .size();

    RunBench reopened = new RunBench();
    OpenedProject opened = new ProjectStore().open(file);
    reopened.study.session.load(opened.project(), file, false);
    assertTrue(reopened.run.folder().noteProperty().get().contains("they are compared with this"
        + " design when the study is planned"), reopened.run.folder().noteProperty().get());

    reopened.run.setShowing(true);
    assertEquals(kept + " of 6 cells done \u2014 press Resume to continue where the last run"
        + " stopped.", reopened.run.folder().noteProperty().get());
    assertEquals("Resume", reopened.run.folder().startLabelProperty().get());
    assertEquals(kept, chartCells(reopened));
  }

  @Test
  void aFolderWithAnotherDesignsResultsIsExplainedAndANewFolderOffered() throws IOException {
    RunBench bench = new RunBench().ready(dir);
    bench.run.start();
    bench.study.form.seed().textProperty().set("1");
    RunFolderModel folder = bench.run.folder();
    assertFalse(folder.otherDesignProperty().get(), "not known before the design is planned");

    bench.run.start(); // plans, finds the other design's ledger and stops there
    assertTrue(folder.otherDesignProperty().get());
    assertTrue(folder.noteProperty().get().startsWith("This folder holds 6 cells of another"
        + " design"), folder.noteProperty().get());
    assertEquals(RunViewModel.Phase.IDLE, bench.run.phaseProperty().get());
    assertEquals(6, RunLedger.read(dir.resolve("results").resolve(RunLedger.FILE_NAME))
        .results().size(), "nothing started in the other design's folder");
    assertFalse(bench.run.display().summaryProperty().get().startsWith("The run stopped"));

    folder.useNewFolder();
    assertEquals("results-2", bench.study.session.project().resultsDirectory());
    assertFalse(folder.otherDesignProperty().get());
    assertEquals("The folder holds no results yet: the run starts with the first cell.",
        folder.noteProperty().get());
    bench.run.start();
    assertTrue(Files.exists(dir.resolve("results-2").resolve(RunLedger.FILE_NAME)));
  }

  @Test
  void closingWithoutARunAsksNothing() throws IOException {
    RunBench bench = new RunBench().ready(dir);
    assertTrue(bench.run.confirmStop());
    assertEquals(List.of(), bench.study.dialogs.asked);
  }
}
