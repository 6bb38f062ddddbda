package org.sim2real.core.io;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;

/**
 * Whole-file writes that never leave a half-written file: temporary file, fsync, rename, fsync of
 * the folder. A process killed mid-write leaves at most a hidden temporary file
 * ({@code .NAME<random>.tmp}), which {@link #deleteStaleTemporaryFiles} removes on the next run.
 */
public final class AtomicFiles {
  private static final String SUFFIX = ".tmp";

  private AtomicFiles() {}

  public static void write(Path file, byte[] content) {
    write(file, out -> out.write(content));
  }

  /** Writes a file's content to a stream; see {@link #write(Path, Content)}. */
  @FunctionalInterface
  public interface Content {
    void writeTo(OutputStream out) throws IOException;
  }

  /**
   * Writes what {@code content} produces, streamed (for files too large to build in memory),
   * with the same guarantees as {@link #write(Path, byte[])}: the old file or the whole new one.
   */
  public static void write(Path file, Content content) {
    Path dir = file.toAbsolutePath().getParent();
    Path temp = null;
    try {
      Files.createDirectories(dir);
      temp = createTemporarySibling(file, "." + file.getFileName(), SUFFIX);
      try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
        OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16);
        content.writeTo(out);
        out.flush();
        channel.force(true);
      }
      try {
        Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
      }
      temp = null;
      syncDirectory(dir);
    } catch (IOException e) {
      if (temp != null) {
        try {
          Files.deleteIfExists(temp);
        } catch (IOException ignored) {
          // best effort; the target file is untouched either way
        }
      }
      throw new UserFacingException("Cannot write " + file + ": " + describe(e)
          + ". Check that the folder is writable and the disk is not full; nothing was lost.", e);
    }
  }

  /**
   * Creates an empty hidden file in {@code target}'s folder for a write that is renamed onto
   * {@code target}. Unlike {@link Files#createTempFile}, which makes files readable by the owner
   * only, the file gets the permissions a new file of the user gets (the umask), or those of the
   * existing {@code target}, so that a saved export or project is as readable as any other file.
   */
  public static Path createTemporarySibling(Path target, String prefix, String suffix)
      throws IOException {
    Path temp = createTemporary(target.toAbsolutePath().getParent(), prefix, suffix);
    copyPermissions(target, temp);
    return temp;
  }

  /**
   * Creates an empty file {@code prefix<random>suffix} in {@code dir} with the permissions any new
   * file there gets (on POSIX: 0666 minus the umask), unlike {@link Files#createTempFile}, which
   * makes it readable by its owner only (0600).
   */
  public static Path createTemporary(Path dir, String prefix, String suffix) throws IOException {
    while (true) {
      Path candidate = dir.resolve(prefix + Long.toUnsignedString(
          ThreadLocalRandom.current().nextLong(), 36) + suffix);
      try {
        return Files.createFile(candidate);
      } catch (FileAlreadyExistsException taken) {
        // another writer chose the same name: draw again
      }
    }
  }

  private static void copyPermissions(Path from, Path to) {
    try {
      if (Files.exists(from)) {
        Files.setPosixFilePermissions(to, Files.getPosixFilePermissions(from));
      }
    } catch (IOException | UnsupportedOperationException | SecurityException ignored) {
      // not a POSIX file system, or not ours to change: the new file keeps the default permissions
    }
  }

  /**
   * Deletes the temporary files that writes into {@code directory} left behind when their process
   * was killed. Call it only while no other process writes there (e.g. holding the run ledger's
   * lock). Returns how many were deleted; a folder that does not exist has none.
   */
  public static int deleteStaleTemporaryFiles(Path directory) {
    if (!Files.isDirectory(directory)) {
      return 0;
    }
    int deleted = 0;
    try (DirectoryStream<Path> stale = Files.newDirectoryStream(directory, AtomicFiles::isTemporary)) {
      for (Path file : stale) {
        if (Files.deleteIfExists(file)) {
          deleted++;
        }
      }
    } catch (IOException e) {
      // leftovers are hidden and harmless; failing to tidy must not stop a run
    }
    return deleted;
  }

  /**
   * Deletes a folder and everything in it as far as it can (best effort: a file that cannot be
   * deleted is left, and so are the folders above it); a folder that does not exist is fine.
   */
  public static void deleteTreeQuietly(Path dir) {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> {
        try {
          Files.deleteIfExists(p);
        } catch (IOException ignored) {
          // best effort: the caller says what a leftover means
        }
      });
    } catch (IOException | UncheckedIOException ignored) {
      // as above
    }
  }

  /** True for names {@link #write} gives its temporary files. */
  static boolean isTemporary(Path file) {
    String name = file.getFileName() == null ? "" : file.getFileName().toString();
    return name.startsWith(".") && name.endsWith(SUFFIX) && Files.isRegularFile(file);
  }

  /** Makes a rename durable; platforms that cannot open a folder (Windows) skip it. */
  static void syncDirectory(Path dir) {
    try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
      channel.force(true);
    } catch (IOException | UnsupportedOperationException ignored) {
      // the rename itself is atomic; only its durability across a power cut is at stake
    }
  }

  /** "NoSuchFileException (/x/y)" or the exception type when there is no message. */
  public static String describe(IOException e) {
    String message = e.getMessage();
    String kind = e.getClass().getSimpleName();
    return message == null ? kind : kind + " (" + message + ")";
  }
}
