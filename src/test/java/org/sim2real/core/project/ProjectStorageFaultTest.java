package org.sim2real.core.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sim2real.core.io.UserFacingException;
import org.sim2real.testing.FaultyFileSystem;

/**
 * Saving a project while storage fails (through {@link FaultyFileSystem}, since root ignores
 * chmod): a read-only folder, a full disk at any byte of the save, a failing fsync. The message
 * says so, the project file and its backup keep their last good versions, no temporary file is
 * left, and saving works again once the fault is gone.
 */
class ProjectStorageFaultTest {
  @TempDir Path dir;
  private final FaultyFileSystem fs = new FaultyFileSystem();
  private final ProjectStore store = new ProjectStore();
  private Path file;

  @BeforeEach
  void twoGoodVersions() {
    file = fs.path(dir.resolve("study.s2r"));
    store.save(Project.newProject("study").withNotes("one"), file);
    store.save(Project.newProject("study").withNotes("two"), file);
  }

  private void assertLastGoodVersionsKept() throws IOException {
    assertEquals("two", store.read(file).notes());
    assertEquals("one", store.read(ProjectStore.backupFileFor(file)).notes());
    try (Stream<Path> files = Files.list(dir)) {
      assertEquals(List.of("study.s2r", "study.s2r.bak"),
          files.map(p -> p.getFileName().toString()).sorted().toList());
    }
  }

  private void assertSavingWorksAgain() {
    fs.repair();
    store.save(Project.newProject("study").withNotes("three"), file);
    assertEquals("three", store.read(file).notes());
    assertEquals("two", store.read(ProjectStore.backupFileFor(file)).notes());
  }

  @Test
  void readOnlyFolderFailsClearlyAndKeepsTheProject() throws IOException {
    fs.makeReadOnly(dir);
    UserFacingException e = assertThrows(UserFacingException.class,
        () -> store.save(Project.newProject("study").withNotes("new"), file));
    assertTrue(e.getMessage().startsWith("Could not save the project to " + file + " ("),
        e.getMessage());
    assertTrue(e.getMessage().endsWith("The previous version of the file is unchanged; choose"
        + " another folder with File > Save As."), e.getMessage());
    assertLastGoodVersionsKept();
    assertSavingWorksAgain();
  }

  @Test
  void diskFullAtAnyByteOfTheSaveKeepsTheLastGoodVersions() throws IOException {
    int size = (int) Files.size(FaultyFileSystem.realPath(file));
    for (int free = 0; free < 3 * size; free += Math.max(1, size / 7)) {
      fs.diskFullAfter(free);
      try {
        store.save(Project.newProject("study").withNotes("two"), file);
      } catch (UserFacingException e) {
        assertTrue(e.getMessage().contains("No space left on device"), e.getMessage());
      }
      fs.repair();
      assertLastGoodVersionsKeptOrTheSameVersionSavedAgain();
    }
    assertTrue(fs.faultsRaised() > 0);
    assertSavingWorksAgain();
  }

  /** Saving "two" again over "two" may succeed (enough room) or fail; either way both open. */
  private void assertLastGoodVersionsKeptOrTheSameVersionSavedAgain() throws IOException {
    assertEquals("two", store.read(file).notes());
    String backup = store.read(ProjectStore.backupFileFor(file)).notes();
    assertTrue(backup.equals("one") || backup.equals("two"), backup);
    try (Stream<Path> files = Files.list(dir)) {
      assertEquals(List.of(), files.filter(p -> p.getFileName().toString().endsWith(".tmp"))
          .toList(), "no temporary file is left");
    }
  }

  @Test
  void failingFsyncIsReportedAndKeepsTheProject() throws IOException {
    fs.failWrites(p -> p.getFileName().toString().endsWith(".tmp"), 0);
    UserFacingException e = assertThrows(UserFacingException.class,
        () -> store.save(Project.newProject("study").withNotes("new"), file));
    assertTrue(e.getMessage().contains("Input/output error"), e.getMessage());
    assertLastGoodVersionsKept();
    assertSavingWorksAgain();
  }
}
