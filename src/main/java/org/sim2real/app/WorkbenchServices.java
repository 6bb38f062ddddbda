package org.sim2real.app;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.stage.Stage;
import org.jspecify.annotations.Nullable;
import org.sim2real.core.project.ProjectAutosave;
import org.sim2real.core.project.ProjectStore;
import org.sim2real.ui.common.BackgroundTasks;
import org.sim2real.ui.common.DialogService;
import org.sim2real.ui.common.WorkbenchPreferences;

/**
 * Everything the main window needs from outside, so that the application and the GUI tests wire
 * the same window with different parts (real dialogs or scripted ones, a thread pool or the
 * calling thread, the user's preferences or a throw-away node).
 *
 * @param dialogs makes the dialog service for the main window
 * @param preferences where settings are remembered
 * @param tasks runs background work
 * @param studyThreads plans and runs studies (its own threads, so that a study never waits
 *     behind an import in the shared task pool, and the other way round)
 * @param store reads and writes project files
 * @param autosaveScheduler runs the debounced autosave
 * @param nativeLibraryCheck a message about missing native libraries, or empty
 * @param sampleDirectory where sample projects are installed, or null
 * @param fileOpener opens a written file with the system's viewer, or null when there is none
 */
public record WorkbenchServices(
    Function<Stage, DialogService> dialogs,
    WorkbenchPreferences preferences,
    BackgroundTasks tasks,
    Executor studyThreads,
    ProjectStore store,
    ProjectAutosave.Scheduler autosaveScheduler,
    Supplier<Optional<String>> nativeLibraryCheck,
    @Nullable Path sampleDirectory,
    @Nullable Consumer<Path> fileOpener) {}
