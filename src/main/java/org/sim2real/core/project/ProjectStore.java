package org.sim2real.core.project;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.sim2real.core.io.AtomicFiles;
import org.sim2real.core.io.InputEcho;
import org.sim2real.core.io.Sha256;
import org.sim2real.core.io.UserFacingException;

/**
 * Reads and writes {@code .s2r} project files.
 *
 * <p>Saving never leaves a half-written project: the new content goes to a temporary file in the
 * same directory and is flushed to disk, the previous version is copied to {@code name.s2r.bak}
 * (itself through a temporary file and a rename, so a crash never leaves half a backup), and only
 * then is the temporary file renamed over the project in one atomic step. Temporary files of
 * saves that were killed are removed by the next save.
 */
public final class ProjectStore {

  /** Writes bytes to a new file and forces them to disk; tests inject failures here. */
  @FunctionalInterface
  public interface ContentWriter {
    void write(Path temporaryFile, byte[] content) throws IOException;
  }

  private final ProjectFormat format = new ProjectFormat();
  private final ContentWriter writer;

  public ProjectStore() {
    this(ProjectStore::writeAndSync);
  }

  public ProjectStore(ContentWriter writer) {
    this.writer = writer;
  }

  public static Path backupFileFor(Path projectFile) {
    return projectFile.resolveSibling(projectFile.getFileName() + ".bak");
  }

  /**
   * Saves the project (data paths absolute in memory) to {@code file}, keeping the previous
   * version as {@code file.bak}.
   *
   * @throws UserFacingException when the file cannot be written; the previous file is unchanged
   */
  public void save(Project project, Path file) {
    writeAtomically(toStoredForm(project, file), file, true);
  }

  /** Writes without a backup; for recovery files. */
  void saveWithoutBackup(Project project, Path file) {
    writeAtomically(toStoredForm(project, file), file, false);
  }

  /**
   * Opens a project: reads it, makes its data paths absolute, and checks that each data file is
   * still where the project says and unchanged (SHA-256). Problems are returned, not thrown, so
   * the user can locate the files.
   */
  public OpenedProject open(Path file) {
    Path absolute = file.toAbsolutePath().normalize();
    Project stored = read(absolute);
    Project project = stored;
    List<DataFileProblem> problems = new ArrayList<>();
    for (DatasetRole role : DatasetRole.values()) {
      DatasetReference ref = stored.dataset(role);
      if (ref == null) {
        continue;
      }
      DatasetPaths.Resolved resolved = DatasetPaths.resolve(ref.path(), absolute);
      project = project.withDataset(role, ref.withPath(resolved.path().toString()));
      DataFileProblem problem = check(role, ref, resolved);
      if (problem != null) {
        problems.add(problem);
      }
    }
    // Other sources' files are checked where they are read (the Data step's list of sources); a
    // path that escapes the project's folder stays relative, which that check refuses to follow.
    List<SourceReference> sources = new ArrayList<>();
    for (SourceReference source : stored.simulationSources()) {
      DatasetPaths.Resolved resolved = DatasetPaths.resolve(source.dataset().path(), absolute);
      sources.add(resolved.allowed()
          ? source.withDataset(source.dataset().withPath(resolved.path().toString()))
          : source);
    }
    project = project.withSimulationSources(sources);
    return new OpenedProject(project, absolute, problems);
  }

  /** Reads and validates a project file without touching its data files; paths as stored. */
  public Project read(Path file) {
    byte[] content;
    try {
      long size = Files.size(file);
      if (size > ProjectFormat.MAX_DOCUMENT_BYTES) {
        throw new UserFacingException(
            "The file " + file + " is " + (size / (1024 * 1024)) + " MB, larger than a project"
                + " file can be (" + ProjectFormat.MAX_DOCUMENT_BYTES / (1024 * 1024) + " MB), so"
                + " it is not a workbench project. Choose a .s2r project file.");
      }
      content = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw new UserFacingException(
          "The project file " + file + " does not exist. Check the name, or choose it again"
              + " with File > Open.", e);
    } catch (IOException e) {
      throw new UserFacingException(
          "Cannot read the project file " + file + " (" + describe(e) + "). Check that it is a"
              + " file you may read.", e);
    }
    return format.read(content, file);
  }

