package org.sim2real.core.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProjectAutosaveTest {
  @TempDir Path dir;

  /** A scheduler that runs nothing until the test says time has passed. */
  static final class ManualScheduler implements ProjectAutosave.Scheduler {
    final List<Runnable> scheduled = new ArrayList<>();
    int cancelled;

    @Override
    public ProjectAutosave.Cancellable schedule(Runnable task, Duration delay) {
      scheduled.add(task);
      return () -> {
        cancelled++;
        scheduled.remove(task);
      };
    }

    void elapse() {
      List<Runnable> due = List.copyOf(scheduled);
      scheduled.clear();
      due.forEach(Runnable::run);
    }
  }

  private final ProjectStore store = new ProjectStore();
  private final ManualScheduler scheduler = new ManualScheduler();
  private final List<String> failures = new ArrayList<>();
  private final ProjectAutosave autosave =
      new ProjectAutosave(store, scheduler, Duration.ofSeconds(3), failures::add);

  @Test
  void recoveryFileIsAHiddenSibling() {
    assertEquals(dir.resolve(".study.s2r.autosave"),
        ProjectAutosave.recoveryFileFor(dir.resolve("study.s2r")));
  }

  @Test
  void burstOfChangesWritesOnlyTheLatestAfterTheDelay() {
    Path file = dir.resolve("study.s2r");
    Project base = Project.newProject("p");
    autosave.changed(base.withNotes("a"), file);
    autosave.changed(base.withNotes("ab"), file);
    autosave.changed(base.withNotes("abc"), file);

    assertEquals(1, scheduler.scheduled.size());
    assertEquals(2, scheduler.cancelled);
    assertFalse(Files.exists(ProjectAutosave.recoveryFileFor(file)));

    scheduler.elapse();

    assertEquals("abc", store.read(ProjectAutosave.recoveryFileFor(file)).notes());
    assertEquals(List.of(), failures);
  }

  @Test
  void recoveryNewerThanTheProjectIsOfferedAndDiscardDeletesIt() throws IOException {
    Path file = dir.resolve("study.s2r");
    store.save(Project.newProject("p"), file);
    Files.setLastModifiedTime(file, FileTime.from(Instant.parse("2020-01-01T00:00:00Z")));
    autosave.changed(Project.newProject("p").withNotes("unsaved work"), file);
    scheduler.elapse();

    var recovered = autosave.recoverable(file);

    assertTrue(recovered.isPresent());
    assertEquals("unsaved work", recovered.get().project().notes());
    assertEquals(file.toAbsolutePath(), recovered.get().file());

    autosave.discard(file);
    assertFalse(Files.exists(ProjectAutosave.recoveryFileFor(file)));
    assertTrue(autosave.recoverable(file).isEmpty());
  }

  @Test
  void recoveryOlderThanTheProjectIsNotOffered() throws IOException {
    Path file = dir.resolve("study.s2r");
    autosave.changed(Project.newProject("p").withNotes("old"), file);
    scheduler.elapse();
    Files.setLastModifiedTime(ProjectAutosave.recoveryFileFor(file),
        FileTime.from(Instant.parse("2020-01-01T00:00:00Z")));
    store.save(Project.newProject("p"), file);

    assertTrue(autosave.recoverable(file).isEmpty());
  }

  @Test
  void discardCancelsAPendingWrite() {
    Path file = dir.resolve("study.s2r");
    autosave.changed(Project.newProject("p"), file);
    autosave.discard(file);
    scheduler.elapse();
    assertFalse(Files.exists(ProjectAutosave.recoveryFileFor(file)));
  }

  @Test
  void failedAutosaveIsReportedNotThrown() {
    Path file = dir.resolve("no-such-folder/study.s2r");
    autosave.changed(Project.newProject("p"), file);
    scheduler.elapse();
    assertEquals(1, failures.size());
    assertTrue(failures.get(0).startsWith("Autosave failed: Could not save the project to "),
        failures.get(0));
  }
}
