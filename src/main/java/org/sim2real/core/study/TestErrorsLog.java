package org.sim2real.core.study;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.sim2real.core.io.AtomicFiles;
import org.sim2real.core.io.UserFacingException;
import org.sim2real.core.scaling.curve.TestErrorsFile;

/**
 * Appends the per-test-row errors of finished cells to the results folder's {@value
 * TestErrorsFile#FILE_NAME} (format: {@link TestErrorsFile}), with the ledger's storage rules
 * ({@link AppendOnlyLines}: locked, forced to disk, cut back after a failed write, written again
 * when deleted).
 *
 * <p>The run ledger stays the record of what is done: a cell's line here is written before its
 * ledger line, so a run stopped in between leaves a line of a cell that is not done (it runs
 * again). Opening therefore keeps only the lines of cells the ledger holds, one per cell: lines of
 * unfinished cells, duplicates and unreadable lines are dropped by writing the file again, and a
 * torn last line is cut off. A file of another design, or with another number of test rows, is
 * refused like a ledger of another design.
 */
final class TestErrorsLog implements AutoCloseable {
  private final AppendOnlyLines lines;
  private final String designHash;
  private final int testRows;
  private final Consumer<String> notices;
  private final Map<String, String> recorded = new LinkedHashMap<>();
  private final List<String> warnings = new ArrayList<>();

  private TestErrorsLog(AppendOnlyLines lines, String designHash, int testRows,
      Consumer<String> notices) {
    this.lines = lines;
    this.designHash = designHash;
    this.testRows = testRows;
    this.notices = notices;
  }

  /**
   * Opens (or creates) the test-errors file of {@code directory} for appending.
   *
   * @param doneCells the cells of the run ledger: only their lines are kept
   * @param testRows the study's number of test rows (length of every residual array)
   * @param notices told about storage problems worked around (the file deleted while running)
   */
  static TestErrorsLog open(Path directory, String designHash, int testRows,
      Set<String> doneCells, Consumer<String> notices) {
    Path file = directory.resolve(TestErrorsFile.FILE_NAME);
    TestErrorsLog log = null;
    try {
      log = new TestErrorsLog(AppendOnlyLines.open(file, "test-errors file"), designHash,
          testRows, notices);
      log.resume(directory, doneCells);
      return log;
    } catch (IOException e) {
      if (log != null) {
        log.close();
      }
      throw new UserFacingException("Cannot open the test-errors file " + file + ": "
          + AtomicFiles.describe(e) + ". Check that the results folder is writable and the disk"
          + " is not full.", e);
    } catch (RuntimeException e) {
      if (log != null) {
        log.close();
      }
      throw e;
    }
  }

  private void resume(Path directory, Set<String> doneCells) throws IOException {
    Optional<TestErrorsFile.Contents> read = lines.size() > 0
        ? TestErrorsFile.readAll(lines.file()) : Optional.empty();
    if (read.isEmpty()) {
      if (lines.size() > 0) {
        warnings.add(TestErrorsFile.FILE_NAME + " line 1: incomplete header (the first run was"
            + " interrupted while creating the file) written again");
        lines.truncateTo(0);
      }
      lines.writeFirstLine(header());
      return;
    }
    TestErrorsFile.Contents contents = read.get();
    if (!designHash.equals(contents.designHash())) {
      throw new UserFacingException("The results folder " + directory + " holds the test errors ("
          + TestErrorsFile.FILE_NAME + ") of a different study design ("
          + RunLedger.abbreviate(contents.designHash()) + ", this design is "
          + RunLedger.abbreviate(designHash) + "). Choose an empty folder for this design, or"
          + " move the old results away; results of different designs are never mixed.");
    }
    if (contents.testRows() != testRows) {
      throw new UserFacingException(lines.file() + " line 1: the file has " + contents.testRows()
          + " test rows per cell, but this study has " + testRows + ", so it does not belong to"
          + " these results. Move it out of the results folder and run again (the cells finished"
          + " so far then have no test errors).");
    }
    warnings.addAll(contents.warnings());
    contents.records().forEach((cellId, residuals) -> {
      if (doneCells.contains(cellId)) {
        recorded.put(cellId, TestErrorsFile.recordLine(cellId, residuals));
      }
    });
    if (recorded.size() < contents.records().size() || contents.droppedLines() > 0) {
      lines.replaceWith(wholeContent()); // only the lines of done cells, once each
    } else {
      lines.truncateTo(contents.validLength());
    }
  }

  /**
   * Records the residuals of a finished cell durably; returns only after the line is on disk.
   * Call it before the cell's ledger line is written.
   */
  synchronized void append(String cellId, float[] residuals) {
    if (residuals.length != testRows) {
      throw new IllegalArgumentException("cell " + cellId + " has " + residuals.length
          + " residuals, the study has " + testRows + " test rows");
    }
    if (recorded.containsKey(cellId)) {
      return;
    }
    if (!lines.isWritable()) {
      throw new RecordingFailedException("The test-errors file " + lines.file() + " could not be"
          + " repaired after an earlier write error; results already recorded are safe. Run the"
          + " study again to resume.");
    }
    String line = TestErrorsFile.recordLine(cellId, residuals);
    try {
      if (lines.rewriteIfGone(this::wholeContent)) {
        notices.accept("The test-errors file " + lines.file() + " disappeared while the study was"
            + " running (deleted or moved?); it was written again with the " + recorded.size()
            + " cells recorded so far, and the study goes on.");
      }
      lines.append(line);
      recorded.put(cellId, line);
    } catch (IOException e) {
      throw new RecordingFailedException("Cannot write to the test-errors file " + lines.file()
          + ": " + AtomicFiles.describe(e) + ". Results already recorded are safe; free disk"
          + " space or fix permissions and resume.", e);
    } catch (UserFacingException e) {
      throw new RecordingFailedException(e.getMessage(), e); // writing it again failed
    }
  }

  private String header() {
    return TestErrorsFile.headerLine(designHash, testRows);
  }

  private String wholeContent() {
    StringBuilder content = new StringBuilder(header()).append('\n');
    for (String line : recorded.values()) {
      content.append(line).append('\n');
    }
    return content.toString();
  }

  /** Problems found when the file was opened (torn, unreadable or duplicate lines). */
  List<String> warnings() {
    return Collections.unmodifiableList(warnings);
  }

  Path file() {
    return lines.file();
  }

  @Override
  public synchronized void close() {
    lines.close(); // every line was already forced to disk when appended; nothing is lost
  }
}
