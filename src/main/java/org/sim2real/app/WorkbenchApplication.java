package org.sim2real.app;

import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.jspecify.annotations.Nullable;
import org.sim2real.core.project.ProjectStore;
import org.sim2real.ui.common.BackgroundTasks;
import org.sim2real.ui.common.FxDialogService;
import org.sim2real.ui.common.NextFrameExecutor;
import org.sim2real.ui.common.WorkbenchPreferences;
import org.sim2real.ui.forecast.SystemFileOpener;

/** The JavaFX application: builds the real services and hands them to the main window. */
public final class WorkbenchApplication extends Application {
  private @Nullable ExecutorService workers;
  private @Nullable ScheduledExecutorService autosaveTimer;

  static void launchGui(String[] args) {
    Application.launch(WorkbenchApplication.class, args);
  }

  @Override
  public void start(Stage stage) {
    ExecutorService pool = Executors.newFixedThreadPool(
        Math.max(1, Runtime.getRuntime().availableProcessors() - 1),
        Thread.ofPlatform().daemon().name("workbench-task-", 1).factory());
    ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(
        Thread.ofPlatform().daemon().name("workbench-autosave").factory());
    workers = pool;
    autosaveTimer = timer;
    @Nullable Path samples = SampleDataLocation.find(System.err::println).orElse(null);
    WorkbenchServices services = new WorkbenchServices(
        owner -> new FxDialogService(() -> owner),
        new WorkbenchPreferences(Preferences.userRoot().node(WorkbenchPreferences.NODE)),
        new BackgroundTasks(pool, Platform::runLater, new NextFrameExecutor()),
        Executors.newCachedThreadPool(Thread.ofPlatform().daemon().name("study-", 1).factory()),
        new ProjectStore(),
        (task, delay) -> {
          ScheduledFuture<?> f = timer.schedule(task, delay.toMillis(), TimeUnit.MILLISECONDS);
          return () -> f.cancel(false);
        },
        NativeLibraryCheck::missingLibraries,
        samples,
        SystemFileOpener.through(getHostServices()));
    Workbench workbench = Workbench.show(stage, services);
    StartupProject.choose(getParameters().getRaw(), samples)
        .ifPresent(workbench.projects()::openFile);
  }

  @Override
  public void stop() {
    if (workers != null) {
      workers.shutdownNow();
    }
    if (autosaveTimer != null) {
      // a pending autosave still runs: it protects work the user did not save
      autosaveTimer.shutdown();
    }
  }
}
