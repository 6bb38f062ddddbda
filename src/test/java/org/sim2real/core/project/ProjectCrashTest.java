package org.sim2real.core.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sim2real.core.io.UserFacingException;
import org.sim2real.testing.ChildJvm;

/**
 * Kills a JVM that saves a project in a loop (SIGKILL at seeded random moments), many times:
 * afterwards the project file, or else its backup, always opens and is exactly one of the saved
 * versions, never a mix or a torn file, and no version older than the backup's comes back.
 */
class ProjectCrashTest {
  private static final int KILLS = Integer.getInteger("sim2real.kills", 10) * 2;

  @TempDir Path dir;

  @Test
  void projectSavedInALoopAndKilledAlwaysOpensAsOneOfItsSavedVersions() throws Exception {
    Path file = dir.resolve("study.s2r");
    ProjectStore store = new ProjectStore();
    Random random = new Random(7);
    int openedFromBackup = 0;
    int lastVersion = 0;
    int leftovers = 0;
    int killedBeforeTheFirstSave = 0;
    for (int kill = 0; kill < KILLS; kill++) {
      try (ChildJvm saver = ChildJvm.start(ProjectSaveLoop.class, "saving",
          List.of(file.toString()))) {
        assertTrue(saver.awaitMarker(60, TimeUnit.SECONDS), saver.output());
        assertTrue(saver.killAfter(random.nextInt(400)), "the save loop never ends by itself");
      }
      if (lastVersion == 0 && !Files.exists(file)) {
        killedBeforeTheFirstSave++; // nothing was saved yet, so there is nothing to open
        continue;
      }
      Project opened;
      try {
        opened = store.read(file);
      } catch (UserFacingException e) {
        opened = store.read(ProjectStore.backupFileFor(file)); // must open when the project does not
        openedFromBackup++;
      }
      int version = versionOf(opened);
      assertEquals(ProjectSaveLoop.notes(version), opened.notes(), "a whole version, not a mix");
      assertTrue(version >= lastVersion, "version " + version + " after " + lastVersion);
      lastVersion = version;
      try (Stream<Path> files = Files.list(dir)) {
        leftovers += (int) files.filter(f -> f.getFileName().toString().endsWith(".tmp")).count();
      }
    }
    try (Stream<Path> files = Files.list(dir)) {
      assertTrue(files.filter(f -> f.getFileName().toString().endsWith(".tmp")).count() <= 2,
          "each save removes what killed saves left");
    }
    assertTrue(lastVersion > 0, "some version was saved");
    System.out.printf(Locale.ROOT, "ProjectCrashTest: %d kills (%d before the first save ended),"
        + " %d versions saved, %d opened from the backup, %d leftover temporary files seen after"
        + " kills%n", KILLS, killedBeforeTheFirstSave, lastVersion, openedFromBackup, leftovers);
  }

  private static int versionOf(Project project) {
    String notes = project.notes();
    return Integer.parseInt(notes.substring("version ".length(), notes.indexOf('\n')));
  }
}
