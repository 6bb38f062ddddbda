package org.sim2real.core.project;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/**
 * How data-file paths are written into and read from a project file.
 *
 * <p>The rule: a data file inside the project's directory tree is stored relative to the project
 * file (with '/' separators), so a project folder can be moved or shared as a whole. A data file
 * elsewhere is stored as an absolute path, because the user chose it there. When reading, an
 * absolute path is taken as it is, and a relative path must stay inside the project's directory
 * tree: a relative path that climbs above it ({@code ../../etc/passwd}) is not followed. Such a
 * project was not written by the workbench; the file is reported as outside the project and the
 * user is asked to locate the data, which puts an absolute path of their own choosing in its place.
 *
 * <p>Tricky cases, all covered by tests: backslashes count as separators on every platform (so
 * {@code ..\..\x} written on Windows is caught on Linux too); {@code %2e%2e} is a file name, never
 * decoded; a path that is not valid on this platform (a NUL character) is refused; and a symbolic
 * link inside the project folder is followed only while its target stays inside the folder (a
 * received project folder may hold a link to {@code ~/.ssh}).
 */
public final class DatasetPaths {
  private DatasetPaths() {}

  /** The string to store for {@code dataFile} in a project saved as {@code projectFile}. */
  public static String toStored(Path dataFile, Path projectFile) {
    Path data = dataFile.toAbsolutePath().normalize();
    Path dir = projectDirectory(projectFile);
    if (data.startsWith(dir)) {
      Path relative = dir.relativize(data);
      return relative.toString().replace(relative.getFileSystem().getSeparator(), "/");
    }
    return data.toString();
  }

  /**
   * Resolves a stored path against the project file. The result says whether the path stays in
   * the project tree; the caller must not read a file that escapes.
   */
  public static Resolved resolve(String stored, Path projectFile) {
    Path dir = projectDirectory(projectFile);
    Path raw;
    try {
      raw = Path.of(stored.replace('\\', '/'));
    } catch (InvalidPathException e) {
      return new Resolved(dir, false, "is not a valid file path");
    }
    if (raw.isAbsolute()) {
      return new Resolved(raw.normalize(), true, "");
    }
    Path resolved = dir.resolve(raw).normalize();
    if (!resolved.startsWith(dir)) {
      return new Resolved(resolved, false, "lies above the project's folder");
    }
    if (!realPathStaysInside(resolved, dir)) {
      return new Resolved(resolved, false,
          "leads through a symbolic link to a place outside the project's folder");
    }
    return new Resolved(resolved, true, "");
  }

  /**
   * Resolves a project's results folder (stored relative to the project file): the same rules as
   * for data files, except that an absolute path is refused too, because the workbench writes
   * there.
   */
  public static Resolved resolveResultsDirectory(String stored, Path projectFile) {
    Path raw;
    try {
      raw = Path.of(stored.replace('\\', '/'));
    } catch (InvalidPathException e) {
      return new Resolved(projectDirectory(projectFile), false, "is not a valid file path");
    }
    if (raw.isAbsolute()) {
      return new Resolved(raw.normalize(), false, "is not inside the project's folder");
    }
    return resolve(stored, projectFile);
  }

  /** False when the nearest existing part of {@code path} is a link to outside {@code dir}. */
  private static boolean realPathStaysInside(Path path, Path dir) {
    try {
      Path realDir = dir.toRealPath();
      Path existing = path;
      while (existing != null && !existing.equals(dir)
          && !Files.exists(existing, LinkOption.NOFOLLOW_LINKS)) {
        existing = existing.getParent();
      }
      if (existing == null) {
        return true;
      }
      if (Files.isSymbolicLink(existing) && !Files.exists(existing)) {
        // a dangling link: where it would lead once its target exists
        Path target = existing.getParent().resolve(Files.readSymbolicLink(existing)).normalize();
        return realPathStaysInside(target, dir) && target.startsWith(dir);
      }
      return existing.toRealPath().startsWith(realDir);
    } catch (IOException e) {
      return true; // unreadable: opening it reports that
    }
  }

  static Path projectDirectory(Path projectFile) {
    Path parent = projectFile.toAbsolutePath().normalize().getParent();
    if (parent == null) {
      throw new IllegalArgumentException("a project file needs a directory: " + projectFile);
    }
    return parent;
  }

  /**
   * A resolved data-file path.
   *
   * @param path the absolute path
   * @param allowed false when the path leads out of the project's directory tree (or is invalid)
   * @param refusal why it is not allowed, completing "The project refers to ... as 'x', which "
   *     (empty when allowed)
   */
  public record Resolved(Path path, boolean allowed, String refusal) {}
}
