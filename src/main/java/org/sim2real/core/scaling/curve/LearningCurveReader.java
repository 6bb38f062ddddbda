package org.sim2real.core.scaling.curve;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.sim2real.core.io.InputEcho;
import org.sim2real.core.io.UserFacingException;
import org.sim2real.core.table.HeaderAndRows;
import org.sim2real.core.table.TableFile;

/**
 * Reads a learning-curve table: the study engine's {@code cells.csv} (columns cell_id, strategy, n,
 * m, repetition, seed, mae, rmse, r2, train_seconds, finetune_seconds) or any table whose header
 * has at least {@code n} and an error column ({@code mae}, {@code error}, {@code rmse}, or the
 * column named by the caller), optionally {@code m}, {@code strategy} and {@code repetition}/{@code
 * rep}/{@code seed}.
 *
 * <p>Missing strategy means "transfer"; rows with n = 0 or strategy "scratch" are the baseline
 * (stored with n = 0). Without a repetition column the rows of one (strategy, m, n) group are
 * numbered 0, 1, 2... in file order, so the k-th row of every size counts as repetition k. Without
 * an m column the table has one unnamed m. Every bad value is a {@link UserFacingException} that
 * names file, line and column.
 *
 * <p>The file itself is read by {@code core.table.TableFile}, exactly as a dataset is: CSV, TSV or
 * semicolon-separated text (delimiter detected), quoted fields that may span lines, UTF-8 or
 * UTF-16 with a byte-order mark, gzip-compressed or not, or an Excel .xlsx workbook (first
 * sheet), with the same limits and the same messages about the file.
 */
public final class LearningCurveReader {
  private static final List<String> ERROR_COLUMNS = List.of("mae", "error", "rmse");
  private static final List<String> REPETITION_COLUMNS = List.of("repetition", "rep", "seed");

  private LearningCurveReader() {}

  /**
   * Reads a table file, or {@code DIR/cells.csv} when given a study output directory.
   *
   * @param errorColumn the error column to fit, or null for the first of mae, error, rmse
   */
  public static LearningCurveTable read(Path path, @Nullable String errorColumn) {
    Path file = Files.isDirectory(path) ? path.resolve("cells.csv") : path;
    if (!Files.isRegularFile(file)) {
      throw new UserFacingException(
          Files.isDirectory(path)
              ? path + " has no cells.csv: give a study output directory or a CSV table"
              : file + " does not exist: give a study output directory or a CSV table");
    }
    Rows rows = new Rows(TableFile.displayName(file), errorColumn);
    TableFile.read(file, null, null, rows);
    return rows.table();
  }

  /**
   * Parses delimited text as {@link #read} parses a file; {@code name} is used in messages.
   *
   * @throws IOException never: problems of the text are {@link UserFacingException}s (kept for
   *     callers written when this read lines itself)
   */
  public static LearningCurveTable parse(
      String name, BufferedReader reader, @Nullable String errorColumn) throws IOException {
    Rows rows = new Rows(name, errorColumn);
    TableFile.read(name, reader, null, rows);
    return rows.table();
  }

  /** The rows of the table as they stream in, checked one by one. */
  private static final class Rows extends HeaderAndRows {
    private final String name;
    private final @Nullable String errorColumn;
    private @Nullable Header header;
    private final List<RowValues> values = new ArrayList<>();

    Rows(String name, @Nullable String errorColumn) {
      this.name = name;
      this.errorColumn = errorColumn;
    }

    @Override
    protected void header(List<String> names, int line) {
      header = Header.of(name, line, names, errorColumn);
    }

    @Override
    protected void row(List<String> fields, int line) {
      if (header != null) {
        values.add(header.values(name, line, fields));
      }
    }

    LearningCurveTable table() {
      if (header == null) {
        throw new UserFacingException(
            name + " is empty: expected a header with n and an error column");
      }
      if (values.isEmpty()) {
        throw new UserFacingException(name + " has a header but no rows");
      }
      return LearningCurveTable.of(name, toObservations(name, header, values));
    }
  }

