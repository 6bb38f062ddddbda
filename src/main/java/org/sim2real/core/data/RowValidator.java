package org.sim2real.core.data;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;

/**
 * Checks every row of a raw table against the column roles: representation values must parse,
 * the target must be a finite number. A row fails on its first problem, in the order of the
 * representation columns and then the target; the rejection names the line, the column, the
 * value and the reason. The rows are checked in chunks, in parallel, and put back in file order,
 * so the result does not depend on the number of threads.
 */
final class RowValidator {
  /** Rows per chunk; small files are checked on one thread. */
  private static final int CHUNK_ROWS = 65_536;

  /** The accepted rows of a range (indices into the raw table), their values and keys. */
  static final class Accepted {
    int count;
    int[] rows;
    String[][] representations;
    String[] keys;
    double[] targets;
    final List<Rejection> rejections = new ArrayList<>();
    final WarningTally warnings = new WarningTally();

    Accepted(int capacity, int representationColumns) {
      rows = new int[capacity];
      representations = new String[representationColumns][capacity];
      keys = new String[capacity];
      targets = new double[capacity];
    }
  }

  private final RawTable table;
  private final ColumnRoles roles;
  private final boolean decimalComma;
  private final int[] repColumns;
  private final int targetColumn;
  /** One checker per representation column (null for descriptors), shared by all chunks. */
  private final @Nullable RepresentationChecker[] checkers;

  RowValidator(RawTable table, ColumnRoles roles, ImportOptions options) {
    this.table = table;
    this.roles = roles;
    this.decimalComma = options.decimalComma();
    this.repColumns = roles.representationColumns().stream().mapToInt(table::columnIndex)
        .toArray();
    this.targetColumn = table.columnIndex(roles.target());
    this.checkers = new RepresentationChecker[repColumns.length];
    for (int j = 0; j < repColumns.length; j++) {
      if (roles.kind(j).isText()) {
        checkers[j] = new RepresentationChecker(roles.kind(j));
      }
    }
  }

  /** Validates all rows; the result lists accepted rows in file order. */
  Accepted validateAll() {
    return validateAll(CheckMonitor.NONE);
  }

  /**
   * Validates all rows, telling {@code monitor} how far it has come.
   *
   * @throws CancellationException when the monitor asked to stop
   */
  Accepted validateAll(CheckMonitor monitor) {
    int n = table.rowCount();
    int chunks = Math.max(1, (n + CHUNK_ROWS - 1) / CHUNK_ROWS);
    AtomicInteger checked = new AtomicInteger();
    List<Accepted> parts = IntStream.range(0, chunks).parallel()
        .mapToObj(c -> validate(c * CHUNK_ROWS, Math.min(n, (c + 1) * CHUNK_ROWS), monitor,
            checked))
        .toList();
    if (parts.size() == 1) {
      return parts.get(0);
    }
    int total = parts.stream().mapToInt(p -> p.count).sum();
    Accepted all = new Accepted(total, repColumns.length);
    for (Accepted p : parts) {
      System.arraycopy(p.rows, 0, all.rows, all.count, p.count);
      for (int j = 0; j < repColumns.length; j++) {
        System.arraycopy(p.representations[j], 0, all.representations[j], all.count, p.count);
      }
      System.arraycopy(p.keys, 0, all.keys, all.count, p.count);
      System.arraycopy(p.targets, 0, all.targets, all.count, p.count);
      all.count += p.count;
      all.rejections.addAll(p.rejections);
      all.warnings.addAll(p.warnings);
    }
    return all;
  }

