package org.sim2real.core.study;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * <p>Storage faults ({@code AppendOnlyLines}): the open ledger is locked, so a second run into the
 * same folder is refused instead of interleaving lines; a write that fails half-way (full disk,
 * I/O error) is cut off again so the file stays a sequence of whole records; a ledger deleted or
 * moved away while the study runs is written again from the records in memory before the next
 * cell is added.
 */
public final class RunLedger implements AutoCloseable {
  public static final String FILE_NAME = "ledger.jsonl";
  static final int FORMAT_VERSION = 1;
  /** Writes the ledger's lines (compact); they are read back by {@code LedgerReading}. */
  private static final JsonMapper JSON = JsonMapper.builder().build();
  /** Far above any study (a million cells take ~400 MB); larger files are not ledgers. */
  static final long MAX_BYTES = 1L << 30;

  private final AppendOnlyLines lines;
  private final String designHash;
  private final Map<String, CellResult> results = new LinkedHashMap<>();
  private final List<String> warnings = new ArrayList<>();
  private final Consumer<String> notices;

  private RunLedger(AppendOnlyLines lines, String designHash, Consumer<String> notices) {
    this.lines = lines;
    this.designHash = designHash;
    this.notices = notices;
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
      ledger = new RunLedger(AppendOnlyLines.open(file, "run ledger"), designHash, notices);
      AppendOnlyLines lines = ledger.lines;
      if (lines.size() > 0 && isTornHeader(file, designHash)) {
        // the first run died while writing the header: nothing was recorded yet
        lines.truncateTo(0);
        ledger.warnings.add(FILE_NAME + " line 1: incomplete header (the first run was"
            + " interrupted while creating the ledger) written again");
      }
      if (lines.size() > 0) {
        Contents contents = read(file);
        if (!designHash.equals(contents.designHash)) {
          throw new UserFacingException("The results folder " + directory + " holds the ledger of a"
              + " different study design (" + abbreviate(contents.designHash()) + ", this design is "
              + abbreviate(designHash) + "). Choose an empty folder for this design, or move the old"
              + " results away; results of different designs are never mixed.");
        }
        lines.truncateTo(contents.validLength);
        ledger.results.putAll(contents.results);
        ledger.warnings.addAll(contents.warnings);
      } else {
        lines.writeFirstLine(header(designHash));
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
    if (!lines.isWritable()) {
      throw new RecordingFailedException("The run ledger " + file() + " could not be repaired"
          + " after an earlier write error; results already recorded are safe. Run the study"
          + " again to resume.");
    }
    try {
      if (lines.rewriteIfGone(this::wholeContent)) {
        notices.accept("The run ledger " + file() + " disappeared while the study was running"
            + " (deleted or moved?); it was written again with the " + results.size() + " cells"
            + " recorded so far, and the study goes on.");
      }
      lines.append(JSON.writeValueAsString(result));
      results.put(result.cellId(), result);
    } catch (IOException e) {
      throw new RecordingFailedException("Cannot write to the run ledger " + file() + ": "
          + AtomicFiles.describe(e) + ". Results already recorded are safe; free disk space or"
          + " fix permissions and resume.", e);
    } catch (UserFacingException e) {
      throw new RecordingFailedException(e.getMessage(), e); // writing it again failed
    }
  }

  private String wholeContent() {
    StringBuilder content = new StringBuilder(header(designHash)).append('\n');
    for (CellResult r : results.values()) {
      content.append(JSON.writeValueAsString(r)).append('\n');
    }
    return content.toString();
  }

  private static String header(String designHash) {
    Map<String, Object> header = new LinkedHashMap<>(); // fixed order: see isTornHeader
    header.put("ledger", "sim2real-workbench");
    header.put("version", FORMAT_VERSION);
    header.put("designHash", designHash);
    return JSON.writeValueAsString(header);
  }

  /**
   * True when {@code file} holds no record: it is missing, empty, or holds only the start of a
   * header line, as a run killed while it created the ledger leaves it (the next run of the
   * design writes the header again). Readers that show or merge a folder treat such a ledger as
   * "not started" rather than as a file that is not a ledger.
   */
  public static boolean holdsNoRecord(Path file) {
    try {
      if (!Files.isRegularFile(file) || Files.size(file) == 0) {
        return true;
      }
      if (Files.size(file) > 1024) {
        return false;
      }
      String content = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
      String fixed = header("");
      fixed = fixed.substring(0, fixed.length() - 2); // up to the opening quote of the hash
      return !content.contains("\n") && (fixed.startsWith(content)
          || content.startsWith(fixed)
              && content.substring(fixed.length()).matches("[^\"]*(\"}?)?"));
    } catch (IOException e) {
      return false; // the reader says what is wrong
    }
  }

  /** True when the file holds only the start of this design's header line. */
  private static boolean isTornHeader(Path file, String designHash) throws IOException {
    if (Files.size(file) > 1024) {
      return false;
    }
    String content = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
    return !content.contains("\n") && header(designHash).startsWith(content);
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
    return lines.file();
  }

  @Override
  public synchronized void close() {
    lines.close(); // every record was already forced to disk when appended; nothing is lost
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
