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
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.sim2real.core.io.AtomicFiles;
import org.sim2real.core.io.UserFacingException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The append-only record of finished cells (one JSON line per cell) that makes a study
 * resumable: a cell counts as done only once its line has been written and forced to disk.
 *
 * <p>The first line is a header naming the design hash; a ledger of another design is refused
 * rather than mixed. A torn last line (the process died mid-write) is reported as a warning and
 * cut off before new lines are appended, so a crash never corrupts earlier results.
 *
 * <p>Storage faults: the open ledger is locked, so a second run into the same folder is refused
 * instead of interleaving lines; a write that fails half-way (full disk, I/O error) is cut off
 * again so the file stays a sequence of whole records; a ledger deleted or moved away while the
 * study runs is written again from the records in memory before the next cell is added.
 */
public final class RunLedger implements AutoCloseable {
  public static final String FILE_NAME = "ledger.jsonl";
  static final int FORMAT_VERSION = 1;
  static final JsonMapper JSON = JsonMapper.builder().build();
  /** Far above any study (a million cells take ~400 MB); larger files are not ledgers. */
  static final long MAX_BYTES = 1L << 30;

  private final Path file;
  private final String designHash;
  private final Map<String, CellResult> results = new LinkedHashMap<>();
  private final List<String> warnings = new ArrayList<>();
  private final Consumer<String> notices;
  private @Nullable FileChannel channel;
  private @Nullable FileLock lock;
  private @Nullable Object fileKey;

  private RunLedger(Path file, String designHash, FileChannel channel, Consumer<String> notices)
      throws IOException {
    this.file = file;
    this.designHash = designHash;
    this.notices = notices;
    this.channel = channel;
    this.lock = lock(channel, file);
    this.fileKey = fileKey(file);
  }

  /** {@link #open(Path, String, Consumer)} without notices. */
  public static RunLedger open(Path directory, String designHash) {
    return open(directory, designHash, notice -> {});
  }

  /**
   * Opens the ledger in {@code directory} for appending, creating it when absent and reading what
   * an earlier (possibly interrupted) run of the same design finished.
   *
   * @param notices told about storage problems the ledger worked around (e.g. it was deleted
   *     while the study ran and was written again)
   */
  public static RunLedger open(Path directory, String designHash, Consumer<String> notices) {
    Path file = directory.resolve(FILE_NAME);
    RunLedger ledger = null;
    try {
      Files.createDirectories(directory);
      // lock first, then read: another run may be appending to this very file
      FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
      ledger = new RunLedger(file, designHash, channel, notices);
      if (channel.size() > 0 && isTornHeader(file, designHash)) {
        // the first run died while writing the header: nothing was recorded yet
        channel.truncate(0);
        ledger.warnings.add(FILE_NAME + " line 1: incomplete header (the first run was"
            + " interrupted while creating the ledger) written again");
      }
      if (channel.size() > 0) {
        Contents contents = read(file);
        if (!designHash.equals(contents.designHash)) {
          throw new UserFacingException("The results folder " + directory + " holds the ledger of a"
              + " different study design (" + abbreviate(contents.designHash()) + ", this design is "
              + abbreviate(designHash) + "). Choose an empty folder for this design, or move the old"
              + " results away; results of different designs are never mixed.");
        }
        channel.truncate(contents.validLength);
        channel.position(contents.validLength);
        ledger.results.putAll(contents.results);
        ledger.warnings.addAll(contents.warnings);
      } else {
        try {
          ledger.writeLine(header(designHash));
        } catch (IOException e) {
          channel.truncate(0); // a half header would make the folder unusable
          throw e;
        }
      }
      return ledger;
    } catch (IOException e) {
      if (ledger != null) {
        ledger.close();
      }
      throw new UserFacingException("Cannot open the run ledger " + file + ": " + AtomicFiles.describe(e)
          + ". Check that the results folder exists, is writable and the disk is not full.", e);
    } catch (RuntimeException e) {
      if (ledger != null) {
        ledger.close();
      }
      throw e;
    }
  }

  /** Reads a ledger without opening it for writing (for merge, fit and reports). */
  public static Contents read(Path file) {
    return LedgerReading.read(file);
  }

