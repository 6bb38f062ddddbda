package org.sim2real.core.study;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.sim2real.core.data.UserFacingException;
import org.sim2real.core.io.AtomicFiles;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The append-only record of finished cells (one JSON line per cell) that makes a study
 * resumable: a cell counts as done only once its line has been written and forced to disk.
 *
 * <p>The first line is a header naming the design hash; a ledger of another design is refused
 * rather than mixed. A torn last line (the process died mid-write) is reported as a warning and
 * cut off before new lines are appended, so a crash never corrupts earlier results.
 */
public final class RunLedger implements AutoCloseable {
  public static final String FILE_NAME = "ledger.jsonl";
  private static final int FORMAT_VERSION = 1;
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final Path file;
  private final String designHash;
  private final Map<String, CellResult> results = new LinkedHashMap<>();
  private final List<String> warnings = new ArrayList<>();
  private final FileChannel channel;

  private RunLedger(Path file, String designHash, FileChannel channel) {
    this.file = file;
    this.designHash = designHash;
    this.channel = channel;
  }

  /**
   * Opens the ledger in {@code directory} for appending, creating it when absent and reading what
   * an earlier (possibly interrupted) run of the same design finished.
   */
  public static RunLedger open(Path directory, String designHash) {
    Path file = directory.resolve(FILE_NAME);
    try {
      Files.createDirectories(directory);
      RunLedger ledger;
      if (Files.exists(file) && Files.size(file) > 0) {
        Contents contents = read(file);
        if (!designHash.equals(contents.designHash)) {
          throw new UserFacingException("The results folder " + directory + " holds the ledger of a"
              + " different study design (" + abbreviate(contents.designHash) + ", this design is "
              + abbreviate(designHash) + "). Choose an empty folder for this design, or move the old"
              + " results away; results of different designs are never mixed.");
        }
        FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE);
        channel.truncate(contents.validLength);
        channel.position(contents.validLength);
        ledger = new RunLedger(file, designHash, channel);
        ledger.results.putAll(contents.results);
        ledger.warnings.addAll(contents.warnings);
      } else {
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE,
            StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
        ledger = new RunLedger(file, designHash, channel);
        ledger.writeLine(JSON.writeValueAsString(
            Map.of("ledger", "sim2real-workbench", "version", FORMAT_VERSION, "designHash", designHash)));
      }
      return ledger;
    } catch (IOException e) {
      throw new UserFacingException("Cannot open the run ledger " + file + ": " + AtomicFiles.describe(e)
          + ". Check that the results folder exists, is writable and the disk is not full.", e);
    }
  }

  /** Reads a ledger without opening it for writing (for merge, fit and reports). */
  public static Contents read(Path file) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UserFacingException("Cannot read the run ledger " + file + ": " + AtomicFiles.describe(e), e);
    }
    Contents contents = new Contents();
    int lineStart = 0;
    int lineNumber = 0;
    while (lineStart < bytes.length) {
      int end = lineStart;
      while (end < bytes.length && bytes[end] != '\n') {
        end++;
      }
      lineNumber++;
      boolean complete = end < bytes.length;
      String line = new String(bytes, lineStart, end - lineStart, StandardCharsets.UTF_8);
      try {
        JsonNode node = JSON.readTree(line);
        if (!complete) {
          throw new IllegalStateException("no line end");
        }
        if (lineNumber == 1) {
          if (!node.has("designHash") || !"sim2real-workbench".equals(node.path("ledger").asString())) {
            throw new UserFacingException(file + " line 1: not a Sim2Real Workbench run ledger");
          }
          int version = node.path("version").asInt();
          if (version > FORMAT_VERSION) {
            throw new UserFacingException(file + " line 1: ledger format version " + version
                + " was written by a newer version of the workbench; update the workbench");
          }
          contents.designHash = node.get("designHash").asString();
        } else {
          CellResult result = JSON.treeToValue(node, CellResult.class);
          CellResult earlier = contents.results.putIfAbsent(result.cellId(), result);
          if (earlier != null) {
            contents.warnings.add(file.getFileName() + " line " + lineNumber + ": cell "
                + result.cellId() + " recorded twice; the first record is kept");
          }
        }
        contents.validLength = complete ? end + 1 : end;
      } catch (UserFacingException e) {
        throw e;
      } catch (JacksonException | IllegalStateException | IllegalArgumentException
          | NullPointerException e) {
        if (lineNumber == 1) {
          throw new UserFacingException(file + " line 1: not a Sim2Real Workbench run ledger");
        }
        if (complete) {
          contents.warnings.add(file.getFileName() + " line " + lineNumber
              + ": unreadable record skipped (" + e.getClass().getSimpleName() + ")");
          contents.validLength = end + 1;
        } else {
          contents.warnings.add(file.getFileName() + " line " + lineNumber
              + ": incomplete last record (the run was interrupted while writing it) ignored;"
              + " that cell will run again");
        }
      }
      lineStart = end + 1;
    }
    if (contents.designHash == null) {
      throw new UserFacingException(file + ": empty run ledger");
    }
    return contents;
  }

  /** Records a finished cell durably; returns only after the line is on disk. */
  public synchronized void append(CellResult result) {
    if (!result.designHash().equals(designHash)) {
      throw new IllegalArgumentException("cell of another design: " + result.cellId());
    }
    if (results.containsKey(result.cellId())) {
      return;
    }
    try {
      writeLine(JSON.writeValueAsString(result));
      results.put(result.cellId(), result);
    } catch (IOException e) {
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
    try {
      channel.close();
    } catch (IOException e) {
      // every record was already forced to disk when appended; nothing is lost
    }
  }

  private static String abbreviate(String hash) {
    return hash.length() > 12 ? hash.substring(0, 12) : hash;
  }

  /** What a ledger file holds. */
  public static final class Contents {
    private @Nullable String designHash;
    private long validLength;
    private final Map<String, CellResult> results = new LinkedHashMap<>();
    private final List<String> warnings = new ArrayList<>();

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
