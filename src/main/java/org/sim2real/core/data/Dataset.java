package org.sim2real.core.data;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The usable rows of one imported file, stored column-wise in plain arrays: the representation
 * values per row (one string per representation column; descriptor values in canonical
 * {@link Double#toString} form), the target, the line the row came from, a normalized key for
 * matching the same material across files, and optional id and group. Immutable.
 *
 * <p>Keys: {@code Composition.normalizedKey()} for formulas, {@code MoleculeParser.canonical()}
 * for SMILES, both joined with " | " for pairs, and the values rounded to 6 significant digits
 * joined with "," for descriptors.
 */
public final class Dataset {
  /** Separator of the two keys of a pair. */
  public static final String PAIR_SEPARATOR = " | ";

  private final String fileName;
  private final @Nullable String path;
  private final ColumnRoles roles;
  private final ImportOptions options;
  private final String[][] representations; // [representation column][row]
  private final double[] targets;
  private final int[] lines;
  private final @Nullable String[] keys;
  private final @Nullable String @Nullable [] ids;
  private final @Nullable String @Nullable [] groups;

  Dataset(String fileName, @Nullable String path, ColumnRoles roles, ImportOptions options,
      String[][] representations, double[] targets, int[] lines, @Nullable String[] keys,
      @Nullable String @Nullable [] ids, @Nullable String @Nullable [] groups) {
    int n = targets.length;
    if (lines.length != n || keys.length != n || (ids != null && ids.length != n)
        || (groups != null && groups.length != n)
        || representations.length != roles.representations().size()) {
      throw new IllegalArgumentException("column arrays of different lengths");
    }
    for (String[] column : representations) {
      if (column.length != n) {
        throw new IllegalArgumentException("representation column of length " + column.length
            + ", expected " + n);
      }
    }
    this.fileName = fileName;
    this.path = path;
    this.roles = roles;
    this.options = options;
    this.representations = representations;
    this.targets = targets;
    this.lines = lines;
    this.keys = keys;
    this.ids = ids;
    this.groups = groups;
  }

  /** The file name shown to the user, e.g. "exp_gap.csv". */
  public String fileName() {
    return fileName;
  }

  /** The path the file was read from, if it came from a file. */
  public @Nullable String path() {
    return path;
  }

  public ColumnRoles roles() {
    return roles;
  }

  public ImportOptions options() {
    return options;
  }

  /** Number of usable rows. */
  public int size() {
    return targets.length;
  }

  /** The representation values of a row, one per representation column. */
  public List<String> representation(int row) {
    List<String> values = new ArrayList<>(representations.length);
    for (String[] column : representations) {
      values.add(column[row]);
    }
    return values;
  }

  /** One representation value: column index in {@link ColumnRoles#representations()}. */
  public String representation(int row, int column) {
    return representations[column][row];
  }

  public double target(int row) {
    return targets[row];
  }

  /** All targets in row order (a copy). */
  public double[] targets() {
    return targets.clone();
  }

  /** The line (text) or row number (Excel) in the source file, 1-based. */
  public int line(int row) {
    return lines[row];
  }

  /** Normalized key for matching across files; see the class comment. */
  public @Nullable String key(int row) {
    return keys[row];
  }

  public @Nullable String id(int row) {
    return ids == null ? null : ids[row];
  }

  public @Nullable String group(int row) {
    return groups == null ? null : groups[row];
  }

  /** The rows at the given indices, in that order (for subsets and splits). */
  public Dataset subset(int[] rows) {
    String[][] reps = new String[representations.length][rows.length];
    double[] t = new double[rows.length];
    int[] l = new int[rows.length];
    String[] k = new String[rows.length];
    String[] i = ids == null ? null : new String[rows.length];
    String[] g = groups == null ? null : new String[rows.length];
    for (int j = 0; j < rows.length; j++) {
      int r = rows[j];
      for (int c = 0; c < reps.length; c++) {
        reps[c][j] = representations[c][r];
      }
      t[j] = targets[r];
      l[j] = lines[r];
      k[j] = keys[r];
      if (i != null) {
        i[j] = ids[r];
      }
      if (g != null) {
        g[j] = groups[r];
      }
    }
    return new Dataset(fileName, path, roles, options, reps, t, l, k, i, g);
  }

  @Override
  public String toString() {
    return "Dataset[" + fileName + ", " + size() + " rows, " + roles.describe() + ", lines "
        + (size() == 0 ? "-" : lines[0] + ".." + lines[size() - 1]) + "]"
        + (size() <= 3 ? Arrays.toString(targets) : "");
  }
}
