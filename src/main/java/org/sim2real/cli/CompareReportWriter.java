package org.sim2real.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.sim2real.core.report.ErrorMeasure;
import org.sim2real.core.scaling.curve.Estimate;
import org.sim2real.core.scaling.curve.Format;
import org.sim2real.core.scaling.curve.Observation;
import org.sim2real.core.scaling.forecast.SourceComparison;

/** The text of {@code compare}: per strategy and m a table of the sources, the pairs, a ranking. */
final class CompareReportWriter {
  private final PrintWriter out;
  private final ErrorMeasure measure;

  CompareReportWriter(PrintWriter out, ErrorMeasure measure) {
    this.out = out;
    this.measure = measure;
  }

  void write(Map<String, Path> folders, List<CompareCommand.CurveComparison> comparisons,
      List<String> notes) {
    List<String> named = new ArrayList<>();
    folders.forEach((name, dir) -> named.add(name + " (" + dir + ")"));
    out.println("Simulation sources: " + String.join(", ", named) + ".");
    out.println("Errors: " + measure.name() + (measure.unit() == null ? "" : " in "
        + measure.unit()) + ". Intervals are 90%. Every difference is paired: draw b of every"
        + " source resamples the same repetitions and test rows.");
    for (CompareCommand.CurveComparison c : comparisons) {
      out.println();
      out.println("== " + c.strategy() + ", " + Observation.describeM(c.m()) + " ==");
      writeTable(c.result());
      writePairs("At n = " + Format.size(c.result().commonN()), c.result().atN());
      if (c.result().budget() != null) {
        writePairs("With a budget of " + Format.value(c.result().budget()),
            c.result().atBudget());
      }
      out.println("Ranking: " + c.ranking());
    }
    if (!notes.isEmpty()) {
      out.println();
      out.println("Notes:");
      for (String note : notes) {
        out.println("  - " + note);
      }
    }
  }

  private void writeTable(SourceComparison.Result result) {
    boolean target = result.target() != null;
    boolean budget = result.budget() != null;
    boolean cost = target && result.sources().stream().anyMatch(s -> s.costToTarget() != null);
    List<String> header = new ArrayList<>(List.of("source", "trust", "alpha", "C",
        "error at n = " + Format.size(result.commonN())));
    if (target) {
      header.add("n* for " + measure.value(result.target()));
      if (cost) {
        header.add("cost of n*");
      }
    }
    if (budget) {
      header.add("rows for " + Format.value(result.budget()));
      header.add("error with " + Format.value(result.budget()));
    }
    List<List<String>> rows = new ArrayList<>();
    rows.add(header);
    boolean flagged = false;
    for (SourceComparison.SourceResult s : result.sources()) {
      List<String> row = new ArrayList<>(List.of(s.name(), s.trust().level().label(),
          Format.withInterval(s.alpha()), error(s.floor()), error(s.errorAtN())));
      if (target) {
        Estimate n = s.requiredN();
        row.add(n == null ? "-" : Double.isNaN(n.value()) ? "unreachable"
            : Format.sizeWithInterval(n));
        if (cost) {
          Estimate c = s.costToTarget();
          row.add(c == null || Double.isNaN(c.value()) ? "-" : Format.sizeWithInterval(c));
        }
      }
      if (budget && s.budget() != null) {
        row.add(Format.size(s.budget().rows()));
        String e = error(s.budget().error());
        if (s.budget().beyondSensibleExtrapolation()) {
          e += " *";
          flagged = true;
        }
        row.add(e);
      }
      rows.add(row);
    }
    int[] widths = new int[header.size()];
    for (List<String> row : rows) {
      for (int i = 0; i < row.size(); i++) {
        widths[i] = Math.max(widths[i], row.get(i).length());
      }
    }
    for (List<String> row : rows) {
      StringBuilder line = new StringBuilder(" ");
      for (int i = 0; i < row.size(); i++) {
        line.append(' ').append(row.get(i)).append(" ".repeat(widths[i] - row.get(i).length()))
            .append(i + 1 < row.size() ? " |" : "");
      }
      out.println(line.toString().stripTrailing());
    }
    if (flagged) {
      out.println("  * the budget buys more than " + Format.size(
          org.sim2real.core.scaling.forecast.Forecaster.STOP_FACTOR) + "x the largest measured n:"
          + " beyond any sensible extrapolation.");
    }
  }

  private String error(Estimate e) {
    if (Double.isNaN(e.value())) {
      return "n/a";
    }
    return measure.value(e.value()) + (e.interval().isKnown() ? " (90%: "
        + Format.error(e.lower()) + " to " + Format.error(e.upper()) + ")" : " (no interval)");
  }

  private void writePairs(String where, List<SourceComparison.Pair> pairs) {
    out.println(where + ":");
    for (SourceComparison.Pair p : pairs) {
      out.println("  " + p.sentence(measure::value));
    }
  }
}
