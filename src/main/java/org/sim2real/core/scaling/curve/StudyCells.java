package org.sim2real.core.scaling.curve;

import java.io.BufferedReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.sim2real.core.io.InputEcho;
import org.sim2real.core.io.UserFacingException;
import org.sim2real.core.table.HeaderAndRows;
import org.sim2real.core.table.TableFile;

/**
 * The cells of a study's {@code cells.csv} by id, with what the table says about each beyond its
 * error: whether the cell's pretraining loss had flattened when pretraining stopped (columns
 * {@value #PRETRAIN_CONVERGED} and {@value #PRETRAIN_LOSS_IMPROVEMENT}, written by the study
 * engine; empty for scratch cells, tabular models and runs too short to judge). Tables written
 * before the workbench recorded convergence lack the two columns: every flag is then null. The
 * error itself is read by {@link LearningCurveReader}; both read the same file.
 *
 * <p>Typical use, next to the learning curve of a results folder:
 *
 * <pre>{@code
 * StudyCells cells = StudyCells.read(resultsFolder);
 * Boolean flat = cells.cell("finetune", 3683, 100_000, 2).map(StudyCells.Cell::pretrainConverged)
 *     .orElse(null);
 * Optional<TestErrors> errors = TestErrorsFile.read(resultsFolder, cells.cellIds());
 * }</pre>
 */
public final class StudyCells {
  public static final String CELL_ID = "cell_id";
  public static final String PRETRAIN_CONVERGED = "pretrain_converged";
  public static final String PRETRAIN_LOSS_IMPROVEMENT = "pretrain_loss_improvement";

  /**
   * One finished cell.
   *
   * @param pretrainConverged true when the pretraining loss had flattened (improved by less than
   *     2% over the last tenth of the steps), false when it was still falling, null when unknown
   *     or not applicable
   * @param pretrainLossImprovement that relative improvement; null exactly when the flag is
   */
  public record Cell(CellId id, @Nullable Boolean pretrainConverged,
      @Nullable Double pretrainLossImprovement) {
    public Cell {
      Objects.requireNonNull(id, "id");
      if ((pretrainConverged == null) != (pretrainLossImprovement == null)) {
        throw new IllegalArgumentException("the flag and the improvement go together");
      }
    }
  }

  private final Map<CellId, Cell> cells;
  private final boolean recordsConvergence;

  private StudyCells(Map<CellId, Cell> cells, boolean recordsConvergence) {
    this.cells = cells;
    this.recordsConvergence = recordsConvergence;
  }

  /**
   * Reads {@code DIR/cells.csv} of a results folder, or the given table. A table without a
   * {@value #CELL_ID} column (a plain learning-curve table, not a study's) gives no cells.
   *
   * @throws UserFacingException when the file is missing or unreadable, or a cell id or flag is
   *     malformed (the message names file, line and column)
   */
  public static StudyCells read(Path resultsFolderOrCellsCsv) {
    Path file = Files.isDirectory(resultsFolderOrCellsCsv)
        ? resultsFolderOrCellsCsv.resolve("cells.csv") : resultsFolderOrCellsCsv;
    if (!Files.isRegularFile(file)) {
      throw new UserFacingException(file + " does not exist: give a study results folder or its"
          + " cells.csv");
    }
    Rows rows = new Rows(TableFile.displayName(file));
    TableFile.read(file, null, null, rows);
    return rows.cells();
  }

  /** Parses CSV text as {@link #read} does; {@code name} is used in messages. */
  static StudyCells parse(String name, BufferedReader reader) {
    Rows rows = new Rows(name);
    TableFile.read(name, reader, null, rows);
    return rows.cells();
  }

  /** The rows of cells.csv as {@code core.table} streams them. */
  private static final class Rows extends HeaderAndRows {
    private final String name;
    private final Map<CellId, Cell> cells = new LinkedHashMap<>();
    private int idColumn = -1;
    private int convergedColumn = -1;
    private int improvementColumn = -1;
    private boolean recordsConvergence;

    Rows(String name) {
      this.name = name;
    }

