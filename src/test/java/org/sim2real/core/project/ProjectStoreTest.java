package org.sim2real.core.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sim2real.core.io.Sha256;
import org.sim2real.core.io.UserFacingException;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

class ProjectStoreTest {
  @TempDir Path dir;

  private final ProjectStore store = new ProjectStore();

  static Project sampleProject(Path simFile, Path expFile) throws IOException {
    ImportSettings settings = new ImportSettings("composition", List.of("formula"), "gap",
        List.of("id"), List.of("family"), ",", true, "Sheet 1", "mean", false);
    ObjectNode design = JsonNodeFactory.instance.objectNode();
    design.put("seed", 42);
    design.putArray("simulationSizes").add(100).add(1000);
    return Project.newProject("Band gaps")
        .withDataset(DatasetRole.SIMULATION,
            new DatasetReference(simFile.toString(), Sha256.ofFile(simFile), settings))
        .withDataset(DatasetRole.EXPERIMENTAL,
            new DatasetReference(expFile.toString(), Sha256.ofFile(expFile), ImportSettings.undecided()))
        .withStudyDesign(design)
        .withNotes("first try\nwith ünïcödé")
        .withUiState(new UiState("RUN"));
  }

  private Path write(String name, String content) throws IOException {
    Path p = dir.resolve(name);
    Files.createDirectories(p.getParent());
    Files.writeString(p, content);
    return p;
  }

  @Test
  void savedProjectOpensEqualWithDataPathsMadeAbsoluteAgain() throws IOException {
    Path sim = write("data/sim.csv", "formula,gap\nNaCl,5\n");
    Path exp = write("data/exp.csv", "formula,gap\nSi,1.1\n");
    Project project = sampleProject(sim, exp);
    Path file = dir.resolve("study.s2r");

    store.save(project, file);
    OpenedProject opened = store.open(file);

    assertEquals(project, opened.project());
    assertEquals(List.of(), opened.dataFileProblems());
    assertEquals(file.toAbsolutePath(), opened.file());
  }

  @Test
  void theStudysTargetErrorIsSavedAndOpensAgain() throws IOException {
    Path sim = write("data/sim.csv", "formula,gap\nNaCl,5\n");
    Path exp = write("data/exp.csv", "formula,gap\nSi,1.1\n");
    Project project = sampleProject(sim, exp).withTargetError(0.3);
    Path file = dir.resolve("study.s2r");

    store.save(project, file);

    assertTrue(Files.readString(file).contains("\"targetError\" : 0.3"), Files.readString(file));
    assertEquals(0.3, store.open(file).project().targetError());
    store.save(project.withTargetError(null), file);
    assertEquals(null, store.open(file).project().targetError());
  }

  @Test
  void aProjectWrittenBeforeTheTargetWasSavedOpensWithoutOne() throws IOException {
    Path file = write("old.s2r", "{\"schemaVersion\": 1, \"name\": \"old\", \"studyDesign\": {},"
        + " \"resultsDirectory\": \"results\", \"notes\": \"\", \"uiState\": null}");
    assertEquals(null, store.open(file).project().targetError());
  }

  @Test
  void aTargetErrorThatIsNotAPositiveNumberIsRefusedWithAMessage() throws IOException {
    Path file = write("bad.s2r", "{\"schemaVersion\": 1, \"name\": \"bad\", \"targetError\": -1}");
    UserFacingException e = assertThrows(UserFacingException.class, () -> store.open(file));
    assertTrue(e.getMessage().contains("targetError"), e.getMessage());
  }

  @Test
  void dataInsideTheProjectFolderIsStoredRelativeAndOutsideAbsolute(@TempDir Path elsewhere)
      throws IOException {
    Path sim = write("data/sim.csv", "a\n1\n");
    Path exp = elsewhere.resolve("exp.csv");
    Files.writeString(exp, "b\n2\n");
    Path file = dir.resolve("study.s2r");

    store.save(sampleProject(sim, exp), file);
    Project stored = store.read(file);

    assertEquals("data/sim.csv", stored.simulationData().path());
    assertEquals(exp.toAbsolutePath().toString(), stored.experimentalData().path());
    assertTrue(Files.readString(file).contains("\"schemaVersion\" : 1"));
  }

