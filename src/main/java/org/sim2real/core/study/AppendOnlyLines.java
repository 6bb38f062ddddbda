package org.sim2real.core.study;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.sim2real.core.io.AtomicFiles;
import org.sim2real.core.io.UserFacingException;

/**
 * The storage of a results folder's append-only line files (the run ledger, the test errors): the
 * open file is locked, so a second run into the same folder is refused instead of interleaving
 * lines; every line is forced to disk before {@link #append} returns; a write that fails half-way
 * (full disk, I/O error) is cut off again so the file stays a sequence of whole lines; and a file
 * deleted or replaced while the study runs is written again from its owner's records
 * ({@link #rewriteIfGone}). What the lines mean is the owner's business.
 */
final class AppendOnlyLines implements AutoCloseable {
  private final Path file;
  private final String noun;
  private @Nullable FileChannel channel;
  private @Nullable FileLock lock;
  private @Nullable Object fileKey;

  private AppendOnlyLines(Path file, String noun, FileChannel channel) throws IOException {
    this.file = file;
    this.noun = noun;
    this.channel = channel;
    this.lock = lock(channel, file, noun);
    this.fileKey = fileKey(file);
  }

  /**
   * Opens {@code file} for appending (creating it and its folder when absent) and locks it; lock
   * first, then read: another run may be appending to this very file.
   *
   * @param noun what the file is in messages, e.g. "run ledger"
   * @throws UserFacingException when another run holds the lock
   */
  static AppendOnlyLines open(Path file, String noun) throws IOException {
    Files.createDirectories(file.toAbsolutePath().getParent());
    FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
    return new AppendOnlyLines(file, noun, channel);
  }

  Path file() {
    return file;
  }

  /** False after a failed write could not be cut back: no line may follow the torn one. */
  boolean isWritable() {
    return channel != null;
  }

  long size() throws IOException {
    return channel().size();
  }

  /** Drops everything from {@code length} on (a torn last line) and appends from there. */
  void truncateTo(long length) throws IOException {
    channel().truncate(length);
    channel().position(length);
  }

  /**
   * Writes the first line of an empty file; a failure leaves the file empty again, since half a
   * header would make the folder unusable.
   */
  void writeFirstLine(String line) throws IOException {
    try {
      write(line);
    } catch (IOException e) {
      channel().truncate(0);
      throw e;
    }
  }

  /**
   * Appends one line and forces it to disk. When the write fails, the part written is cut off
   * again before the exception is rethrown, so the file holds whole lines only: also for an error
   * that is no I/O error, such as an out-of-memory error between two writes of one buffer (the
   * JDK copies a heap buffer into a temporary direct one for each write), after which the next
   * line would otherwise be glued to the torn one.
   */
  void append(String line) throws IOException {
    long before = channel().position();
    try {
      write(line);
    } catch (IOException | RuntimeException | Error e) {
      cutBackTo(before);
      throw e;
    }
  }

  private void write(String line) throws IOException {
    ByteBuffer buffer = ByteBuffer.wrap((line + "\n").getBytes(StandardCharsets.UTF_8));
    while (buffer.hasRemaining()) {
      channel().write(buffer);
    }
    channel().force(false);
  }

  /** Removes the part of a failed write, so that the file holds whole lines only. */
  private void cutBackTo(long position) {
    try {
      channel().truncate(position);
      channel().position(position);
    } catch (IOException e) {
      // the torn line stays; it is skipped (with a warning) when the file is read again. No
      // further lines may follow it, or they would be glued to it and lost.
      closeQuietly();
    }
  }

  /**
   * Writes the file again with {@code content} when it was deleted or replaced while the study
   * ran (a cleanup script, a user tidying folders): appending to the old, unlinked file would lose
   * every line from here on without a sign.
   *
   * @param content every line the file should hold, each ending with a line break
   * @return true when the file was written again
   */
  boolean rewriteIfGone(Supplier<String> content) throws IOException {
    Object key = fileKey(file);
    if (key != null && key.equals(fileKey)) {
      return false;
    }
    if (key == null && fileKey == null && Files.exists(file)) {
      return false; // no file keys on this platform: nothing to compare
    }
    replaceWith(content.get());
    return true;
  }

  /** Replaces the whole file atomically with {@code content} and appends after it. */
  void replaceWith(String content) throws IOException {
    closeQuietly();
    AtomicFiles.write(file, content.getBytes(StandardCharsets.UTF_8));
    FileChannel reopened = FileChannel.open(file, StandardOpenOption.WRITE);
    channel = reopened;
    reopened.position(reopened.size());
    lock = lock(reopened, file, noun);
    fileKey = fileKey(file);
  }

  private FileChannel channel() throws IOException {
    FileChannel open = channel;
    if (open == null) {
      throw new IOException("the " + noun + " was closed after an earlier write error");
    }
    return open;
  }

  private static @Nullable FileLock lock(FileChannel channel, Path file, String noun)
      throws IOException {
    FileLock lock;
    try {
      lock = channel.tryLock();
    } catch (OverlappingFileLockException e) {
      lock = null;
    } catch (IOException | UnsupportedOperationException e) {
      return null; // file systems without locks (some network shares): run unprotected
    }
    if (lock == null) {
      channel.close();
      throw new UserFacingException("Another run is writing to the results folder "
          + file.getParent() + " (its " + noun + " is locked). Wait for it to finish or stop it,"
          + " or choose another folder.");
    }
    return lock;
  }

  private static @Nullable Object fileKey(Path file) {
    try {
      return Files.readAttributes(file, BasicFileAttributes.class).fileKey();
    } catch (IOException e) {
      return null;
    }
  }

  private void closeQuietly() {
    FileChannel open = channel;
    if (open != null) {
      try {
        open.close(); // closing releases the lock too
      } catch (IOException ignored) {
        // nothing more can be done; every line was forced to disk already
      }
    }
    channel = null;
    lock = null;
  }

  /** Closes the file; every line was already forced to disk when appended, nothing is lost. */
  @Override
  public void close() {
    closeQuietly();
  }
}
