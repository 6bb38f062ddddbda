package org.sim2real.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.sim2real.core.data.ColumnRoles;
import org.sim2real.core.table.DetectedFormat;
import org.sim2real.core.data.ImportResult;
import org.sim2real.core.data.ImportWarning;
import org.sim2real.core.data.RepresentationColumn;
import org.sim2real.core.data.TargetStatistics;
import org.sim2real.core.data.ValidationReport;

/** What {@code inspect} reports, as records that Jackson writes as JSON in this shape. */
record InspectReport(
    String file,
    Format format,
    List<String> columns,
    Roles roles,
    Rows rows,
    List<RejectedRow> firstRejections,
    List<ImportWarning> warnings,
    Target target,
    InspectCommand.@Nullable OverlapSummary overlap) {

  record Format(String container, boolean gzip, @Nullable String encoding,
      @Nullable String delimiter, boolean delimiterDetected, @Nullable String sheet,
      String description) {}

  record Roles(List<RepresentationColumn> representations, String target, @Nullable String id,
      @Nullable String group, List<String> explanations) {}

  record Rows(int read, int usable, int rejected, int datasetRows,
      Map<String, Integer> rejectedByReason) {}

  record RejectedRow(int line, @Nullable String column, @Nullable String value, String reason,
      String message) {}

  /** Statistics of the usable targets; null when no row is usable. */
  record Target(String column, @Nullable TargetStatistics statistics) {}

  static InspectReport of(String file, ImportResult result,
      InspectCommand.@Nullable OverlapSummary overlap) {
    DetectedFormat f = result.format();
    ColumnRoles roles = result.roles().roles();
    ValidationReport report = result.report();
    Map<String, Integer> byReason = new LinkedHashMap<>();
    report.countsByReason().forEach((reason, n) -> byReason.put(reason.label(), n));
    List<RejectedRow> rejected = report.firstRejections(InspectCommand.REJECTIONS_SHOWN).stream()
        .map(r -> new RejectedRow(r.line(), r.column(), r.value(), r.reason().label(),
            r.message()))
        .toList();
    TargetStatistics stats = TargetStatistics.of(result.dataset().targets());
    return new InspectReport(
        file,
        new Format(f.container().name(), f.gzip(), f.encoding(),
            f.delimiter() == null ? null : String.valueOf(f.delimiter()), f.delimiterDetected(),
            f.sheet(), f.describe()),
        result.columns(),
        new Roles(roles.representations(), roles.target(), roles.id(), roles.group(),
            result.roles().explanations()),
        new Rows(report.rowsRead(), report.usableRows(), report.rejectedRows(),
            report.datasetRows(), byReason),
        rejected,
        report.warnings(),
        new Target(roles.target(), stats.count() == 0 ? null : stats),
        overlap);
  }

  static @Nullable Double finite(double v) {
    return Double.isFinite(v) ? v : null;
  }
}