  @Test
  void projectFolderMovesAsAWholeAndStillFindsItsData(@TempDir Path target) throws IOException {
    Path sim = write("data/sim.csv", "a\n1\n");
    Path exp = write("data/exp.csv", "b\n2\n");
    store.save(sampleProject(sim, exp), dir.resolve("study.s2r"));
    Path moved = target.resolve("copy");
    Files.createDirectories(moved.resolve("data"));
    Files.copy(dir.resolve("study.s2r"), moved.resolve("study.s2r"));
    Files.copy(sim, moved.resolve("data/sim.csv"));
    Files.copy(exp, moved.resolve("data/exp.csv"));

    OpenedProject opened = store.open(moved.resolve("study.s2r"));

    assertEquals(List.of(), opened.dataFileProblems());
    assertEquals(moved.resolve("data/sim.csv").toString(), opened.project().simulationData().path());
  }

  @Test
  void savedProjectAndBackupAreAsReadableAsAnyNewFileInTheFolder() throws IOException {
    org.junit.jupiter.api.Assumptions.assumeTrue(Files.getFileAttributeView(dir,
        java.nio.file.attribute.PosixFileAttributeView.class) != null, "POSIX permissions only");
    Path sim = write("sim.csv", "a\n1\n");
    Path exp = write("exp.csv", "b\n2\n");
    Path file = dir.resolve("study.s2r");
    store.save(sampleProject(sim, exp), file);
    store.save(sampleProject(sim, exp).withNotes("second"), file);

    var expected = Files.getPosixFilePermissions(Files.createFile(dir.resolve("plain.txt")));
    assertEquals(expected, Files.getPosixFilePermissions(file));
    assertEquals(expected, Files.getPosixFilePermissions(ProjectStore.backupFileFor(file)));
  }

  @Test
  void secondSaveKeepsThePreviousVersionAsBackup() throws IOException {
    Path sim = write("sim.csv", "a\n1\n");
    Path exp = write("exp.csv", "b\n2\n");
    Path file = dir.resolve("study.s2r");
    Project first = sampleProject(sim, exp);
    store.save(first, file);
    String firstContent = Files.readString(file);

    store.save(first.withNotes("second"), file);

    assertEquals(firstContent, Files.readString(ProjectStore.backupFileFor(file)));
    assertEquals("second", store.read(file).notes());
  }

  @Test
  void failureMidWriteLeavesTheOldFileAndNoTemporaryFiles() throws IOException {
    Path sim = write("sim.csv", "a\n1\n");
    Path exp = write("exp.csv", "b\n2\n");
    Path file = dir.resolve("study.s2r");
    Project original = sampleProject(sim, exp);
    store.save(original, file);
    store.save(original.withNotes("version two"), file);
    String before = Files.readString(file);
    String backupBefore = Files.readString(ProjectStore.backupFileFor(file));
    ProjectStore failing = new ProjectStore((temp, content) -> {
      Files.write(temp, java.util.Arrays.copyOf(content, content.length / 2));
      throw new IOException("disk full");
    });

    UserFacingException e = assertThrows(UserFacingException.class,
        () -> failing.save(original.withNotes("version three"), file));

    assertEquals("Could not save the project to " + file + " (disk full). The previous version"
        + " of the file is unchanged; choose another folder with File > Save As.", e.getMessage());
    assertEquals(before, Files.readString(file));
    assertEquals(backupBefore, Files.readString(ProjectStore.backupFileFor(file)));
    assertEquals("version two", store.read(file).notes());
    try (var files = Files.list(dir)) {
      assertEquals(List.of("exp.csv", "sim.csv", "study.s2r", "study.s2r.bak"),
          files.map(p -> p.getFileName().toString()).sorted().toList());
    }
  }

