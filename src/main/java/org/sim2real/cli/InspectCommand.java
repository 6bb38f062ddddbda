package org.sim2real.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.sim2real.core.data.DatasetImporter;
import org.sim2real.core.data.DatasetOverlap;
import org.sim2real.core.data.ImportOptions;
import org.sim2real.core.data.ImportResult;
import org.sim2real.core.data.ImportWarning;
import org.sim2real.core.data.Rejection;
import org.sim2real.core.data.RoleOverrides;
import org.sim2real.core.data.TargetStatistics;
import org.sim2real.core.data.ValidationReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code inspect FILE}: reads a table file the way the workbench would and prints what it found
 * (format, column roles and why, row counts, the first rejected rows, warnings, target
 * statistics, optionally the overlap with a simulation file), as text or JSON.
 */
@Command(
    name = "inspect",
    mixinStandardHelpOptions = true,
    description =
        "Reads a CSV/TSV/xlsx (optionally .gz) table like the workbench import does and reports"
            + " its format, column roles, usable and rejected rows, warnings and target statistics.",
    sortOptions = false)
public final class InspectCommand implements Callable<Integer> {
  static final int REJECTIONS_SHOWN = 10;
  private static final int COLUMNS_SHOWN = 30;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE", description = "the table file to inspect")
  Path file;

  @Option(names = "--json", description = "print the report as JSON")
  boolean json;

  @CommandLine.Mixin ImportFlags flags = new ImportFlags();

  @Option(names = "--against", paramLabel = "SIM_FILE",
      description = "a simulation file: report the materials FILE shares with it and the raw"
          + " MAE of its mean values against FILE's")
  @Nullable Path against;

  @Override
  public Integer call() {
    ImportOptions options = flags.options();
    RoleOverrides overrides = flags.overrides();
    ImportResult result = DatasetImporter.importFile(file, options, overrides);
    OverlapSummary overlap = null;
    if (against != null) {
      ImportOptions otherOptions = ImportOptions.defaults()
          .withDuplicates(options.duplicates()).withConflictTolerance(flags.conflictTolerance);
      ImportResult other = DatasetImporter.importFile(against, otherOptions, RoleOverrides.none());
      overlap = OverlapSummary.of(other, result);
    }
    InspectReport report = InspectReport.of(file.toString(), result, overlap);
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      JsonMapper mapper = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
      out.println(mapper.writeValueAsString(report));
    } else {
      printText(out, report, result);
    }
    out.flush();
    return ExitCodes.OK;
  }

  private static void printText(PrintWriter out, InspectReport r, ImportResult result) {
    ValidationReport report = result.report();
    out.println("File:    " + r.file());
    out.println("Format:  " + r.format().description());
    List<String> shown = r.columns().stream().limit(COLUMNS_SHOWN).map(Rejection::shortName)
        .toList();
    out.println("Columns: " + String.join(", ", shown) + (r.columns().size() > shown.size()
        ? ", ... (" + fmt(r.columns().size()) + " columns)" : ""));
    out.println("Roles:   " + result.roles().roles().describe());
    for (String why : r.roles().explanations()) {
      out.println("  - " + why);
    }
    out.println("Rows:    " + report.counts()
        + (report.datasetRows() != report.usableRows()
            ? "; " + fmt(report.datasetRows()) + " rows in the dataset after averaging" : ""));
    if (report.rejectedRows() > 0) {
      out.println("Rejected rows (first " + Math.min(REJECTIONS_SHOWN, report.rejectedRows())
          + " of " + fmt(report.rejectedRows()) + "):");
      for (Rejection rej : report.firstRejections(REJECTIONS_SHOWN)) {
        out.println("  line " + rej.line()
            + (rej.column() == null ? "" : ", column '" + Rejection.shortName(rej.column()) + "'")
            + (rej.value() == null ? "" : ", value '" + rej.value() + "'")
            + ": " + rej.detail());
      }
    }
    if (!report.warnings().isEmpty()) {
      out.println("Warnings:");
      for (ImportWarning w : report.warnings()) {
        out.println("  - " + w.message());
      }
    }
    InspectReport.Target t = r.target();
    TargetStatistics s = t.statistics();
    out.println("Target '" + t.column() + "': " + (s == null ? "no usable values"
        : String.format(Locale.ROOT, "count %s, mean %.4g, std %.4g, min %.4g, q1 %.4g,"
            + " median %.4g, q3 %.4g, max %.4g, zeros %.1f%%", fmt(s.count()), s.mean(), s.std(),
            s.min(), s.q1(), s.median(), s.q3(), s.max(), 100 * s.zeroShare())));
    OverlapSummary o = r.overlap();
    if (o != null) {
      out.println("Overlap with " + o.against() + " (same normalized key):");
      out.println("  " + fmt(o.sharedKeys()) + " shared keys; " + fmt(o.rowsCovered()) + " of "
          + fmt(o.rows()) + " rows of this file covered; " + fmt(o.otherRowsCovered()) + " of "
          + fmt(o.otherRows()) + " rows of " + o.against() + " covered");
      if (o.rawMae() != null) {
        out.println(String.format(Locale.ROOT, "  raw MAE (simulation mean vs this file) %.4f;"
            + " mean difference (simulation - this file) %+.4f", o.rawMae(),
            o.meanSignedDifference()));
      }
    }
  }

  static String fmt(long n) {
    return String.format(Locale.ROOT, "%,d", n);
  }

  /** The overlap part of the report: FILE is compared with the simulation file. */
  record OverlapSummary(String against, int sharedKeys, int rowsCovered, int rows,
      int otherRowsCovered, int otherRows, @Nullable Double rawMae,
      @Nullable Double meanSignedDifference) {
    static OverlapSummary of(ImportResult simulation, ImportResult experiment) {
      DatasetOverlap o = DatasetOverlap.between(simulation.dataset(), experiment.dataset());
      DatasetOverlap reverse = DatasetOverlap.between(experiment.dataset(), simulation.dataset());
      return new OverlapSummary(simulation.dataset().fileName(), o.sharedKeys(),
          o.experimentRowsCovered(), experiment.dataset().size(),
          reverse.experimentRowsCovered(), simulation.dataset().size(),
          InspectReport.finite(o.rawMae()), InspectReport.finite(o.meanSignedDifference()));
    }
  }
}
