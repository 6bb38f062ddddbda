package org.sim2real.core.data;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Applies a {@link DuplicatePolicy} to the validated rows: finds rows whose key repeats (the
 * first occurrence is the reference) and keeps, drops, averages or rejects them. Deterministic:
 * works in file order.
 */
final class DuplicateResolver {
  /** Which rows stay, their (possibly averaged) targets, and what to report. */
  record Resolution(boolean[] keep, double[] targets, List<Rejection> rejections,
      List<ImportWarning> warnings) {}

  private DuplicateResolver() {}

  static Resolution resolve(String fileName, ColumnRoles roles, RowValidator.Accepted rows,
      int[] lines, ImportOptions options) {
    int n = rows.count;
    int[] first = new int[n];
    // grows with the distinct keys rather than the rows: a smaller table stays in cache
    Map<String, Integer> seen = new HashMap<>();
    int extra = 0;
    int repeatedKeys = 0;
    int[] occurrences = new int[n];
    for (int i = 0; i < n; i++) {
      Integer f = seen.get(rows.keys[i]); // get before put: no boxing for repeated keys
      if (f == null) {
        seen.put(rows.keys[i], i);
      }
      first[i] = f == null ? i : f;
      if (f != null) {
        extra++;
        if (occurrences[f]++ == 0) {
          repeatedKeys++;
        }
      }
    }
    boolean[] keep = new boolean[n];
    Arrays.fill(keep, true);
    double[] targets = Arrays.copyOf(rows.targets, n);
    List<Rejection> rejections = new ArrayList<>();
    List<ImportWarning> warnings = new ArrayList<>();
    String column = String.join(" + ", roles.representationColumns());
    String counts = ImportLimits.format(repeatedKeys)
        + (repeatedKeys == 1 ? " key occurs" : " keys occur")
        + " more than once (" + ImportLimits.format(extra) + (extra == 1 ? " extra row)"
            : " extra rows)");
    if (extra == 0) {
      return new Resolution(keep, targets, rejections, warnings);
    }
    switch (options.duplicates()) {
      case KEEP_ALL -> warnings.add(new ImportWarning("duplicate keys", extra, counts
          + "; all rows kept (duplicates: keep-all)"));
      case KEEP_FIRST -> {
        for (int i = 0; i < n; i++) {
          if (first[i] != i) {
            keep[i] = false;
            rejections.add(new Rejection(fileName, lines[i], column, shown(rows, i),
                RejectionReason.DUPLICATE_DROPPED, "duplicate key (first occurrence kept): key '"
                    + Rejection.shorten(rows.keys[i]) + "' first seen on line "
                    + lines[first[i]]));
          }
        }
      }
      case MEAN -> {
        double[] sum = new double[n];
        int[] count = new int[n];
        for (int i = 0; i < n; i++) {
          sum[first[i]] += rows.targets[i];
          count[first[i]]++;
        }
        for (int i = 0; i < n; i++) {
          keep[i] = first[i] == i;
          if (keep[i]) {
            targets[i] = sum[i] / count[i];
          }
        }
        warnings.add(new ImportWarning("duplicate keys", extra, counts + "; "
            + ImportLimits.format(extra + repeatedKeys) + " rows averaged into "
            + ImportLimits.format(repeatedKeys) + " (duplicates: mean)"));
      }
      case REJECT_CONFLICTS -> {
        double tolerance = options.conflictTolerance();
        int agreeing = 0;
        for (int i = 0; i < n; i++) {
          int f = first[i];
          if (f == i) {
            continue;
          }
          if (Math.abs(rows.targets[i] - rows.targets[f]) > tolerance) {
            keep[i] = false;
            rejections.add(new Rejection(fileName, lines[i], column, shown(rows, i),
                RejectionReason.DUPLICATE_CONFLICT, "duplicate key with a conflicting value: key '"
                    + Rejection.shorten(rows.keys[i]) + "' has target "
                    + NumberReader.display(rows.targets[i]) + " here but "
                    + NumberReader.display(rows.targets[f]) + " on line " + lines[f]
                    + " (tolerance " + NumberReader.display(tolerance) + ")"));
          } else {
            agreeing++;
          }
        }
        if (agreeing > 0) {
          warnings.add(new ImportWarning("duplicate keys", agreeing, counts + "; "
              + ImportLimits.format(agreeing) + " repeated rows agree with the first occurrence"
              + " within " + NumberReader.display(tolerance) + " and are kept"
              + " (duplicates: reject)"));
        }
      }
      default -> throw new IllegalStateException("unhandled policy " + options.duplicates());
    }
    return new Resolution(keep, targets, rejections, warnings);
  }

  private static String shown(RowValidator.Accepted rows, int i) {
    StringBuilder sb = new StringBuilder();
    for (String[] column : rows.representations) {
      sb.append(sb.isEmpty() ? "" : Dataset.PAIR_SEPARATOR).append(column[i]);
    }
    return Rejection.shorten(sb.toString());
  }
}
