package org.sim2real.core.project;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.sim2real.core.io.UserFacingException;

/**
 * Debounced autosave of unsaved changes to a hidden sibling recovery file
 * ({@code .name.s2r.autosave}), so a crash loses at most the last few seconds of design work.
 *
 * <p>Each change restarts the delay; when the delay passes without a further change, the latest
 * snapshot is written. A clean save deletes the recovery file; on the next open a recovery file
 * newer than the project is offered to the user. Projects that were never saved have no place for
 * a recovery file and are not autosaved.
 */
public final class ProjectAutosave {

  /** Runs a task after a delay; the returned handle cancels it. */
  @FunctionalInterface
  public interface Scheduler {
    Cancellable schedule(Runnable task, Duration delay);
  }

  /** Handle of a scheduled task. */
  @FunctionalInterface
  public interface Cancellable {
    void cancel();
  }

  private final ProjectStore store;
  private final Scheduler scheduler;
  private final Duration delay;
  private final Consumer<String> onFailure;
  private final Object lock = new Object();
  /** Held while a recovery file is written, so a discard cannot race a write that is under way. */
  private final Object writeLock = new Object();
  private @Nullable Cancellable pending;
  private @Nullable Project latest;
  private @Nullable Path latestFile;

  /**
   * @param onFailure receives a message when a recovery file cannot be written (the user's work is
   *     not lost by that, only not protected)
   */
  public ProjectAutosave(
      ProjectStore store, Scheduler scheduler, Duration delay, Consumer<String> onFailure) {
    if (delay.isNegative()) {
      throw new IllegalArgumentException("autosave delay must not be negative: " + delay);
    }
    this.store = store;
    this.scheduler = scheduler;
    this.delay = delay;
    this.onFailure = onFailure;
  }

  public static Path recoveryFileFor(Path projectFile) {
    return projectFile.resolveSibling("." + projectFile.getFileName() + ".autosave");
  }

  /** Records an unsaved state of the project; it is written after the delay unless superseded. */
  public void changed(Project snapshot, Path projectFile) {
    synchronized (lock) {
      latest = snapshot;
      latestFile = projectFile;
      if (pending != null) {
        pending.cancel();
      }
      pending = scheduler.schedule(this::writeLatest, delay);
    }
  }

  /** Forgets pending changes and deletes the recovery file (after a clean save or discard). */
  public void discard(Path projectFile) {
    synchronized (lock) {
      if (pending != null) {
        pending.cancel();
        pending = null;
      }
      latest = null;
      latestFile = null;
    }
    try {
      synchronized (writeLock) {
        Files.deleteIfExists(recoveryFileFor(projectFile));
      }
    } catch (IOException e) {
      onFailure.accept("Could not delete the recovery file " + recoveryFileFor(projectFile)
          + " (" + e.getMessage() + "); delete it by hand.");
    }
  }

  /**
   * The autosaved project for {@code projectFile} if there is a recovery file newer than the
   * project; empty otherwise (also when the recovery file is damaged).
   */
  public Optional<OpenedProject> recoverable(Path projectFile) {
    Path recovery = recoveryFileFor(projectFile);
    try {
      if (!Files.isRegularFile(recovery)) {
        return Optional.empty();
      }
      if (Files.exists(projectFile) && !Files.getLastModifiedTime(recovery)
          .toInstant().isAfter(Files.getLastModifiedTime(projectFile).toInstant())) {
        return Optional.empty();
      }
      OpenedProject opened = store.open(recovery);
      return Optional.of(new OpenedProject(
          opened.project(), projectFile.toAbsolutePath().normalize(), opened.dataFileProblems()));
    } catch (IOException | UserFacingException e) {
      return Optional.empty();
    }
  }

  private void writeLatest() {
    synchronized (writeLock) {
      Project snapshot;
      Path file;
      synchronized (lock) {
        snapshot = latest;
        file = latestFile;
        pending = null;
      }
      if (snapshot == null || file == null) {
        return; // discarded (saved) after this write was scheduled
      }
      try {
        store.saveWithoutBackup(snapshot, recoveryFileFor(file));
      } catch (UserFacingException e) {
        onFailure.accept("Autosave failed: " + e.getMessage());
      }
    }
  }
}