  /** Records a finished cell durably; returns only after the line is on disk. */
  public synchronized void append(CellResult result) {
    if (!result.designHash().equals(designHash)) {
      throw new IllegalArgumentException("cell of another design: " + result.cellId());
    }
    if (results.containsKey(result.cellId())) {
      return;
    }
    if (channel == null) {
      throw new UserFacingException("The run ledger " + file + " could not be repaired after an"
          + " earlier write error; results already recorded are safe. Run the study again to"
          + " resume.");
    }
    long before = -1;
    try {
      rewriteIfGone();
      before = channel.position();
      writeLine(JSON.writeValueAsString(result));
      results.put(result.cellId(), result);
    } catch (IOException e) {
      cutBackTo(before);
      throw new UserFacingException("Cannot write to the run ledger " + file + ": " + AtomicFiles.describe(e)
          + ". Results already recorded are safe; free disk space or fix permissions and resume.", e);
    }
  }

  private void writeLine(String json) throws IOException {
    ByteBuffer buffer = ByteBuffer.wrap((json + "\n").getBytes(StandardCharsets.UTF_8));
    while (buffer.hasRemaining()) {
      channel.write(buffer);
    }
    channel.force(false);
  }

  /** Removes the part of a failed write, so that the file holds whole records only. */
  private void cutBackTo(long position) {
    if (position < 0) {
      return;
    }
    try {
      channel.truncate(position);
      channel.position(position);
    } catch (IOException e) {
      // the torn line stays; it is skipped (with a warning) when the ledger is read again. No
      // further lines may follow it, or they would be glued to it and lost.
      closeQuietly();
    }
  }

  /**
   * Writes the ledger again from the records in memory when its file was deleted or replaced
   * while the study ran (a cleanup script, a user tidying folders): appending to the old,
   * unlinked file would lose every result from here on without a sign.
   */
  private void rewriteIfGone() throws IOException {
    Object key = fileKey(file);
    if (key != null && key.equals(fileKey)) {
      return;
    }
    if (key == null && fileKey == null && Files.exists(file)) {
      return; // no file keys on this platform: nothing to compare
    }
    StringBuilder content = new StringBuilder(header(designHash)).append('\n');
    for (CellResult r : results.values()) {
      content.append(JSON.writeValueAsString(r)).append('\n');
    }
    closeQuietly();
    AtomicFiles.write(file, content.toString().getBytes(StandardCharsets.UTF_8));
    channel = FileChannel.open(file, StandardOpenOption.WRITE);
    channel.position(channel.size());
    lock = lock(channel, file);
    fileKey = fileKey(file);
    notices.accept("The run ledger " + file + " disappeared while the study was running (deleted"
        + " or moved?); it was written again with the " + results.size() + " cells recorded so"
        + " far, and the study goes on.");
  }

  private static String header(String designHash) {
    Map<String, Object> header = new LinkedHashMap<>(); // fixed order: see isTornHeader
    header.put("ledger", "sim2real-workbench");
    header.put("version", FORMAT_VERSION);
    header.put("designHash", designHash);
    return JSON.writeValueAsString(header);
  }

  /** True when the file holds only the start of this design's header line. */
  private static boolean isTornHeader(Path file, String designHash) throws IOException {
    if (Files.size(file) > 1024) {
      return false;
    }
    String content = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
    return !content.contains("\n") && header(designHash).startsWith(content);
  }

  private static @Nullable FileLock lock(FileChannel channel, Path file) throws IOException {
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
          + file.getParent() + " (its run ledger is locked). Wait for it to finish or stop it,"
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
    try {
      channel.close(); // closing releases the lock too
    } catch (IOException ignored) {
      // nothing more can be done; every recorded line was forced to disk already
    }
    channel = null;
    lock = null;
  }

  public synchronized boolean isDone(String cellId) {
    return results.containsKey(cellId);
  }

  /** Finished cells in the order they were recorded. */
  public synchronized List<CellResult> results() {
    return List.copyOf(results.values());
  }

  /** Problems found when the ledger was opened (torn or duplicate lines). */
  public List<String> warnings() {
    return Collections.unmodifiableList(warnings);
  }

  public Path file() {
    return file;
  }

  @Override
  public synchronized void close() {
    if (channel != null) {
      closeQuietly(); // every record was already forced to disk when appended; nothing is lost
    }
  }

  static String abbreviate(String hash) {
    return hash.length() > 12 ? hash.substring(0, 12) : hash;
  }

  /** What a ledger file holds. */
  public static final class Contents {
    @Nullable String designHash;
    long validLength;
    final Map<String, CellResult> results = new LinkedHashMap<>();
    final List<String> warnings = new ArrayList<>();

    public String designHash() {
      return java.util.Objects.requireNonNull(designHash);
    }

    public List<CellResult> results() {
      return List.copyOf(results.values());
    }

    public List<String> warnings() {
      return List.copyOf(warnings);
    }
  }
}
