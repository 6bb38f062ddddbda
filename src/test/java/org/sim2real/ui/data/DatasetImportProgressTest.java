package org.sim2real.ui.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sim2real.core.project.DatasetReference;
import org.sim2real.core.project.DatasetRole;
import org.sim2real.ui.common.BackgroundTasks;
import org.sim2real.ui.common.FakeDialogService;
import org.sim2real.ui.common.InMemoryPreferences;
import org.sim2real.ui.common.ProjectSession;
import org.sim2real.ui.common.UndoManager;
import org.sim2real.ui.common.WorkbenchPreferences;
import org.sim2real.ui.common.data.DataSession;

/**
 * A large import seen from the dataset panel: the progress line while the file is read, and
 * Cancel in the middle of it. The worker is a queue this test runs, so the "user" acts from the
 * progress listener, between two blocks of rows.
 */
class DatasetImportProgressTest {
  private static final DatasetRole SIM = DatasetRole.SIMULATION;
  private static final int ROWS = 200_000;
  private static final Pattern READING =
      Pattern.compile("Reading big\\.csv: \\d{1,3}(,\\d{3})* rows.*");

  @TempDir Path dir;

  private final ArrayDeque<Runnable> worker = new ArrayDeque<>();
  private final ProjectSession session = new ProjectSession();
  /** Progress arrives from the threads that check rows in parallel: one at a time, as on FX. */
  private final Object frame = new Object();
  private final DataSession data = new DataSession(session,
      new BackgroundTasks(worker::add, Runnable::run, r -> {
        synchronized (frame) {
          r.run();
        }
      }), new UndoManager(50), s -> {});
  private final DatasetPanelModel panel = new DatasetPanelModel(SIM, data, session,
      new FakeDialogService(), new WorkbenchPreferences(new InMemoryPreferences()));

  private void runWorker() {
    while (!worker.isEmpty()) {
      worker.poll().run();
    }
  }

  @Test
  void theProgressLineCountsTheRowsReadAndTheBarFollowsTheBytes() throws IOException {
    Path big = DataFixtures.bigTable(dir, "big.csv", ROWS);
    List<String> messages = new ArrayList<>();
    List<Double> fractions = new ArrayList<>();
    panel.progressMessageProperty().addListener((obs, old, now) -> messages.add(now));
    panel.progressProperty().addListener((obs, old, now) -> fractions.add(now.doubleValue()));

    panel.open(big);
    assertTrue(panel.busyProperty().get());
    assertEquals("Importing big.csv", panel.progressMessageProperty().get());
    runWorker();

    assertTrue(messages.stream().anyMatch(m -> READING.matcher(m).matches()), messages.toString());
    assertTrue(fractions.stream().anyMatch(f -> f > 0 && f < 1), fractions.toString());
    assertFalse(panel.busyProperty().get());
    assertEquals("", panel.progressMessageProperty().get(), "no progress line after the end");
    assertEquals("big.csv", panel.fileNameProperty().get());
    assertEquals(ROWS, data.dataset(SIM).size());
  }

  @Test
  void cancelWhileReadingKeepsThePreviousDataAndTheProject() throws IOException {
    panel.open(DataFixtures.copy(DataFixtures.SIM, dir));
    runWorker();
    DatasetReference before = session.project().dataset(SIM);
    Path big = DataFixtures.bigTable(dir, "big.csv", ROWS);
    List<String> messages = new ArrayList<>();
    panel.progressMessageProperty().addListener((obs, old, now) -> {
      messages.add(now);
      if (READING.matcher(now).matches()) {
        panel.cancelImport(); // the user presses Cancel while the rows are being read
      }
    });

    panel.open(big);
    runWorker();

    assertTrue(messages.contains("Cancelling..."), messages.toString());
    assertEquals(1, messages.stream().filter(m -> READING.matcher(m).matches()).count(),
        "reading stopped at the next block: " + messages);
    assertEquals("Import of big.csv cancelled; the previous data are kept.",
        panel.noticeProperty().get());
    assertEquals("", panel.errorProperty().get());
    assertEquals("sim-small.csv", panel.fileNameProperty().get());
    assertEquals(10, data.dataset(SIM).size());
    assertEquals(before, session.project().dataset(SIM));
    assertFalse(panel.busyProperty().get());
  }

  @Test
  void cancelWhileTheRowsAreCheckedAlsoKeepsThePreviousData() throws IOException {
    panel.open(DataFixtures.copy(DataFixtures.SIM, dir));
    runWorker();
    Path big = DataFixtures.bigTable(dir, "big.csv", ROWS);
    List<String> messages = new ArrayList<>();
    panel.progressMessageProperty().addListener((obs, old, now) -> {
      messages.add(now);
      if (now.matches("Checking big\\.csv: [1-9][0-9,]* of 200,000 rows")) {
        panel.cancelImport();
      }
    });

    panel.open(big);
    runWorker();

    assertTrue(messages.contains("Cancelling..."), messages.toString());
    assertEquals("Import of big.csv cancelled; the previous data are kept.",
        panel.noticeProperty().get());
    assertEquals("sim-small.csv", panel.fileNameProperty().get());
    assertEquals(10, data.dataset(SIM).size());
  }

  @Test
  void cancelDoesNothingWhenNoImportRuns() throws IOException {
    panel.open(DataFixtures.copy(DataFixtures.SIM, dir));
    runWorker();

    panel.cancelImport();

    assertEquals("", panel.noticeProperty().get());
    assertEquals("", panel.progressMessageProperty().get());
    assertEquals(10, data.dataset(SIM).size());
  }
}
