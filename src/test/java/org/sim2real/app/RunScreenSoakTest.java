package org.sim2real.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import javafx.application.Platform;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.jfree.chart.fx.ChartViewer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sim2real.core.feature.FeaturizerSpec;
import org.sim2real.core.model.Activation;
import org.sim2real.core.model.MlpSettings;
import org.sim2real.core.model.ModelSpec;
import org.sim2real.core.model.TrainingLength;
import org.sim2real.core.model.TransferStrategy;
import org.sim2real.core.study.CellResult;
import org.sim2real.core.study.RunLedger;
import org.sim2real.core.study.StudyDesign;
import org.sim2real.core.study.SyntheticStudyFiles;
import org.sim2real.ui.common.FakeDialogService;
import org.sim2real.ui.common.InMemoryPreferences;
import org.sim2real.ui.common.WorkbenchPreferences;
import org.sim2real.ui.common.study.DesignSession;
import org.sim2real.ui.run.RunViewModel;
import org.testfx.framework.junit5.ApplicationTest;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The UI half of the long-run soak (issue 11): thousands of cheap cells started with the Run
 * screen's own Start button, on the workbench's own study threads, while a heartbeat measures how
 * long the FX thread ever stalls. Asserts only what cannot be flaky (the run finishes, every cell
 * is in the ledger once, the event log stays capped, the live chart and the N-of-N label are
 * there) and prints the figures (FX stalls, cells/s, heap) on one line. By default 10 repetitions
 * of the core SoakTest's grid (2,050 cells, more log lines than the log keeps, about 10 s);
 * {@code -Dsim2real.soak=true} runs 50 (10,250 cells).
 */
class RunScreenSoakTest extends ApplicationTest {
  private static final boolean FULL = Boolean.getBoolean("sim2real.soak");
  private static final int REPETITIONS = FULL ? 50 : 10;
  /** Per repetition: 20 sizes x 5 experiment sizes x 2 strategies, plus 5 scratch baselines. */
  private static final int CELLS_PER_REPETITION = 20 * 5 * 2 + 5;
  /** A heartbeat goes to the FX thread this often; its wait to run is how long it stalled. */
  private static final long HEARTBEAT_MILLIS = 20;
  private static final long TIMEOUT_SECONDS = FULL ? 900 : 300;

  @TempDir Path dir;

  private final FakeDialogService dialogs = new FakeDialogService();
  private final WorkbenchPreferences prefs = new WorkbenchPreferences(new InMemoryPreferences());
  private final QueuedWork work = new QueuedWork();
  private Workbench workbench;

  @Override
  public void start(Stage primary) {
    workbench = Workbench.show(primary, work.services(dialogs, prefs));
  }

  /** Runs the background work of the shared task pool (imports), on the FX thread. */
  private void finishBackgroundWork() {
    interact(work::runAll);
  }

  private static Path writeTable(Path file, int rows, long seed, boolean simulation)
      throws IOException {
    return Files.writeString(file,
        SyntheticStudyFiles.table(rows, seed, simulation, "band_gap_eV"));
  }


