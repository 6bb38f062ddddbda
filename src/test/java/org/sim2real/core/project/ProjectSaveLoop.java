package org.sim2real.core.project;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Child-JVM main for {@link ProjectCrashTest}: saves a project over and over, each version with
 * notes "version K" and a payload derived from K (so a mix of two versions is detectable), and
 * prints the number of each version before saving it. Continues from the version on disk.
 */
public final class ProjectSaveLoop {
  private ProjectSaveLoop() {}

  /** The notes of version {@code k}: its number, then ~200 KB that depend on it. */
  static String notes(int k) {
    return "version " + k + "\n" + ("payload of version " + k + ";").repeat(8_000);
  }

  public static void main(String[] args) {
    Path file = Path.of(args[0]);
    ProjectStore store = new ProjectStore();
    int k = 0;
    if (Files.exists(file)) {
      String notes = store.read(file).notes();
      k = Integer.parseInt(notes.substring("version ".length(), notes.indexOf('\n')));
    }
    Project project = Project.newProject("crash test");
    System.out.println("saving");
    while (true) {
      k++;
      System.out.println("version " + k);
      store.save(project.withNotes(notes(k)), file);
    }
  }
}
