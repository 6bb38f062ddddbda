package org.sim2real.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import org.sim2real.core.report.ErrorMeasure;
import org.sim2real.core.scaling.curve.Format;
import org.sim2real.core.scaling.curve.Interval;
import org.sim2real.core.scaling.curve.PointSummary;
import org.sim2real.core.scaling.fit.CurveAnalysis;
import org.sim2real.core.scaling.fit.ExcludedPoint;
import org.sim2real.core.scaling.fit.FitOptions;
import org.sim2real.core.scaling.fit.GoodnessOfFit;
import org.sim2real.core.scaling.fit.ModelComparison;
import org.sim2real.core.scaling.fit.ModelScore;
import org.sim2real.core.scaling.fit.NegativeTransfer;
import org.sim2real.core.scaling.fit.ParameterEstimate;
import org.sim2real.core.scaling.fit.Residual;
import org.sim2real.core.scaling.fit.ScalingAnalysis;
import org.sim2real.core.scaling.fit.ScratchCurveFit;
import org.sim2real.core.scaling.fit.ScratchPoint;
import org.sim2real.core.scaling.fit.TransferGain;
import org.sim2real.core.scaling.fit.TwoDimensionalFit;

/** Plain-text rendering of a {@link ScalingAnalysis} for the {@code fit} command. */
final class FitReportWriter {
  private final PrintWriter out;
  private final ErrorMeasure error;
  private final CurveNames names;

  FitReportWriter(PrintWriter out, ErrorMeasure error, CurveNames names) {
    this.out = out;
    this.error = error;
    this.names = names;
  }

  void write(ScalingAnalysis analysis) {
    FitOptions o = analysis.options();
    out.printf(Locale.ROOT, "Scaling analysis of %s: %d curve(s); %d bootstrap resamples, seed %d,"
        + " %s fit%n", analysis.source(), analysis.curves().size(), o.bootstrapResamples(), o.seed(),
        o.weighted() ? "inverse-variance weighted" : "unweighted");
    out.println("Intervals are 90% bootstrap intervals over repetitions"
        + (analysis.curves().stream().allMatch(CurveAnalysis::testRowsIncluded)
            ? " and the rows of the test set." : " only (see the notes: the test set's sampling"
                + " error is missing)."));
    if (error.unit() != null) {
      out.println("Errors (" + error.name() + "), the law's D and C and every error change are in "
          + error.unit() + ".");
    }
    for (CurveAnalysis curve : analysis.curves()) {
      out.println();
      writeCurve(curve);
    }
    ScratchCurveFit scratch = analysis.scratchCurve();
    if (scratch != null) {
      out.println();
      writeScratch(scratch);
    }
    for (TwoDimensionalFit fit : analysis.twoDimensional()) {
      out.println();
      out.println("== Two-dimensional law, " + names.strategy(fit.strategy()) + " ==");
      out.println(fit.trust().sentence());
      out.println(fit.lawSentence() + "  (" + fit.points() + " (n, m) cells, m = "
          + fit.mValues() + ", R2 in log space " + fixed(fit.r2Log()) + ")");
      writeParameters(fit.parameters());
      out.println("  " + fit.bootstrap().sentence());
    }
    if (!analysis.notes().isEmpty()) {
      out.println();
      out.println("Notes:");
      analysis.notes().forEach(n -> out.println("  - " + n));
    }
  }

  private void writeCurve(CurveAnalysis c) {
    out.println("== " + names.label(c) + " ==");
    out.println(c.trust().sentence());
    if (c.fit() != null) {
      out.println("Law: " + c.lawSentence() + "  (" + c.fit().form().label() + ")");
      writeParameters(c.parameters());
      if (c.bootstrap() != null) {
        out.println("  " + c.bootstrap().sentence());
      }
      if (c.extrapolation() != null) {
        out.println("Extrapolation: " + c.extrapolation().sentence());
      }
    }
    if (c.window() != null) {
      out.println("Window: " + c.window().sentence());
      for (ExcludedPoint p : c.window().excluded()) {
        out.printf(Locale.ROOT, "  left out n = %s: %s%n", Format.size(p.n()), p.reason());
      }
    }
    out.println("Regime: " + c.regime().sentence());
    PointSummary base = c.regime().baseline();
    if (base != null) {
      out.println("Scratch baseline: " + Format.error(base.mean()) + interval(base.interval())
          + ", " + base.repetitions() + " repetitions");
    }
    writePoints(c);
    if (c.comparison() != null) {
      writeComparison(c.comparison());
    }
    GoodnessOfFit g = c.goodness();
    if (g != null) {
      out.println("Goodness of fit: " + g.sentence());
    }
    out.println("Back-test: " + c.backTests().sentence());
    if (!c.lawBackTests().isEmpty()) {
      out.println("  This law's form forecast " + c.lawBackTests().hits() + " of "
          + c.lawBackTests().tests().size() + " later sizes within its band from the latest"
          + " earlier sizes (what its grade rests on; `backtest` lists every forecast).");
    }
    List<String> others = c.trust().concerns();
    if (!others.isEmpty()) {
      out.println("Other concerns:");
      others.forEach(s -> out.println("  - " + s));
    }
    c.notes().forEach(s -> out.println("Note: " + s));
  }

