package org.sim2real.app;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.application.Platform;
import org.sim2real.core.project.ProjectStore;
import org.sim2real.testing.GatedExecutor;
import org.sim2real.ui.common.BackgroundTasks;
import org.sim2real.ui.common.DialogService;
import org.sim2real.ui.common.WorkbenchPreferences;

/**
 * The services of a headless GUI test: background work (imports, fits, forecasts) is queued and
 * runs only when the test calls {@link #runAll} (on the FX thread, through TestFX's
 * {@code interact}), so each step of a test sees a settled screen. Studies plan and run on real
 * threads, as in the application, behind a gate the test can close ({@link #studyThreads}). No
 * autosave, no native check message, no sample folder, no system file viewer.
 */
final class QueuedWork {
  private final Deque<Runnable> queue = new ArrayDeque<>();
  private final GatedExecutor studyThreads = new GatedExecutor("test-study-");

  WorkbenchServices services(DialogService dialogs, WorkbenchPreferences preferences) {
    return services(dialogs, preferences, Optional::empty);
  }

  WorkbenchServices services(DialogService dialogs, WorkbenchPreferences preferences,
      Supplier<Optional<String>> nativeLibraryCheck) {
    return new WorkbenchServices(owner -> dialogs, preferences,
        new BackgroundTasks(queue::add, Runnable::run, QueuedWork::onFxThread), studyThreads,
        new ProjectStore(), (task, delay) -> () -> { }, nativeLibraryCheck, null, null);
  }

  /**
   * Progress on the FX thread, as the application's frame executor does it: at once from work the
   * test runs there, later from the threads such work fans out to (rows checked in parallel).
   */
  private static void onFxThread(Runnable apply) {
    if (Platform.isFxApplicationThread()) {
      apply.run();
    } else {
      Platform.runLater(apply);
    }
  }

  /** The threads studies plan and run on; open unless the test closes the gate. */
  GatedExecutor studyThreads() {
    return studyThreads;
  }

  /** Runs the queued work, and the work it queues, until none is left. */
  void runAll() {
    while (!queue.isEmpty()) {
      queue.poll().run();
    }
  }
}
