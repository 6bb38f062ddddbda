package org.sim2real.core.project;

import java.nio.file.Files;
import java.nio.file.Path;
import org.sim2real.testing.FaultyFileSystem;

/**
 * Child-JVM main for {@link ProjectCrashTest}: saves a project over and over like
 * {@link ProjectSaveLoop}, but through a {@link FaultyFileSystem} that stops inside its
 * {@code killAt}-th change (creating the temporary file, a write, an fsync, the backup copy, a
 * rename, a deletion of a leftover) and announces it with a {@code KILLPOINT} line, so that the
 * test can SIGKILL it exactly there. With {@code killAt} 0 it saves {@code 3} versions and prints
 * {@code CHANGES <n>}, how many changes they made.
 *
 * <p>Arguments: project file, killAt, seed of the part written.
 */
public final class ProjectKillPointLoop {
  private ProjectKillPointLoop() {}

  public static void main(String[] args) {
    FaultyFileSystem fs = new FaultyFileSystem();
    Path file = fs.path(Path.of(args[0]).toAbsolutePath());
    long killAt = Long.parseLong(args[1]);
    if (killAt > 0) {
      fs.stopAtChange(killAt, Long.parseLong(args[2]));
    }
    ProjectStore store = new ProjectStore();
    int k = 0;
    if (Files.exists(file)) {
      String notes = store.read(file).notes();
      k = Integer.parseInt(notes.substring("version ".length(), notes.indexOf('\n')));
    }
    Project project = Project.newProject("crash test");
    System.out.println("saving");
    for (int saves = 0; killAt > 0 || saves < 3; saves++) {
      k++;
      System.out.println("version " + k);
      store.save(project.withNotes(ProjectSaveLoop.notes(k)), file);
    }
    System.out.println("CHANGES " + fs.changes());
  }
}
