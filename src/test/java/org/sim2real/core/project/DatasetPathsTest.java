package org.sim2real.core.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Paths inside a project file never lead where the user did not point: the tricky spellings of
 * an escape ("..", backslashes, URL encoding, NUL, absolute paths) and symbolic links.
 */
class DatasetPathsTest {
  @TempDir Path root;
  private Path projectDir;
  private Path project;
  private Path outside;

  @BeforeEach
  void layOut() throws IOException {
    projectDir = Files.createDirectories(root.resolve("project"));
    project = projectDir.resolve("study.s2r");
    outside = Files.createDirectories(root.resolve("outside"));
    Files.writeString(outside.resolve("secret.csv"), "formula,gap\nFe2O3,2\n");
    Files.createDirectories(projectDir.resolve("data"));
    Files.writeString(projectDir.resolve("data/a.csv"), "formula,gap\nNaCl,8\n");
  }

  private DatasetPaths.Resolved resolve(String stored) {
    return DatasetPaths.resolve(stored, project);
  }

  @Test
  void dotDotThatClimbsAboveTheProjectFolderIsRefusedAndOneThatStaysInsideIsNot() {
    assertEquals("lies above the project's folder", resolve("../outside/secret.csv").refusal());
    assertFalse(resolve("data/../../outside/secret.csv").allowed());
    assertFalse(resolve("./../outside/secret.csv").allowed());
    assertTrue(resolve("data/../data/a.csv").allowed());
    assertEquals(projectDir.resolve("data/a.csv"), resolve("data/./sub/../a.csv").path());
  }

  @Test
  void windowsBackslashesSeparateOnEveryPlatform() {
    assertEquals("lies above the project's folder", resolve("..\\outside\\secret.csv").refusal());
    assertFalse(resolve("data\\..\\..\\outside\\secret.csv").allowed());
    DatasetPaths.Resolved inside = resolve("data\\a.csv");
    assertTrue(inside.allowed());
    assertEquals(projectDir.resolve("data/a.csv"), inside.path());
  }

  @Test
  void urlEncodingIsAFileNameNotAnEscape() {
    DatasetPaths.Resolved encoded = resolve("%2e%2e/%2e%2e/outside/secret.csv");
    assertTrue(encoded.allowed(), "not decoded, so it stays inside");
    assertTrue(encoded.path().startsWith(projectDir), encoded.path().toString());
    assertFalse(Files.exists(encoded.path()));
    assertTrue(resolve("file:///etc/passwd").path().startsWith(projectDir));
  }

  @Test
  void pathsThisPlatformCannotRepresentAreRefused() {
    DatasetPaths.Resolved nul = resolve("data/a.csv\u0000.txt");
    assertFalse(nul.allowed());
    assertEquals("is not a valid file path", nul.refusal());
  }

  @Test
  void absolutePathsAreTheUsersOwnChoiceAndStayAsTheyAre() {
    DatasetPaths.Resolved absolute = resolve(outside.resolve("secret.csv").toString());
    assertTrue(absolute.allowed());
    assertEquals(outside.resolve("secret.csv"), absolute.path());
    assertEquals(outside.resolve("secret.csv"),
        resolve(outside.resolve("../outside/./secret.csv").toString()).path(), "normalized");
  }

  @Test
  void symbolicLinkInsideTheProjectIsFollowedOnlyWhileItStaysInside() throws IOException {
    Files.createSymbolicLink(projectDir.resolve("inner-link.csv"), projectDir.resolve("data/a.csv"));
    Files.createSymbolicLink(projectDir.resolve("secret-link.csv"), outside.resolve("secret.csv"));
    Files.createSymbolicLink(projectDir.resolve("linked-dir"), outside);
    assertTrue(resolve("inner-link.csv").allowed());
    assertEquals("leads through a symbolic link to a place outside the project's folder",
        resolve("secret-link.csv").refusal());
    assertFalse(resolve("linked-dir/secret.csv").allowed(), "a linked folder component");
    assertFalse(resolve("linked-dir/not-yet-there.csv").allowed(), "even before the file exists");
  }

  @Test
  void projectFolderReachedThroughALinkStillAcceptsItsOwnFiles() throws IOException {
    Path linkToProject = Files.createSymbolicLink(root.resolve("project-link"), projectDir);
    assertTrue(DatasetPaths.resolve("data/a.csv", linkToProject.resolve("study.s2r")).allowed());
  }

  @Test
  void resultsFolderMustBeInsideTheProjectFolderEvenWhenAbsolute() throws IOException {
    assertTrue(DatasetPaths.resolveResultsDirectory("results", project).allowed());
    assertFalse(DatasetPaths.resolveResultsDirectory("../results", project).allowed());
    assertFalse(DatasetPaths.resolveResultsDirectory("..\\results", project).allowed());
    assertEquals("is not inside the project's folder",
        DatasetPaths.resolveResultsDirectory(outside.toString(), project).refusal());
    Files.createSymbolicLink(projectDir.resolve("results-link"), outside);
    assertFalse(DatasetPaths.resolveResultsDirectory("results-link", project).allowed());
  }

  @Test
  void projectFilesRefuseResultsFoldersOutsideInEverySpelling() {
    for (String escape : new String[] {"../x", "..\\x", "a/../../x", "a\\..\\..\\x", "/abs",
        "\\abs", "C:\\Users\\x", "c:/x", "results\u0000"}) {
      Project p = Project.newProject("p");
      assertThrows(IllegalArgumentException.class, () -> new Project(1, "p", null, null, null,
          escape, "", null, null, null), escape);
      assertEquals("results", p.resultsDirectory());
    }
  }

  @Test
  void storedPathsAreRelativeWithSlashesInsideAndAbsoluteOutside() {
    assertEquals("data/a.csv", DatasetPaths.toStored(projectDir.resolve("data/a.csv"), project));
    assertEquals(outside.resolve("secret.csv").toString(),
        DatasetPaths.toStored(outside.resolve("secret.csv"), project));
  }
}