  @Test
  void savingIntoAReadOnlyFolderFailsAndKeepsTheOldFile() throws IOException {
    Path sim = write("sim.csv", "a\n1\n");
    Path exp = write("exp.csv", "b\n2\n");
    Path file = dir.resolve("study.s2r");
    store.save(sampleProject(sim, exp), file);
    String before = Files.readString(file);
    dir.toFile().setWritable(false);
    try {
      org.junit.jupiter.api.Assumptions.assumeFalse(Files.isWritable(dir),
          "running as a user who can write anywhere (root)");
      assertThrows(UserFacingException.class,
          () -> store.save(sampleProject(sim, exp).withNotes("new"), file));
      assertEquals(before, Files.readString(file));
    } finally {
      dir.toFile().setWritable(true);
    }
  }

  @Test
  void movedDataFileIsReportedAsMissing() throws IOException {
    Path sim = write("sim.csv", "a\n1\n");
    Path exp = write("exp.csv", "b\n2\n");
    Path file = dir.resolve("study.s2r");
    store.save(sampleProject(sim, exp), file);
    Files.move(sim, dir.resolve("renamed.csv"));

    List<DataFileProblem> problems = store.open(file).dataFileProblems();

    assertEquals(1, problems.size());
    DataFileProblem p = problems.get(0);
    assertEquals(DatasetRole.SIMULATION, p.role());
    assertEquals(DataFileProblem.Kind.MISSING, p.kind());
    assertEquals("The simulation data file " + sim + " is missing: it was moved, renamed or"
        + " deleted. Locate it to go on.", p.message());
  }

  @Test
  void editedDataFileIsReportedAsChanged() throws IOException {
    Path sim = write("sim.csv", "a\n1\n");
    Path exp = write("exp.csv", "b\n2\n");
    Path file = dir.resolve("study.s2r");
    store.save(sampleProject(sim, exp), file);
    Files.writeString(exp, "b\n3\n", StandardCharsets.UTF_8);

    List<DataFileProblem> problems = store.open(file).dataFileProblems();

    assertEquals(List.of(DataFileProblem.Kind.CHANGED),
        problems.stream().map(DataFileProblem::kind).toList());
    assertEquals(DatasetRole.EXPERIMENTAL, problems.get(0).role());
  }

  @Test
  void otherSimulationSourcesAreSavedRelativeToTheProjectAndOpenAbsoluteAgain(
      @TempDir Path elsewhere) throws IOException {
    Path sim = write("data/sim.csv", "formula,gap\nNaCl,5\n");
    Path exp = write("data/exp.csv", "formula,gap\nSi,1.1\n");
    Path oqmd = write("data/oqmd.csv", "formula,gap\nKCl,6\n");
    Path aflow = elsewhere.resolve("aflow.csv");
    Files.writeString(aflow, "formula,gap\nLiF,9\n");
    Project project = sampleProject(sim, exp).withSimulationSources(List.of(
        new SourceReference("oqmd", new DatasetReference(oqmd.toString(), Sha256.ofFile(oqmd),
            ImportSettings.undecided()), 0.05),
        new SourceReference("aflow", new DatasetReference(aflow.toString(),
            Sha256.ofFile(aflow), ImportSettings.undecided()), null)));
    Path file = dir.resolve("study.s2r");

    store.save(project, file);

    Project stored = store.read(file);
    assertEquals("data/oqmd.csv", stored.simulationSources().get(0).dataset().path());
    assertEquals(aflow.toAbsolutePath().toString(),
        stored.simulationSources().get(1).dataset().path());
    assertEquals(project, store.open(file).project());
  }

  @Test
  void aProjectOfOneSimulationSourceIsWrittenWithoutTheSourcesField() throws IOException {
    Path sim = write("data/sim.csv", "a\n1\n");
    Path exp = write("data/exp.csv", "b\n2\n");
    Path file = dir.resolve("study.s2r");

    store.save(sampleProject(sim, exp), file);

    assertFalse(Files.readString(file).contains("simulationSources"), Files.readString(file));
    assertEquals(List.of(), store.open(file).project().simulationSources());
  }