  private void writeParameters(List<ParameterEstimate> parameters) {
    for (ParameterEstimate p : parameters) {
      out.printf(Locale.ROOT, "  %-6s = %s%n", p.name(), Format.withInterval(p.estimate()));
    }
  }

  private void writePoints(CurveAnalysis c) {
    boolean gains = !c.regime().gains().isEmpty();
    out.printf(Locale.ROOT, "  %9s  %-7s %-17s %4s  %-7s %-9s %s%n", "n", "mean", "90% interval",
        "reps", "fitted", "residual", gains ? "gain over scratch (90%)" : "");
    for (int j = 0; j < c.points().size(); j++) {
      PointSummary p = c.points().get(j);
      Residual r = residualAt(c, p.n());
      String gain = "";
      if (gains) {
        TransferGain g = c.regime().gains().get(j);
        gain = Format.withInterval(g.gain()).replace("(90%: ", "(").replace(" to ", "..")
            + flag(g.negativeTransfer());
      }
      out.printf(Locale.ROOT, "  %9s  %-7s %-17s %4d  %-7s %-9s %s%n", Format.size(p.n()),
          Format.error(p.mean()), range(p.interval()), p.repetitions(),
          r == null ? "-" : Format.error(r.fitted()), r == null ? "(out)" : Format.value(r.residual()),
          gain);
    }
  }

  private static String flag(NegativeTransfer negative) {
    return switch (negative) {
      case NONE -> "";
      case POSSIBLE -> "  possible negative transfer";
      case SIGNIFICANT -> "  NEGATIVE TRANSFER";
    };
  }

  private static Residual residualAt(CurveAnalysis c, long n) {
    if (c.goodness() == null) {
      return null;
    }
    return c.goodness().residuals().stream().filter(r -> r.n() == n).findFirst().orElse(null);
  }

  private void writeComparison(ModelComparison comparison) {
    out.println("Model comparison (AICc, k parameters, N sizes):");
    out.printf(Locale.ROOT, "  %-24s %2s %3s %10s %8s %7s  %s%n", "form", "k", "N", "AICc", "dAICc",
        "R2_log", "parameters");
    for (ModelScore s : comparison.scores()) {
      String params = s.fit() == null ? "fit failed" : parameters(s);
      out.printf(Locale.ROOT, "  %-24s %2d %3d %10s %8s %7s  %s%n", s.form().label(), s.parameters(),
          s.points(), s.aiccDefined() ? fixed(s.aicc()) : "undefined",
          s.aiccDefined() ? fixed(s.deltaAicc()) : "-", fixed(s.r2Log()), params);
    }
    out.println("  " + comparison.sentence());
  }

  private static String parameters(ModelScore s) {
    StringBuilder b = new StringBuilder();
    List<String> names = s.form().parameterNames();
    for (int i = 0; i < names.size(); i++) {
      b.append(i == 0 ? "" : ", ").append(names.get(i)).append(" = ")
          .append(Format.value(s.fit().parameter(i)));
    }
    return b.toString();
  }

  private void writeScratch(ScratchCurveFit scratch) {
    out.println("== Scratch learning curve (experiments only) ==");
    out.println(scratch.trust().sentence());
    out.println(scratch.lawSentence() + "  (" + scratch.goodness().sentence().replaceAll("\\.$", "")
        + ")");
    writeParameters(scratch.parameters());
    out.println("  " + scratch.bootstrap().sentence());
    for (ScratchPoint p : scratch.points()) {
      out.printf(Locale.ROOT, "  m = %-8d mean %s %s, %d repetitions%n", p.m(), Format.error(p.mean()),
          range(p.interval()), p.repetitions());
    }
  }

  static String range(Interval i) {
    return i.isKnown() ? Format.error(i.lower()) + ".." + Format.error(i.upper()) : "(no interval)";
  }

  static String interval(Interval i) {
    return i.isKnown() ? " (90%: " + Format.error(i.lower()) + " to " + Format.error(i.upper()) + ")"
        : " (no interval)";
  }

  static String fixed(double v) {
    return Double.isNaN(v) ? "n/a" : String.format(Locale.ROOT, "%.3f", v);
  }
}
