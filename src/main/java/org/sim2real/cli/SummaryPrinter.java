package org.sim2real.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.sim2real.core.report.ErrorMeasure;
import org.sim2real.core.scaling.curve.LearningCurve;
import org.sim2real.core.scaling.curve.StudyResults;
import org.sim2real.core.scaling.curve.LearningCurveTable;
import org.sim2real.core.scaling.curve.PointSummary;
import org.sim2real.core.scaling.curve.StudyDraws;
import org.sim2real.core.study.ResultTables;
import org.sim2real.core.study.StudyOutcome;

/**
 * Prints the mean error per strategy, m and n with intervals and the scratch baseline, and the
 * cells a run left out for lack of memory.
 */
final class SummaryPrinter {
  private SummaryPrinter() {}

  static void print(PrintWriter out, Path resultsDirectory) {
    print(out, resultsDirectory, null);
  }

  /**
   * The summary of a run, ending with the cells it left out for lack of memory and what to do,
   * when {@code memory} is not null (the table above then lacks them).
   */
  static void print(PrintWriter out, Path resultsDirectory,
      StudyOutcome.@Nullable MemoryShortfall memory) {
    printTable(out, resultsDirectory);
    if (memory != null) {
      out.printf(Locale.ROOT, "%nIncomplete: %,d cell%s did not fit in memory and %s not in the"
          + " ledger:%n", memory.cells().size(), memory.cells().size() == 1 ? "" : "s",
          memory.cells().size() == 1 ? "is" : "are");
      out.println("  ran out of memory: " + String.join(", ", memory.ranOut()));
      if (!memory.skipped().isEmpty()) {
        out.println("  not started (n as large or larger): " + String.join(", ",
            memory.skipped()));
      }
      out.println(memory.advice());
    }
    out.flush();
  }

  private static void printTable(PrintWriter out, Path resultsDirectory) {
    if (!Files.exists(resultsDirectory.resolve(ResultTables.CELLS))) {
      return;
    }
    LearningCurveTable table = StudyResults.read(resultsDirectory, null);
    if (table.observations().isEmpty()) {
      return;
    }
    StudyDraws resampler = new StudyDraws(table, 1000, 7);
    String unit = ErrorMeasure.studyUnit(resultsDirectory);
    String inUnit = unit == null ? "" : " in " + unit;
    CurveNames names = CurveNames.of(resultsDirectory);
    for (String strategy : table.transferStrategies()) {
      for (int m : table.mValues(strategy)) {
        Optional<LearningCurve> curve = table.curve(strategy, m);
        Optional<LearningCurve> base = table.baseline(m);
        if (curve.isEmpty()) {
          continue;
        }
        double scratch = base.map(b -> b.mean(0)).orElse(Double.NaN);
        out.printf(Locale.ROOT,
            "%n%s, m = %d: test MAE%s (mean over repetitions, 90%% interval)%s%n",
            names.strategy(strategy), m, inUnit, Double.isNaN(scratch) ? ""
                : String.format(Locale.ROOT, "; scratch baseline %.4f", scratch));
        out.printf(Locale.ROOT, "%10s  %8s  %19s  %8s%n", "n", "MAE", "90% interval", "vs scratch");
        for (PointSummary p : PointSummary.of(curve.get(), resampler)) {
          String interval = p.interval().isKnown()
              ? String.format(Locale.ROOT, "%.4f - %.4f", p.interval().lower(), p.interval().upper())
              : "(one repetition)";
          // a shard may hold no scratch cells: then there is nothing to compare with yet
          String versus = Double.isNaN(scratch) ? "-"
              : String.format(Locale.ROOT, "%+.4f", p.mean() - scratch);
          out.printf(Locale.ROOT, "%,10d  %8.4f  %19s  %8s%n", p.n(), p.mean(), interval, versus);
        }
      }
    }
    out.flush();
  }
}