  private static List<Observation> toObservations(String name, Header header, List<RowValues> rows) {
    Map<String, Integer> nextRepetition = new HashMap<>();
    Map<String, Integer> lineOfCell = new HashMap<>();
    List<Observation> observations = new ArrayList<>(rows.size());
    for (RowValues row : rows) {
      String group = row.strategy() + "\u0000" + row.m() + "\u0000" + row.n();
      int repetition =
          row.repetition() != null ? row.repetition() : nextRepetition.merge(group, 1, Integer::sum) - 1;
      Integer earlier = lineOfCell.putIfAbsent(group + "\u0000" + repetition, row.line());
      if (earlier != null) {
        throw new UserFacingException(
            name + " line " + row.line() + ": same strategy, m, n and repetition as line " + earlier
                + " (" + row.strategy() + ", " + Observation.describeM(row.m()) + ", n = " + row.n()
                + ", repetition " + repetition + "); remove the duplicate or give distinct "
                + header.repetitionName() + " values");
      }
      observations.add(new Observation(row.strategy(), row.m(), row.n(), repetition, row.error()));
    }
    return observations;
  }

  /** One parsed row before repetitions are numbered. */
  private record RowValues(
      int line, String strategy, int m, long n, @Nullable Integer repetition, double error) {}

  /** Column positions found in the header. */
  private record Header(
      int nColumn,
      int errorColumn,
      String errorName,
      int mColumn,
      int strategyColumn,
      int repetitionColumn,
      String repetitionName) {

    static Header of(String name, int line, List<String> names, @Nullable String errorColumn) {
      List<String> lower = names.stream().map(s -> s.toLowerCase(Locale.ROOT)).toList();
      int n = lower.indexOf("n");
      if (n < 0) {
        throw new UserFacingException(
            name + " line " + line + ": no column 'n' (the number of simulation rows) in the header "
                + InputEcho.oneLine(names.toString()) + "; rename the size column to n");
      }
      int error = -1;
      String errorName = "";
      if (errorColumn != null) {
        error = lower.indexOf(errorColumn.toLowerCase(Locale.ROOT));
        errorName = errorColumn;
        if (error < 0) {
          throw new UserFacingException(
              name + " line " + line + ": no column '" + errorColumn + "' in the header "
                  + InputEcho.oneLine(names.toString()) + "; choose one of these with --error-column");
        }
      } else {
        for (String candidate : ERROR_COLUMNS) {
          if (lower.contains(candidate)) {
            error = lower.indexOf(candidate);
            errorName = candidate;
            break;
          }
        }
        if (error < 0) {
          throw new UserFacingException(
              name + " line " + line + ": no error column (mae, error or rmse) in the header "
                  + InputEcho.oneLine(names.toString()) + "; name the column to fit with --error-column");
        }
      }
      int repetition = -1;
      String repetitionName = "repetition";
      for (String candidate : REPETITION_COLUMNS) {
        if (lower.contains(candidate)) {
          repetition = lower.indexOf(candidate);
          repetitionName = candidate;
          break;
        }
      }
      return new Header(
          n, error, errorName, lower.indexOf("m"), lower.indexOf("strategy"), repetition,
          repetitionName);
    }

    RowValues values(String file, int line, List<String> fields) {
      Cells cells = new Cells(file, line, fields);
      long n = cells.wholeNumber(nColumn, "n", "the number of simulation rows, e.g. 1000");
      double error = cells.error(errorColumn, errorName);
      int m =
          mColumn < 0
              ? Observation.M_NOT_GIVEN
              : (int) cells.wholeNumber(mColumn, "m", "the number of experimental training samples");
      String strategy = strategyColumn < 0 ? "transfer" : cells.text(strategyColumn, "strategy");
      if (strategy.isEmpty()) {
        strategy = "transfer";
      }
      if (n == 0 || strategy.equalsIgnoreCase(Observation.SCRATCH)) {
        strategy = Observation.SCRATCH;
        n = 0;
      }
      Integer repetition =
          repetitionColumn < 0
              ? null
              : (int) cells.wholeNumber(repetitionColumn, repetitionName, "a repetition number");
      return new RowValues(line, strategy, m, n, repetition, error);
    }
  }
}
