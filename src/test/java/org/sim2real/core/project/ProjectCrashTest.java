package org.sim2real.core.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.sim2real.core.io.UserFacingException;
import org.sim2real.testing.ChildJvm;
import org.sim2real.testing.KillPoints;

/**
 * Kills a JVM that saves a project in a loop (SIGKILL at seeded random moments), many times:
 * afterwards the project file, or else its backup, always opens and is exactly one of the saved
 * versions, never a mix or a torn file, and no version older than the backup's comes back.
 *
 * <p>The second test kills the saving JVM inside the write path itself, at a random change of the
 * files (see {@link ProjectKillPointLoop}): {@code -Dsim2real.projectKillPoints=N} kills, 1,000
 * in the "long" profile; it does not run without the property.
 */
class ProjectCrashTest {
  private static final int KILLS = Integer.getInteger("sim2real.kills", 10) * 2;
  private static final int KILL_POINTS = Integer.getInteger("sim2real.projectKillPoints", 0);

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

  @Test
  @EnabledIfSystemProperty(named = "sim2real.projectKillPoints", matches = "[1-9][0-9]*")
  void projectKilledInsideEveryWritePathOfTheSaveAlwaysOpensAsOneOfItsSavedVersions()
      throws Exception {
    long start = System.nanoTime();
    Path probe = dir.resolve("probe").resolve("study.s2r");
    Files.createDirectories(probe.getParent());
    long changesOfThreeSaves;
    try (ChildJvm saver = ChildJvm.start(ProjectKillPointLoop.class, "CHANGES",
        List.of(probe.toString(), "0", "0"))) {
      assertTrue(saver.awaitMarker(60, TimeUnit.SECONDS), saver.output());
      assertEquals(0, saver.waitFor(60, TimeUnit.SECONDS), saver.output());
      String out = saver.output();
      changesOfThreeSaves = Long.parseLong(out.substring(out.indexOf("CHANGES ") + 8).trim());
    }
    Path file = dir.resolve("study.s2r");
    ProjectStore store = new ProjectStore();
    Random random = new Random(20261206L);
    Map<String, Integer> killPoints = new TreeMap<>();
    int openedFromBackup = 0;
    int lastVersion = 0;
    int killedBeforeTheFirstSave = 0;
    for (int kill = 0; kill < KILL_POINTS; kill++) {
      long killAt = 1 + random.nextInt((int) changesOfThreeSaves);
      try (ChildJvm saver = ChildJvm.start(ProjectKillPointLoop.class, "KILLPOINT",
          List.of(file.toString(), Long.toString(killAt), Long.toString(random.nextLong())))) {
        assertTrue(saver.awaitMarker(60, TimeUnit.SECONDS), saver.output());
        assertTrue(saver.kill(), "the save loop never ends by itself");
        killPoints.merge(KillPoints.of(saver.output(), dir), 1, Integer::sum);
      }
      if (lastVersion == 0 && !Files.exists(file)) {
        killedBeforeTheFirstSave++;
        continue;
      }
      Project opened;
      try {
        opened = store.read(file);
      } catch (UserFacingException e) {
        opened = store.read(ProjectStore.backupFileFor(file));
        openedFromBackup++;
      }
      int version = versionOf(opened);
      assertEquals(ProjectSaveLoop.notes(version), opened.notes(), "a whole version, not a mix");
      assertTrue(version >= lastVersion, "version " + version + " after " + lastVersion);
      lastVersion = version;
      if ((kill + 1) % 50 == 0) { // the figures so far, for a long run stopped before its end
        System.out.printf(Locale.ROOT, "ProjectCrashTest: %d SIGKILLs so far, version %d, %d"
            + " opened from the backup, checked; %d s%n", kill + 1, lastVersion, openedFromBackup,
            (System.nanoTime() - start) / 1_000_000_000L);
      }
    }
    assertTrue(lastVersion > 0, "some version was saved");
    if (KILL_POINTS >= 100) {
      for (String path : List.of("open .study.s2r.#.tmp", "write .study.s2r.#.tmp",
          "fsync .study.s2r.#.tmp", "copy .study.s2r.bak.#.tmp", "fsync .study.s2r.bak.#.tmp",
          "rename study.s2r.bak", "rename study.s2r")) {
        assertTrue(killPoints.containsKey(path), () -> "no kill in " + path + ": " + killPoints);
      }
    }
    System.out.printf(Locale.ROOT, "ProjectCrashTest: %d SIGKILLs inside the save's write path"
        + " (%d before the first save ended), %d versions saved, %d opened from the backup, 0"
        + " projects that did not open, in %d s; kill points: %s%n", KILL_POINTS,
        killedBeforeTheFirstSave, lastVersion, openedFromBackup,
        (System.nanoTime() - start) / 1_000_000_000L, killPoints);
  }

  private static int versionOf(Project project) {
    String notes = project.notes();
    return Integer.parseInt(notes.substring("version ".length(), notes.indexOf('\n')));
  }
}
