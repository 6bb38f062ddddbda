package org.sim2real.core.project;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import org.sim2real.core.io.AtomicFiles;
import org.sim2real.core.io.UserFacingException;

/**
 * Takes a project's results along when "Save As" puts the project file into another folder. The
 * results folder is stored relative to the project file, so without a copy the saved project
 * would open with an empty results folder: no curves on the Scaling step, no forecast, and a run
 * that starts from scratch. The ledger and the tables are copied; the cache of pretrained models
 * is not (it only saves time, and can be large).
 */
public final class ResultsCopy {
  /** The run's cache of pretrained models inside a results folder (see core.study). */
  static final String CACHE = "cache";

  /** What happened. */
  public enum Outcome {
    /** Same folder, or the old project had no results folder. */
    NOTHING_TO_COPY,
    COPIED,
    /** The new folder already has a results folder of that name; it was left as it is. */
    TARGET_EXISTS
  }

  private ResultsCopy() {}

  /**
   * Copies {@code resultsDirectory} next to {@code from} into the same name next to {@code to}.
   *
   * @throws UserFacingException when the copy fails (what was copied so far is removed)
   */
  public static Outcome copy(Path from, Path to, String resultsDirectory)
      throws UserFacingException {
    DatasetPaths.Resolved from0 = DatasetPaths.resolveResultsDirectory(resultsDirectory, from);
    DatasetPaths.Resolved to0 = DatasetPaths.resolveResultsDirectory(resultsDirectory, to);
    if (!from0.allowed() || !to0.allowed()) {
      return Outcome.NOTHING_TO_COPY;
    }
    Path source = from0.path();
    Path target = to0.path();
    if (source.toAbsolutePath().normalize().equals(target.toAbsolutePath().normalize())
        || !Files.isDirectory(source)) {
      return Outcome.NOTHING_TO_COPY;
    }
    if (Files.exists(target)) {
      return Outcome.TARGET_EXISTS;
    }
    try {
      Files.walkFileTree(source, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs)
            throws IOException {
          Path relative = source.relativize(dir);
          if (relative.getNameCount() == 1 && relative.toString().equals(CACHE)) {
            return FileVisitResult.SKIP_SUBTREE;
          }
          Files.createDirectories(target.resolve(relative.toString()));
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
          if (attrs.isRegularFile()) { // links are not followed out of the results folder
            Files.copy(file, target.resolve(source.relativize(file).toString()));
          }
          return FileVisitResult.CONTINUE;
        }
      });
      return Outcome.COPIED;
    } catch (IOException e) {
      AtomicFiles.deleteTreeQuietly(target); // a half copy left behind is named in the message
      throw new UserFacingException("The results folder " + source + " could not be copied to "
          + target + " (" + e + "). The project was saved; copy the folder by hand to take its"
          + " results along.", e);
    }
  }
}