    @Override
    protected void header(List<String> names, int line) {
      List<String> header = names.stream().map(c -> c.toLowerCase(Locale.ROOT)).toList();
      idColumn = header.indexOf(CELL_ID);
      convergedColumn = header.indexOf(PRETRAIN_CONVERGED);
      improvementColumn = header.indexOf(PRETRAIN_LOSS_IMPROVEMENT);
      recordsConvergence = idColumn >= 0 && convergedColumn >= 0 && improvementColumn >= 0;
    }

    @Override
    protected void row(List<String> fields, int lineNumber) {
      if (idColumn < 0) {
        return; // not a study's table: no cells
      }
      Cells row = new Cells(name, lineNumber, fields);
      String idText = row.text(idColumn, CELL_ID);
      CellId id = CellId.parse(idText).orElseThrow(() -> new UserFacingException(name + " line "
          + lineNumber + ", column " + (idColumn + 1) + " (" + CELL_ID + "): "
          + InputEcho.quote(idText) + " is not a cell id such as finetune/n=100/m=50/r=0"));
      Boolean converged = null;
      Double improvement = null;
      if (recordsConvergence) {
        converged = flag(name, lineNumber, convergedColumn, row.text(convergedColumn,
            PRETRAIN_CONVERGED));
        improvement = improvement(name, lineNumber, improvementColumn,
            row.text(improvementColumn, PRETRAIN_LOSS_IMPROVEMENT));
        if ((converged == null) != (improvement == null)) {
          throw new UserFacingException(name + " line " + lineNumber + ": " + PRETRAIN_CONVERGED
              + " and " + PRETRAIN_LOSS_IMPROVEMENT + " are both given or both empty");
        }
      }
      if (cells.putIfAbsent(id, new Cell(id, converged, improvement)) != null) {
        throw new UserFacingException(name + " line " + lineNumber + ": cell " + id
            + " is listed twice; a study's cells.csv lists each cell once");
      }
    }

    StudyCells cells() {
      return new StudyCells(cells, recordsConvergence);
    }
  }

  private static @Nullable Boolean flag(String name, int line, int column, String text) {
    return switch (text.strip().toLowerCase(Locale.ROOT)) {
      case "" -> null;
      case "true" -> Boolean.TRUE;
      case "false" -> Boolean.FALSE;
      default -> throw new UserFacingException(name + " line " + line + ", column " + (column + 1)
          + " (" + PRETRAIN_CONVERGED + "): " + InputEcho.quote(text) + " is not true, false or"
          + " empty");
    };
  }

  private static @Nullable Double improvement(String name, int line, int column, String text) {
    if (text.isBlank()) {
      return null;
    }
    double value;
    try {
      value = Double.parseDouble(text.strip());
    } catch (NumberFormatException e) {
      value = Double.NaN;
    }
    if (!Double.isFinite(value)) {
      throw new UserFacingException(name + " line " + line + ", column " + (column + 1) + " ("
          + PRETRAIN_LOSS_IMPROVEMENT + "): " + InputEcho.quote(text) + " is not a finite number"
          + " or empty");
    }
    return value;
  }

  /** Every cell, in file order. */
  public List<Cell> cells() {
    return List.copyOf(cells.values());
  }

  /** The ids ({@link CellId#text()}) of every cell: the finished cells of the table. */
  public Set<String> cellIds() {
    Set<String> ids = new LinkedHashSet<>();
    for (CellId id : cells.keySet()) {
      ids.add(id.text());
    }
    return ids;
  }

  /**
   * The cell of a (strategy, m, n, repetition), as {@link Observation} numbers them (n = 0 for
   * the scratch baseline).
   */
  public Optional<Cell> cell(String strategy, int m, long n, int repetition) {
    return CellId.parse(strategy + "/n=" + n + "/m=" + m + "/r=" + repetition)
        .map(cells::get);
  }

  /**
   * True when the table has the convergence columns (written by a workbench that records
   * pretraining convergence); false for older tables, whose flags are all null.
   */
  public boolean recordsConvergence() {
    return recordsConvergence;
  }
}