  private Accepted validate(int from, int to, CheckMonitor monitor, AtomicInteger checked) {
    Accepted out = new Accepted(to - from, repColumns.length);
    NumberReader numbers = new NumberReader(decimalComma);
    String[] values = new String[repColumns.length];
    String[] keyParts = new String[repColumns.length];
    List<String> warnings = new ArrayList<>();
    rows:
    for (int r = from; r < to; r++) {
      if (r > from && (r - from) % CheckMonitor.ROWS_PER_BLOCK == 0) {
        if (monitor.isCancelled()) {
          throw new CancellationException("Checking the rows of " + table.fileName()
              + " was cancelled");
        }
        monitor.checked(checked.addAndGet(CheckMonitor.ROWS_PER_BLOCK), table.rowCount());
      }
      int line = table.line(r);
      warnings.clear();
      for (int j = 0; j < repColumns.length; j++) {
        String v = table.value(r, repColumns[j]).strip();
        String column = roles.representations().get(j).column();
        RepresentationChecker checker = checkers[j];
        if (checker == null) {
          int status = numbers.read(v);
          if (status != NumberReader.OK) {
            out.rejections.add(reject(line, column, v, status == NumberReader.MISSING
                ? RejectionReason.MISSING_REPRESENTATION
                : RejectionReason.NON_NUMERIC_DESCRIPTOR,
                ImportMessages.descriptorProblem(status, v)));
            continue rows;
          }
          values[j] = Double.toString(numbers.value());
          keyParts[j] = String.format(Locale.ROOT, "%.6g", numbers.value());
          continue;
        }
        if (v.isEmpty()) {
          out.rejections.add(reject(line, column, v, RejectionReason.MISSING_REPRESENTATION,
              ImportMessages.missingRepresentation(roles.kind(j).label())));
          continue rows;
        }
        RepresentationChecker.Outcome o = checker.check(v);
        if (!o.ok()) {
          out.rejections.add(reject(line, column, v, o.reason(), o.detail()));
          continue rows;
        }
        values[j] = o.value();
        keyParts[j] = o.key();
        warnings.addAll(o.warnings());
      }
      String t = table.value(r, targetColumn).strip();
      int status = numbers.read(t);
      if (status != NumberReader.OK) {
        RejectionReason reason = switch (status) {
          case NumberReader.MISSING -> RejectionReason.MISSING_TARGET;
          case NumberReader.NOT_FINITE -> RejectionReason.NON_FINITE_TARGET;
          default -> RejectionReason.NON_NUMERIC_TARGET;
        };
        out.rejections.add(reject(line, roles.target(), t, reason,
            ImportMessages.targetProblem(status, t, decimalComma)));
        continue;
      }
      int k = out.count++;
      out.rows[k] = r;
      for (int j = 0; j < values.length; j++) {
        out.representations[j][k] = values[j];
      }
      out.keys[k] = key(keyParts);
      out.keys[k].hashCode(); // cached in the String: the duplicate check then hashes nothing
      out.targets[k] = numbers.value();
      for (String w : warnings) {
        out.warnings.add(w.contains("charge") ? "ionic charge removed"
            : w.contains("'*'") ? "polymer SMILES without '*'" : "formula warning", line, w);
      }
    }
    return out;
  }

  private String key(String[] parts) {
    if (parts.length == 1) {
      return parts[0];
    }
    return roles.isDescriptors() ? String.join(",", parts)
        : String.join(Dataset.PAIR_SEPARATOR, parts);
  }

  private Rejection reject(int line, String column, String value, RejectionReason reason,
      @Nullable String detail) {
    return new Rejection(table.fileName(), line, column, Rejection.shorten(value), reason,
        detail == null ? reason.label() : detail);
  }

  /** The accepted rows' ids or groups (stripped; empty -> null), or null without that role. */
  @Nullable String @Nullable [] optionalColumn(@Nullable String column, Accepted accepted) {
    if (column == null) {
      return null;
    }
    int c = table.columnIndex(column);
    String[] out = new String[accepted.count];
    for (int k = 0; k < accepted.count; k++) {
      String v = table.value(accepted.rows[k], c).strip();
      out[k] = v.isEmpty() ? null : v;
    }
    return out;
  }

  /** Lines of the accepted rows. */
  int[] lines(Accepted accepted) {
    int[] lines = new int[accepted.count];
    for (int k = 0; k < accepted.count; k++) {
      lines[k] = table.line(accepted.rows[k]);
    }
    return Arrays.copyOf(lines, accepted.count);
  }
}
