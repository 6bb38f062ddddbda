package org.sim2real.app;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.function.Supplier;
import org.sim2real.core.project.ProjectStore;
import org.sim2real.ui.common.BackgroundTasks;
import org.sim2real.ui.common.DialogService;
import org.sim2real.ui.common.WorkbenchPreferences;

/**
 * The services of a headless GUI test: background work (imports, fits, forecasts) is queued and
 * runs only when the test calls {@link #runAll} (on the FX thread, through TestFX's
 * {@code interact}), so each step of a test sees a settled screen. No autosave, no native check
 * message, no sample folder, no system file viewer.
 */
final class QueuedWork {
  private final Deque<Runnable> queue = new ArrayDeque<>();

  WorkbenchServices services(DialogService dialogs, WorkbenchPreferences preferences) {
    return services(dialogs, preferences, Optional::empty);
  }

  WorkbenchServices services(DialogService dialogs, WorkbenchPreferences preferences,
      Supplier<Optional<String>> nativeLibraryCheck) {
    return new WorkbenchServices(owner -> dialogs, preferences,
        new BackgroundTasks(queue::add, Runnable::run, Runnable::run), new ProjectStore(),
        (task, delay) -> () -> { }, nativeLibraryCheck, null, null);
  }

  /** Runs the queued work, and the work it queues, until none is left. */
  void runAll() {
    while (!queue.isEmpty()) {
      queue.poll().run();
    }
  }
}