  /** Checks one data file; null when it is present and unchanged. */
  static @Nullable DataFileProblem check(
      DatasetRole role, DatasetReference ref, DatasetPaths.Resolved resolved) {
    Path path = resolved.path();
    String what = "The " + role.displayName() + " file " + path;
    if (!resolved.allowed()) {
      return new DataFileProblem(role, path, DataFileProblem.Kind.OUTSIDE_PROJECT,
          "The project refers to the " + role.displayName() + " as " + InputEcho.quote(ref.path())
              + ", which " + resolved.refusal() + "; the workbench does not follow such paths."
              + " Locate the file to use it.");
    }
    if (!Files.isRegularFile(path)) {
      return new DataFileProblem(role, path, DataFileProblem.Kind.MISSING,
          what + " is missing: it was moved, renamed or deleted. Locate it to go on.");
    }
    String actual;
    try {
      actual = Sha256.ofFile(path);
    } catch (IOException e) {
      return new DataFileProblem(role, path, DataFileProblem.Kind.UNREADABLE,
          what + " cannot be read (" + describe(e) + "). Check its permissions or locate a copy.");
    }
    if (!actual.equals(ref.sha256())) {
      return new DataFileProblem(role, path, DataFileProblem.Kind.CHANGED,
          what + " changed since it was imported (its content differs). Results computed"
              + " before may not match it; use the changed file or locate the original.");
    }
    return null;
  }

  private Project toStoredForm(Project project, Path file) {
    Project stored = project;
    for (DatasetRole role : DatasetRole.values()) {
      DatasetReference ref = project.dataset(role);
      if (ref != null) {
        String storedPath = DatasetPaths.toStored(Path.of(ref.path()), file);
        stored = stored.withDataset(role, ref.withPath(storedPath));
      }
    }
    List<SourceReference> sources = new ArrayList<>();
    for (SourceReference source : project.simulationSources()) {
      DatasetReference ref = source.dataset();
      sources.add(!Path.of(ref.path()).isAbsolute() ? source // an unfollowed path, kept as read
          : source.withDataset(ref.withPath(DatasetPaths.toStored(Path.of(ref.path()), file))));
    }
    return stored.withSimulationSources(sources);
  }

  private void writeAtomically(Project stored, Path file, boolean keepBackup) {
    byte[] content = format.write(stored);
    Path target = file.toAbsolutePath().normalize();
    Path dir = DatasetPaths.projectDirectory(target);
    Path temp = null;
    Path backupTemp = null;
    try {
      deleteLeftoversOfKilledSaves(dir, target.getFileName().toString());
      temp = AtomicFiles.createTemporarySibling(target,
          temporaryPrefix(target.getFileName().toString()), ".tmp");
      writer.write(temp, content);
      if (keepBackup && Files.exists(target)) {
        Path backup = backupFileFor(target);
        backupTemp = AtomicFiles.createTemporarySibling(backup,
            temporaryPrefix(backup.getFileName().toString()), ".tmp");
        Files.copy(target, backupTemp, StandardCopyOption.REPLACE_EXISTING);
        forceToDisk(backupTemp);
        moveIntoPlace(backupTemp, backup);
        backupTemp = null;
      }
      moveIntoPlace(temp, target);
      temp = null;
      syncDirectory(dir);
    } catch (IOException e) {
      throw new UserFacingException(
          "Could not save the project to " + target + " (" + describe(e) + "). The previous"
              + " version of the file is unchanged; choose another folder with File > Save As.",
          e);
    } finally {
      for (Path leftover : new Path[] {temp, backupTemp}) {
        if (leftover != null) {
          try {
            Files.deleteIfExists(leftover);
          } catch (IOException ignored) {
            // the temporary file is hidden and harmless; the save error is what matters
          }
        }
      }
    }
  }

  private static String temporaryPrefix(String fileName) {
    return "." + fileName + ".";
  }

  /**
   * Removes {@code .NAME.s2r.<random>.tmp} and {@code .NAME.s2r.bak.<random>.tmp} files that a
   * save killed mid-way left behind. Saves of one project run one at a time in one process.
   */
  private static void deleteLeftoversOfKilledSaves(Path dir, String projectName) {
    String project = temporaryPrefix(projectName);
    String backup = temporaryPrefix(projectName + ".bak");
    try (var stale = Files.newDirectoryStream(dir, p -> {
      String name = p.getFileName().toString();
      return (name.startsWith(project) || name.startsWith(backup)) && name.endsWith(".tmp");
    })) {
      for (Path file : stale) {
        Files.deleteIfExists(file);
      }
    } catch (IOException ignored) {
      // leftovers are hidden and harmless; they must not stop a save
    }
  }

  private static void moveIntoPlace(Path temp, Path target) throws IOException {
    try {
      Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  static void writeAndSync(Path file, byte[] content) throws IOException {
    try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE,
        StandardOpenOption.TRUNCATE_EXISTING)) {
      ByteBuffer buffer = ByteBuffer.wrap(content);
      while (buffer.hasRemaining()) {
        ch.write(buffer);
      }
      ch.force(true);
    }
  }

  private static void forceToDisk(Path file) throws IOException {
    try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
      ch.force(true);
    }
  }

  /** Makes the rename durable; some platforms cannot open a directory, which is then skipped. */
  private static void syncDirectory(Path dir) {
    try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
      ch.force(true);
    } catch (IOException | UnsupportedOperationException ignored) {
      // Windows cannot open directories; its rename is durable enough for our purpose
    }
  }

  private static String describe(IOException e) {
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof NoSuchFileException) {
      return "no such file or folder: " + e.getMessage();
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }
}
