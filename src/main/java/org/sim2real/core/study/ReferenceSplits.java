package org.sim2real.core.study;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.sim2real.core.io.AtomicFiles;
import org.sim2real.core.io.UntrustedJson;
import org.sim2real.core.io.UserFacingException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The exact rows of the PyTorch reference implementation (s2r_reference.py, protocol bandgap-v1),
 * read from the splits.json it writes, so that both implementations can be compared on identical
 * data. The reference numbers parsed rows 0.. in file order; its {@code exp_rows}/{@code sim_rows}
 * give their file row indices (data rows after the header), which are mapped to this study's
 * rows through the line numbers of the import.
 */
final class ReferenceSplits implements Splits {
  private static final JsonMapper JSON = UntrustedJson.mapperBuilder(false).build();
  private static final UntrustedJson.DocumentKind SPLITS = new UntrustedJson.DocumentKind(
      "splits file", "a splits.json of the reference implementation",
      "Choose the splits.json that s2r_reference.py writes.",
      file -> "Choose the splits.json that s2r_reference.py writes.",
      file -> " Choose the splits.json that s2r_reference.py writes.");

  private final int[] testRows;
  private final int poolSize;
  private final int[][] experimentalOrder;
  private final int[][] simulationOrder;

  private ReferenceSplits(int[] testRows, int poolSize, int[][] experimentalOrder,
      int[][] simulationOrder) {
    this.testRows = testRows;
    this.poolSize = poolSize;
    this.experimentalOrder = experimentalOrder;
    this.simulationOrder = simulationOrder;
  }

  static ReferenceSplits read(Path file, PreparedDataset sim, PreparedDataset exp) {
    JsonNode root;
    try {
      if (Files.size(file) > UntrustedJson.MAX_DOCUMENT_BYTES) {
        throw new UserFacingException("splitsFile " + file + " is larger than a splits.json can be ("
            + UntrustedJson.MAX_DOCUMENT_BYTES / (1024 * 1024) + " MB)");
      }
      root = JSON.readTree(Files.readAllBytes(file));
    } catch (StreamConstraintsException e) {
      throw UntrustedJson.syntaxError(e, file, SPLITS);
    } catch (JacksonException e) {
      throw new UserFacingException("splitsFile " + file + " is not a readable splits.json: "
          + firstLine(e.getOriginalMessage()));
    } catch (IOException e) {
      throw new UserFacingException("Cannot read the splitsFile " + file + ": "
          + AtomicFiles.describe(e));
    }
    try {
      int[] expFileRows = fileRows(root.path("exp_rows"));
      int[] simFileRows = fileRows(root.path("sim_rows"));
      Map<Integer, Integer> expRow = rowsByFileRow(exp);
      Map<Integer, Integer> simRow = rowsByFileRow(sim);
      int[] test = map(list(root, "test", ""), expFileRows, expRow, file, "test");
      int poolSize = list(root, "pool", "").size();
      JsonNode reps = list(root, "reps", "");
      int[][] expOrder = new int[reps.size()][];
      int[][] simOrder = new int[reps.size()][];
      for (int r = 0; r < reps.size(); r++) {
        JsonNode rep = reps.get(r);
        String where = "reps[" + r + "].";
        expOrder[r] = map(list(rep, "exp_train", where), expFileRows, expRow, file, "exp_train");
        simOrder[r] = map(list(rep, "sim_perm_prefix", where), simFileRows, simRow, file,
            "sim_perm_prefix");
      }
      return new ReferenceSplits(test, poolSize, expOrder, simOrder);
    } catch (IllegalArgumentException e) {
      throw new UserFacingException("splitsFile " + file + ": " + e.getMessage());
    } catch (JacksonException e) {
      throw new UserFacingException("splitsFile " + file + " is not a splits.json of the reference"
          + " implementation: " + firstLine(e.getOriginalMessage()));
    }
  }

  /** The list {@code node.field}, or a message naming what is missing. */
  private static JsonNode list(JsonNode node, String field, String where) {
    JsonNode value = node.isObject() ? node.get(field) : null;
    if (value == null || !value.isArray()) {
      throw new IllegalArgumentException("no list '" + where + field + "' (is this the splits.json"
          + " that s2r_reference.py writes?)");
    }
    return value;
  }

