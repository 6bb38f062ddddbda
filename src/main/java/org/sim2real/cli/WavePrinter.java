package org.sim2real.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sim2real.core.study.adaptive.QuestionAnswer;
import org.sim2real.core.study.adaptive.WaveDecision;
import org.sim2real.core.study.adaptive.WaveGroup;
import org.sim2real.core.study.adaptive.WaveListener;
import org.sim2real.core.study.adaptive.WaveReport;

/**
 * Prints an adaptive study's waves: the answer so far with its interval, the chosen cells with the
 * reason, the compute spent and projected, and the verdict.
 */
final class WavePrinter implements WaveListener {
  private final PrintWriter out;

  WavePrinter(PrintWriter out) {
    this.out = out;
  }

  @Override
  public void wave(WaveReport report) {
    WaveDecision d = report.decision();
    QuestionAnswer answer = d.answer();
    out.printf(Locale.ROOT, "== Wave %d%s: %s%n", report.wave(),
        report.fromLedger() ? " (from the ledger)" : "",
        answer == null ? "nothing measured yet" : answer.sentence());
    out.printf(Locale.ROOT, "   spent %s of the full grid's compute (%d cells%s)%n",
        percent(report.spentFraction()), d.spentCells(),
        Double.isFinite(report.secondsSpent())
            ? String.format(Locale.ROOT, ", %.1f CPU-min", report.secondsSpent() / 60) : "");
    if (d.verdict().ends()) {
      out.println("Verdict: " + d.sentence());
      out.flush();
      return;
    }
    Map<String, List<WaveGroup>> byReason = new LinkedHashMap<>();
    for (WaveDecision.Choice c : d.choices()) {
      byReason.computeIfAbsent(c.reason(), r -> new ArrayList<>()).add(c.group());
    }
    for (Map.Entry<String, List<WaveGroup>> e : byReason.entrySet()) {
      out.println("   + " + e.getKey() + (e.getValue().size() > 1 && report.wave() == 1
          ? ": " + e.getValue().stream().map(WaveGroup::describe).toList() : ""));
    }
    double projected = report.projectedSecondsToPrecision();
    if (Double.isFinite(projected)) {
      out.printf(Locale.ROOT, "   projected to the requested precision: about %.1f CPU-min more"
          + " (if the interval narrows as 1/sqrt(compute))%n", projected / 60);
    } else if (Double.isFinite(d.projectedCost())) {
      out.printf(Locale.ROOT, "   projected to the requested precision: about %s of the full grid"
          + " more (if the interval narrows as 1/sqrt(compute))%n",
          percent(d.projectedCost() / d.fullCost()));
    }
    out.flush();
  }

  private static String percent(double share) {
    return String.format(Locale.ROOT, "%.1f%%", 100 * share);
  }
}