  private void importData() throws IOException {
    dialogs.filesToOpen.add(writeTable(dir.resolve("sim.csv"), 300, 11, true));
    clickOn("#importSimulation");
    finishBackgroundWork();
    dialogs.filesToOpen.add(writeTable(dir.resolve("exp.csv"), 60, 12, false));
    push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.I);
    finishBackgroundWork();
  }

  /** The core SoakTest's design: a 4-unit MLP trained a few steps per phase, 20 x 5 sizes. */
  private static StudyDesign soakDesign(StudyDesign current) {
    MlpSettings tiny = new MlpSettings(List.of(4), Activation.RELU, 1e-2, 16,
        TrainingLength.stepBudget(1, 4, 8), 0.9, 0.999, 1e-8, 0, null);
    List<Integer> sizes = IntStream.rangeClosed(1, 20).map(i -> 10 * i).boxed().toList();
    return StudyDesign.defaults("sim.csv", "exp.csv",
            FeaturizerSpec.of(FeaturizerSpec.Kind.ELEMENT_FRACTIONS),
            new ModelSpec.Mlp(tiny, tiny, tiny, tiny),
            List.of(TransferStrategy.FINE_TUNE, TransferStrategy.FROZEN_FEATURES))
        .withDatasets(current.simulation(), current.experimental(), null)
        .withSizes(sizes)
        .withExperimentalSizes(List.of(8, 16, 24, 32, 40))
        .withRepetitions(REPETITIONS)
        .withSeed(11);
  }

  private String text(String query) {
    return lookup(query).queryAs(Label.class).getText();
  }

  @SuppressWarnings("unchecked")
  private List<String> log() {
    return List.copyOf(lookup("#runLog").queryAs(ListView.class).getItems());
  }

  private void await(Callable<Boolean> condition) {
    try {
      WaitForAsyncUtils.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS,
          () -> WaitForAsyncUtils.asyncFx(condition).get());
    } catch (TimeoutException e) {
      throw new AssertionError("timed out; summary: "
          + workbench.study().run().display().summaryProperty().get(), e);
    }
  }

  @Test
  void thousandsOfCellsRunThroughTheRunScreenWithACappedLogAndALiveChart() throws Exception {
    importData();
    DesignSession design = workbench.study().design();
    interact(() -> {
      design.edit("Soak design", "soak", soakDesign(design.design()));
      design.threadsProperty().set(2);
    });
    assertEquals(List.of(), design.problems());
    dialogs.filesToSave.add(dir.resolve("soak.s2r"));
    push(KeyCode.CONTROL, KeyCode.S);
    push(KeyCode.CONTROL, KeyCode.DIGIT3);
    int cells = REPETITIONS * CELLS_PER_REPETITION;

    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    memory.gc();
    long heapBefore = memory.getHeapMemoryUsage().getUsed();
    AtomicLong peakHeap = new AtomicLong();
    ConcurrentLinkedQueue<Long> stallsNanos = new ConcurrentLinkedQueue<>();
    ScheduledExecutorService heartbeat = Executors.newSingleThreadScheduledExecutor(
        Thread.ofPlatform().daemon().name("fx-heartbeat").factory());
    heartbeat.scheduleAtFixedRate(() -> {
      peakHeap.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
      long scheduled = System.nanoTime();
      Platform.runLater(() -> stallsNanos.add(System.nanoTime() - scheduled));
    }, 0, HEARTBEAT_MILLIS, TimeUnit.MILLISECONDS);
    long start;
    try {
      await(() -> !stallsNanos.isEmpty()); // the heartbeat runs before the run starts
      start = System.nanoTime();
      clickOn("#runStart");
      await(() -> text("#runSummary").startsWith("Finished"));
    } finally {
      heartbeat.shutdownNow();
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    memory.gc();
    long heapAfter = memory.getHeapMemoryUsage().getUsed();

    assertEquals(RunViewModel.Phase.IDLE, workbench.study().run().phaseProperty().get());
    RunLedger.Contents ledger = RunLedger.read(dir.resolve("results")
        .resolve(RunLedger.FILE_NAME));
    assertEquals(List.of(), ledger.warnings());
    List<String> ids = ledger.results().stream().map(CellResult::cellId).toList();
    assertEquals(cells, ids.size());
    assertEquals(cells, ids.stream().collect(Collectors.toSet()).size(), "each cell once");
    List<String> log = log();
    // more lines than the cap were logged (a line per cell and a few notes): the log holds the cap
    assertEquals(RunViewModel.LOG_LIMIT, log.size());
    assertTrue(log.get(log.size() - 1).contains("Finished: all " + String.format(Locale.ROOT,
        "%,d", cells) + " cells done"), log.get(log.size() - 1));
    assertEquals(String.format(Locale.ROOT, "%,d of %,d cells", cells, cells), text("#runCells"));
    await(() -> lookup("#runChart").tryQuery().isPresent());
    assertNotNull(lookup("#runChart").queryAs(ChartViewer.class).getChart());

    long[] stalls = stallsNanos.stream().mapToLong(Long::longValue).sorted().toArray();
    System.out.printf(Locale.ROOT, "RunScreenSoakTest: %d cells in %.1f s, %.1f cells/s through"
        + " the Run screen; FX heartbeat every %d ms (%d beats): stall max %.1f ms, p99 %.1f ms,"
        + " p50 %.1f ms; sampled peak heap used %.1f MB (max %.0f MB); heap after full GC %.1f MB"
        + " (before the run %.1f MB); event log %d lines%n", cells, seconds, cells / seconds,
        HEARTBEAT_MILLIS, stalls.length, stalls[stalls.length - 1] / 1e6,
        percentile(stalls, 0.99) / 1e6, percentile(stalls, 0.5) / 1e6, peakHeap.get() / 1e6,
        memory.getHeapMemoryUsage().getMax() / 1e6, heapAfter / 1e6, heapBefore / 1e6,
        log.size());
  }

  private static long percentile(long[] sorted, double q) {
    return sorted[Math.min(sorted.length - 1, (int) Math.ceil(q * sorted.length) - 1)];
  }
}