  @Test
  void twoSourcesOfOneNameAreRefusedWithAMessage() throws IOException {
    String source = "{\"name\": \"oqmd\", \"dataset\": {\"path\": \"a.csv\", \"sha256\": \""
        + "0".repeat(64) + "\"}}";
    Path file = write("twice.s2r", "{\"schemaVersion\": 1, \"name\": \"p\","
        + " \"simulationSources\": [" + source + ", " + source + "]}");
    UserFacingException e = assertThrows(UserFacingException.class, () -> store.open(file));
    assertTrue(e.getMessage().contains("two simulation sources are called oqmd"), e.getMessage());
  }

  @Test
  void aSourcePathClimbingAboveTheProjectFolderStaysAsWrittenAndIsNotMadeAbsolute()
      throws IOException {
    Path inner = dir.resolve("projects/p1");
    Files.createDirectories(inner);
    Path file = inner.resolve("evil.s2r");
    Files.writeString(file, "{\"schemaVersion\": 1, \"name\": \"evil\", \"simulationSources\":"
        + " [{\"name\": \"x\", \"dataset\": {\"path\": \"../../secret.csv\", \"sha256\": \""
        + "0".repeat(64) + "\"}}]}");

    Project opened = store.open(file).project();
    assertEquals("../../secret.csv", opened.simulationSources().get(0).dataset().path());
    store.save(opened, file);
    assertEquals("../../secret.csv",
        store.read(file).simulationSources().get(0).dataset().path());
  }

  @Test
  void relativePathClimbingAboveTheProjectFolderIsNotFollowed() throws IOException {
    Path inner = dir.resolve("projects/p1");
    Files.createDirectories(inner);
    Path secret = write("secret.csv", "x\n1\n");
    String sha = Sha256.ofFile(secret);
    Path file = inner.resolve("evil.s2r");
    Files.writeString(file, """
        {"schemaVersion": 1, "name": "evil",
         "simulationData": {"path": "../../secret.csv", "sha256": "%s"}}
        """.formatted(sha));

    OpenedProject opened = store.open(file);

    DataFileProblem p = opened.dataFileProblems().get(0);
    assertEquals(DataFileProblem.Kind.OUTSIDE_PROJECT, p.kind());
    assertEquals(secret.toAbsolutePath(), p.expectedPath());
    assertTrue(p.message().startsWith("The project refers to the simulation data as"
        + " '../../secret.csv', which lies above the project's folder"), p.message());
  }

  @Test
  void openingAMissingProjectFileSaysSo() {
    Path file = dir.resolve("nothing.s2r");
    UserFacingException e = assertThrows(UserFacingException.class, () -> store.open(file));
    assertEquals("The project file " + file + " does not exist. Check the name, or choose it"
        + " again with File > Open.", e.getMessage());
  }

  @Test
  void openingAFolderInsteadOfAFileSaysItCannotBeRead() {
    UserFacingException e = assertThrows(UserFacingException.class, () -> store.open(dir));
    assertTrue(e.getMessage().startsWith("Cannot read the project file " + dir.toAbsolutePath()),
        e.getMessage());
  }

  @Test
  void datasetPathsResolveInsideAndRefuseEscapes() {
    Path project = dir.resolve("p/study.s2r");
    assertTrue(DatasetPaths.resolve("data/a.csv", project).allowed());
    assertTrue(DatasetPaths.resolve("data/../b.csv", project).allowed());
    assertFalse(DatasetPaths.resolve("../b.csv", project).allowed());
    assertFalse(DatasetPaths.resolve("data/../../b.csv", project).allowed());
    assertTrue(DatasetPaths.resolve("/abs/b.csv", project).allowed());
    assertEquals(dir.resolve("p/data/a.csv").toAbsolutePath(),
        DatasetPaths.resolve("data/a.csv", project).path());
    assertFalse(Files.exists(dir.resolve("p")));
  }
}
