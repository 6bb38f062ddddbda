package org.sim2real.core.project;

import java.nio.file.InvalidPathException;
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
 * The check is lexical (after normalising {@code .} and {@code ..}); symbolic links inside the
 * project folder are the user's own doing and are followed.
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
      raw = Path.of(stored);
    } catch (InvalidPathException e) {
      return new Resolved(dir.resolve("invalid-path"), false);
    }
    if (raw.isAbsolute()) {
      return new Resolved(raw.normalize(), true);
    }
    Path resolved = dir.resolve(raw).normalize();
    return new Resolved(resolved, resolved.startsWith(dir));
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
   * @param allowed false when a relative path climbed out of the project's directory tree
   */
  public record Resolved(Path path, boolean allowed) {}
}
