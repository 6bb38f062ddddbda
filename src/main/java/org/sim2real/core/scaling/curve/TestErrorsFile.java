package org.sim2real.core.scaling.curve;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.sim2real.core.io.AtomicFiles;
import org.sim2real.core.io.UserFacingException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The per-test-row errors of a study's finished cells: {@code test-errors.jsonl}, next to the run
 * ledger in a results folder. They let an analysis resample the experimental test rows jointly for
 * all cells (the finite test set is a source of error of every measured point).
 *
 * <p>Format, version 1: UTF-8 JSON, one object per line, each line ending with '\n'.
 *
 * <pre>
 * {"testErrors":"sim2real-workbench","version":1,"designHash":"&lt;hash&gt;","testRows":&lt;T&gt;}
 * {"cellId":"finetune/n=100/m=3683/r=0","residuals":"&lt;base64&gt;"}
 * ...one line per finished cell
 * </pre>
 *
 * {@code residuals} is standard base64 (RFC 4648, padded) of T little-endian IEEE-754 float32
 * values: the cell's prediction minus the measured target of each test row, in the study's fixed
 * order of test rows (the same rows, in the same order, for every cell of the file; a value is NaN
 * when the model predicted no finite number). Unknown fields are ignored.
 *
 * <p>The run ledger stays the only record of which cells are done: a study appends a cell's line
 * here, and forces it to disk, before it writes the cell's ledger line, so every cell of the
 * ledger has its line. A line of a cell that is not in the ledger belongs to a run that stopped in
 * between; that cell runs again, and readers ignore the line. Of two lines of one cell the first
 * counts. A torn last line (the run was killed while writing it) is ignored with a warning.
 * Results folders written before this file existed have none: their test-set uncertainty is
 * unknown.
 *
 * <p>The file may come from a colleague (merge), so it is read as untrusted input
 * ({@code TestErrorsParser}): a size limit ({@link #MAX_BYTES}), lines no longer than a record
 * can be, and only user-facing errors.
 */
public final class TestErrorsFile {
  public static final String FILE_NAME = "test-errors.jsonl";
  public static final int FORMAT_VERSION = 1;
  /** Like the ledger's limit: far above any study; larger files are not test-errors files. */
  public static final long MAX_BYTES = 1L << 30;
  /** At most this many test rows (a record line stays below the JSON document limit, 16 MB). */
  public static final int MAX_TEST_ROWS = 2_000_000;
  static final String FORMAT_NAME = "sim2real-workbench";
  private static final JsonMapper COMPACT = JsonMapper.builder().build();

  private TestErrorsFile() {}

  /** The header line (without its line end), fields in the fixed order of the format. */
  public static String headerLine(String designHash, int testRows) {
    checkTestRows(testRows);
    Map<String, Object> header = new LinkedHashMap<>();
    header.put("testErrors", FORMAT_NAME);
    header.put("version", FORMAT_VERSION);
    header.put("designHash", designHash);
    header.put("testRows", testRows);
    return COMPACT.writeValueAsString(header);
  }

  /** The record line of one cell (without its line end). */
  public static String recordLine(String cellId, float[] residuals) {
    if (CellId.parse(cellId).isEmpty()) {
      throw new IllegalArgumentException("not a cell id: " + cellId);
    }
    checkTestRows(residuals.length);
    ByteBuffer bytes = ByteBuffer.allocate(4 * residuals.length).order(ByteOrder.LITTLE_ENDIAN);
    bytes.asFloatBuffer().put(residuals);
    Map<String, Object> record = new LinkedHashMap<>();
    record.put("cellId", cellId);
    record.put("residuals", Base64.getEncoder().encodeToString(bytes.array()));
    return COMPACT.writeValueAsString(record);
  }

  /**
   * What a test-errors file holds, for the study that appends to it and for merge.
   *
   * @param records the residuals of every cell with a readable line, the first line of a cell
   *     kept, in file order; cells not in the ledger included (filter them with the ledger)
   * @param warnings torn, unreadable and duplicate lines, each naming file and line
   * @param validLength bytes of whole lines: a writer cuts the file back to this length before
   *     appending (a torn last line is dropped)
   * @param droppedLines complete lines that were not kept (unreadable or duplicate)
   */
  public record Contents(String designHash, int testRows, Map<String, float[]> records,
      List<String> warnings, long validLength, int droppedLines) {
    public Contents {
      checkTestRows(testRows);
      records = Collections.unmodifiableMap(new LinkedHashMap<>(records));
      warnings = List.copyOf(warnings);
      if (validLength < 0 || droppedLines < 0) {
        throw new IllegalArgumentException("negative length or count");
      }
    }
  }

  /**
   * The per-test-row errors of the finished cells of a results folder: the API for analyses.
   *
   * @param resultsFolderOrFile a results folder (its {@value #FILE_NAME} is read) or the file
   * @param doneCellIds the cells that count as finished: the ids in the run ledger, or in the
   *     {@code cell_id} column of {@code cells.csv} ({@link StudyCells#cellIds()}); lines of other
   *     cells are ignored (those cells did not finish and run again)
   * @return empty when there is no test-errors file (results written before the workbench kept
   *     one: the test-set uncertainty is unknown) or it has no complete header yet (the first run
   *     was stopped while creating it); otherwise the residuals of every done cell that has a
   *     line, and warnings about torn, unreadable and duplicate lines and about done cells without
   *     a line (finished by an older workbench before a resumed run created the file)
   * @throws UserFacingException when the file is not a test-errors file, is too large or cannot
   *     be read
   */
  public static Optional<TestErrors> read(Path resultsFolderOrFile, Set<String> doneCellIds) {
    Path file = Files.isDirectory(resultsFolderOrFile)
        ? resultsFolderOrFile.resolve(FILE_NAME) : resultsFolderOrFile;
    if (!Files.exists(file)) {
      return Optional.empty();
    }
    Optional<Contents> read = readAll(file);
    if (read.isEmpty()) {
      return Optional.empty();
    }
    Contents contents = read.get();
    Map<String, float[]> done = new LinkedHashMap<>();
    contents.records().forEach((cellId, residuals) -> {
      if (doneCellIds.contains(cellId)) {
        done.put(cellId, residuals);
      }
    });
    List<String> warnings = new ArrayList<>(contents.warnings());
    long missing = doneCellIds.stream().filter(id -> !done.containsKey(id)).count();
    if (missing > 0) {
      warnings.add(file.getFileName() + ": " + missing + " of " + doneCellIds.size()
          + " finished cells have no test errors (finished by a workbench that did not keep"
          + " them); their test-set uncertainty is unknown");
    }
    return Optional.of(new TestErrors(file, contents.designHash(), contents.testRows(), done,
        warnings));
  }

  /**
   * {@link #read(Path, Set)} of a results folder for the cells of its {@code cells.csv}: the
   * cells of the learning curve read from the same folder.
   */
  public static Optional<TestErrors> read(Path resultsFolder) {
    if (!Files.isDirectory(resultsFolder)) {
      throw new UserFacingException(resultsFolder + " is not a folder: give a study results"
          + " folder (with cells.csv and " + FILE_NAME + ")");
    }
    return read(resultsFolder, StudyCells.read(resultsFolder).cellIds());
  }

  /**
   * Every record of a test-errors file, whether or not its cell is done.
   *
   * @return empty when the file holds no complete header line (it is empty, or the first run was
   *     stopped while writing the header)
   * @throws UserFacingException when the file is not a test-errors file, is too large or cannot
   *     be read
   */
  public static Optional<Contents> readAll(Path file) {
    try {
      if (Files.size(file) > MAX_BYTES) {
        throw new UserFacingException(file + " is larger than a test-errors file can be ("
            + MAX_BYTES / (1024 * 1024) + " MB), so it is not one. Choose the " + FILE_NAME
            + " of a results folder.");
      }
      try (InputStream in = Files.newInputStream(file)) {
        return new TestErrorsParser(file, in).run();
      }
    } catch (IOException e) {
      throw new UserFacingException("Cannot read the test-errors file " + file + ": "
          + AtomicFiles.describe(e) + ". Check that the file is readable.", e);
    }
  }

  private static void checkTestRows(int testRows) {
    if (testRows < 1 || testRows > MAX_TEST_ROWS) {
      throw new IllegalArgumentException("test rows must be between 1 and " + MAX_TEST_ROWS
          + ", got " + testRows);
    }
  }
}
