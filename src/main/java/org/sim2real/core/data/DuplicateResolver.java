package org.sim2real.core.data;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

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
    int[] first = firstOccurrences(rows.keys, n);
    int extra = 0;
    int repeatedKeys = 0;
    int[] occurrences = new int[n];
    for (int i = 0; i < n; i++) {
      int f = first[i];
      if (f != i) {
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
    String counts = ImportMessages.repeatedKeys(repeatedKeys, extra);
    if (extra == 0) {
      return new Resolution(keep, targets, rejections, warnings);
    }
    switch (options.duplicates()) {
      case KEEP_ALL -> warnings.add(new ImportWarning("duplicate keys", extra,
          ImportMessages.duplicatesKept(counts)));
      case KEEP_FIRST -> {
        for (int i = 0; i < n; i++) {
          if (first[i] != i) {
            keep[i] = false;
            rejections.add(new Rejection(fileName, lines[i], column, shown(rows, i),
                RejectionReason.DUPLICATE_DROPPED,
                ImportMessages.duplicateDropped(rows.keys[i], lines[first[i]])));
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
        warnings.add(new ImportWarning("duplicate keys", extra,
            ImportMessages.duplicatesAveraged(counts, extra + repeatedKeys, repeatedKeys)));
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
                RejectionReason.DUPLICATE_CONFLICT, ImportMessages.duplicateConflict(
                    rows.keys[i], rows.targets[i], rows.targets[f], lines[f], tolerance)));
          } else {
            agreeing++;
          }
        }
        if (agreeing > 0) {
          warnings.add(new ImportWarning("duplicate keys", agreeing,
              ImportMessages.duplicatesAgree(counts, agreeing, tolerance)));
        }
      }
      default -> throw new IllegalStateException("unhandled policy " + options.duplicates());
    }
    return new Resolution(keep, targets, rejections, warnings);
  }

  /**
   * For each row, the first row with an equal key. An open-addressing table of (hash, row) pairs
   * in one long each: no boxing, no node objects, one memory access per probe. It grows with the
   * distinct keys rather than the rows, so a table of few keys stays in cache.
   */
  static int[] firstOccurrences(String[] keys, int n) {
    int[] first = new int[n];
    long[] slots = new long[64]; // (hash << 32) | (row + 1); 0 = empty
    int used = 0;
    for (int i = 0; i < n; i++) {
      String key = keys[i];
      int hash = key.hashCode();
      int mask = slots.length - 1;
      int slot = spread(hash) & mask;
      while (true) {
        long entry = slots[slot];
        if (entry == 0) {
          slots[slot] = ((long) hash << 32) | (i + 1L);
          first[i] = i;
          if (++used * 2 > slots.length) {
            slots = grow(slots);
          }
          break;
        }
        int row = (int) entry - 1;
        if ((int) (entry >>> 32) == hash && keys[row].equals(key)) {
          first[i] = row;
          break;
        }
        slot = (slot + 1) & mask;
      }
    }
    return first;
  }

  private static long[] grow(long[] slots) {
    long[] bigger = new long[slots.length * 2];
    int mask = bigger.length - 1;
    for (long entry : slots) {
      if (entry != 0) {
        int slot = spread((int) (entry >>> 32)) & mask;
        while (bigger[slot] != 0) {
          slot = (slot + 1) & mask;
        }
        bigger[slot] = entry;
      }
    }
    return bigger;
  }

  /** Mixes the high bits of a String hash into the low bits the table uses. */
  private static int spread(int hash) {
    int h = hash * 0x9E3779B9;
    return h ^ (h >>> 16);
  }

  private static String shown(RowValidator.Accepted rows, int i) {
    StringBuilder sb = new StringBuilder();
    for (String[] column : rows.representations) {
      sb.append(sb.isEmpty() ? "" : Dataset.PAIR_SEPARATOR).append(column[i]);
    }
    return Rejection.shorten(sb.toString());
  }
}