  private static String firstLine(String message) {
    int end = message.indexOf('\n');
    return end < 0 ? message : message.substring(0, end);
  }

  /** File row index (0 = first data row) -> prepared feature row. */
  private static Map<Integer, Integer> rowsByFileRow(PreparedDataset data) {
    Map<Integer, Integer> byFileRow = new HashMap<>();
    for (int i = 0; i < data.rows(); i++) {
      int line = data.dataset().line(data.datasetRows()[i]);
      byFileRow.put(line - 2, i); // line 1 is the header
    }
    return byFileRow;
  }

  private static int[] fileRows(JsonNode node) {
    if (node.isMissingNode() || node.isString()) {
      return new int[0]; // "identity": parsed index == file row index
    }
    int[] rows = new int[node.size()];
    for (int i = 0; i < rows.length; i++) {
      if (!node.isArray() || !node.get(i).isIntegralNumber() || !node.get(i).canConvertToInt()) {
        throw new IllegalArgumentException("a row list holds something other than row numbers");
      }
      rows[i] = node.get(i).asInt();
    }
    return rows;
  }

  private static int[] map(JsonNode indices, int[] fileRows, Map<Integer, Integer> rowOf, Path file,
      String field) {
    int[] rows = new int[indices.size()];
    for (int i = 0; i < rows.length; i++) {
      if (!indices.get(i).isIntegralNumber() || !indices.get(i).canConvertToInt()) {
        throw new IllegalArgumentException(field + "[" + i + "] is not a row index");
      }
      int parsed = indices.get(i).asInt();
      int fileRow = fileRows.length == 0 ? parsed : fileRows[checkIndex(parsed, fileRows.length, field)];
      Integer row = rowOf.get(fileRow);
      if (row == null) {
        throw new IllegalArgumentException(field + " refers to data row " + fileRow
            + " (line " + (fileRow + 2) + "), which is not usable in this study's import");
      }
      rows[i] = row;
    }
    return rows;
  }

  private static int checkIndex(int index, int size, String field) {
    if (index < 0 || index >= size) {
      throw new IllegalArgumentException(field + " holds index " + index + " outside 0.." + (size - 1));
    }
    return index;
  }

  /**
   * Checks that the file holds {@code repetitions} repetitions with at least {@code maxN}
   * simulation rows and {@code maxM} experimental training rows each.
   *
   * @throws UserFacingException naming what to change otherwise
   */
  void checkCovers(int repetitions, int maxN, int maxM) {
    checkRepetition(repetitions - 1);
    for (int r = 0; r < repetitions; r++) {
      if (maxN > simulationOrder[r].length || maxM > experimentalOrder[r].length) {
        simulationRows(r, maxN);
        experimentalTrainingRows(r, maxM);
      }
    }
  }

  @Override
  public int[] testRows() {
    return testRows.clone();
  }

  @Override
  public int poolSize() {
    return poolSize;
  }

  @Override
  public int[] experimentalTrainingRows(int repetition, int m) {
    int[] order = experimentalOrder[checkRepetition(repetition)];
    if (m < 1 || m > order.length) {
      throw new UserFacingException("m = " + m + " is not available in the reference splits ("
          + order.length + " training rows per repetition)");
    }
    return Arrays.copyOf(order, m);
  }

  @Override
  public int[] simulationRows(int repetition, int n) {
    int[] order = simulationOrder[checkRepetition(repetition)];
    if (n < 1 || n > order.length) {
      throw new UserFacingException("n = " + n + " is larger than the reference splits' "
          + order.length + " simulation rows per repetition; use the reference's sizes");
    }
    return Arrays.copyOf(order, n);
  }

  private int checkRepetition(int repetition) {
    if (repetition < 0 || repetition >= experimentalOrder.length) {
      throw new UserFacingException("the reference splits hold " + experimentalOrder.length
          + " repetitions; repetition " + (repetition + 1) + " was requested (use --reps "
          + experimentalOrder.length + " or fewer)");
    }
    return repetition;
  }
}
