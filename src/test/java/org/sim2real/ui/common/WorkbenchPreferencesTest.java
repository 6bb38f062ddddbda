package org.sim2real.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkbenchPreferencesTest {
  @TempDir Path dir;

  private final WorkbenchPreferences prefs = new WorkbenchPreferences(new InMemoryPreferences());

  @Test
  void defaultsWhenNothingWasStored() {
    assertEquals(WindowPlacement.defaultPlacement(), prefs.windowPlacement());
    assertEquals(Theme.LIGHT, prefs.theme());
    assertNull(prefs.lastDirectory());
    assertEquals(List.of(), prefs.recentProjects());
    assertEquals(0.2, prefs.dividerPosition("main", 0.2));
  }

  @Test
  void storedValuesComeBack() {
    prefs.setWindowPlacement(new WindowPlacement(10, 20, 900, 700, true));
    prefs.setTheme(Theme.DARK);
    prefs.setLastDirectory(dir);
    prefs.setDividerPosition("main", 0.3);

    assertEquals(new WindowPlacement(10, 20, 900, 700, true), prefs.windowPlacement());
    assertEquals(Theme.DARK, prefs.theme());
    assertEquals(dir.toAbsolutePath(), prefs.lastDirectory());
    assertEquals(0.3, prefs.dividerPosition("main", 0.2));
  }

  @Test
  void recentProjectsAreMostRecentFirstWithoutDuplicatesAndAtMostTen() throws IOException {
    for (int i = 0; i < 12; i++) {
      prefs.addRecentProject(Files.createFile(dir.resolve("p" + i + ".s2r")));
    }
    prefs.addRecentProject(dir.resolve("p5.s2r"));

    List<Path> recent = prefs.recentProjects();

    assertEquals(10, recent.size());
    assertEquals(dir.resolve("p5.s2r"), recent.get(0));
    assertEquals(dir.resolve("p11.s2r"), recent.get(1));
    assertEquals(dir.resolve("p2.s2r"), recent.get(9));
  }

  @Test
  void existingProjectsAreListedBeforeMissingOnes() throws IOException {
    Path kept = Files.createFile(dir.resolve("kept.s2r"));
    Path gone = dir.resolve("gone.s2r");
    prefs.addRecentProject(kept);
    prefs.addRecentProject(gone);

    assertEquals(List.of(kept, gone), prefs.recentProjects());

    prefs.clearRecentProjects();
    assertEquals(List.of(), prefs.recentProjects());
  }

  @Test
  void lastDirectoryThatNoLongerExistsIsForgotten() {
    prefs.setLastDirectory(dir.resolve("removed"));
    assertNull(prefs.lastDirectory());
  }
}
