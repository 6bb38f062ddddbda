package org.sim2real.core.data;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.sim2real.core.table.TableLimits;

/**
 * Everything an import did not take, and why: one {@link Rejection} per unusable row (in line
 * order), counts per reason, totals, and warnings that did not reject anything.
 *
 * <p>Totals: {@code rowsRead = usableRows + rejectedRows} (blank rows are not rows; they appear
 * as a warning). {@code datasetRows} is the size of the dataset, which is smaller than
 * {@code usableRows} only when duplicates are averaged.
 */
public final class ValidationReport {
  private final String fileName;
  private final int rowsRead;
  private final int datasetRows;
  private final List<Rejection> rejections;
  private final List<ImportWarning> warnings;

  ValidationReport(String fileName, int rowsRead, int datasetRows, List<Rejection> rejections,
      List<ImportWarning> warnings) {
    List<Rejection> sorted = new ArrayList<>(rejections);
    sorted.sort(Comparator.comparingInt(Rejection::line));
    this.fileName = fileName;
    this.rowsRead = rowsRead;
    this.datasetRows = datasetRows;
    this.rejections = List.copyOf(sorted);
    this.warnings = List.copyOf(warnings);
  }

  public String fileName() {
    return fileName;
  }

  /** Data rows in the file (header and blank rows excluded). */
  public int rowsRead() {
    return rowsRead;
  }

  /** Rows that passed validation. */
  public int usableRows() {
    return rowsRead - rejections.size();
  }

  public int rejectedRows() {
    return rejections.size();
  }

  /** Rows in the resulting dataset (fewer than usable rows when duplicates were averaged). */
  public int datasetRows() {
    return datasetRows;
  }

  /** Every unusable row, in line order. */
  public List<Rejection> rejections() {
    return rejections;
  }

  /** The first {@code n} rejections. */
  public List<Rejection> firstRejections(int n) {
    return rejections.subList(0, Math.min(n, rejections.size()));
  }

  /** Rejected rows per reason, in the order of {@link RejectionReason}; only reasons that occur. */
  public Map<RejectionReason, Integer> countsByReason() {
    Map<RejectionReason, Integer> counts = new EnumMap<>(RejectionReason.class);
    for (Rejection r : rejections) {
      counts.merge(r.reason(), 1, Integer::sum);
    }
    return counts;
  }

  public List<ImportWarning> warnings() {
    return warnings;
  }

  /** e.g. "exp.csv: 4,604 rows read, 4,600 usable, 4 rejected (2 unparseable formula, ...)". */
  public String summary() {
    return fileName + ": " + counts();
  }

  /** The counts part of {@link #summary()}, without the file name. */
  public String counts() {
    StringBuilder sb = new StringBuilder();
    sb.append(TableLimits.format(rowsRead)).append(" rows read, ")
        .append(TableLimits.format(usableRows())).append(" usable, ")
        .append(TableLimits.format(rejectedRows())).append(" rejected");
    Map<RejectionReason, Integer> counts = countsByReason();
    if (!counts.isEmpty()) {
      List<String> parts = new ArrayList<>();
      counts.forEach((reason, n) -> parts.add(TableLimits.format(n) + " " + reason.label()));
      sb.append(" (").append(String.join(", ", parts)).append(')');
    }
    return sb.toString();
  }
}
