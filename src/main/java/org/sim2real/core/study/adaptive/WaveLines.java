package org.sim2real.core.study.adaptive;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A wave of an adaptive study in plain lines, as the terminal prints them and the Run step lists
 * them: the answer and its interval, the compute spent, the chosen cells with their reasons and
 * the projected compute to the requested precision, or the verdict that ends the study.
 */
public final class WaveLines {
  private WaveLines() {}

  public static List<String> of(WaveReport report) {
    List<String> lines = new ArrayList<>();
    WaveDecision d = report.decision();
    QuestionAnswer answer = d.answer();
    lines.add(String.format(Locale.ROOT, "== Wave %d%s: %s", report.wave(),
        report.fromLedger() ? " (from the ledger)" : "",
        answer == null ? "nothing measured yet" : answer.sentence()));
    lines.add(String.format(Locale.ROOT, "   spent %s of the full grid's compute (%d cells%s)",
        percent(report.spentFraction()), d.spentCells(),
        Double.isFinite(report.secondsSpent())
            ? String.format(Locale.ROOT, ", %.1f CPU-min", report.secondsSpent() / 60) : ""));
    if (d.verdict().ends()) {
      lines.add("Verdict: " + d.sentence());
      return lines;
    }
    Map<String, List<WaveGroup>> byReason = new LinkedHashMap<>();
    for (WaveDecision.Choice c : d.choices()) {
      byReason.computeIfAbsent(c.reason(), r -> new ArrayList<>()).add(c.group());
    }
    for (Map.Entry<String, List<WaveGroup>> e : byReason.entrySet()) {
      lines.add("   + " + e.getKey() + (e.getValue().size() > 1 && report.wave() == 1
          ? ": " + e.getValue().stream().map(WaveGroup::describe).toList() : ""));
    }
    double projected = report.projectedSecondsToPrecision();
    if (Double.isFinite(projected)) {
      lines.add(String.format(Locale.ROOT, "   projected to the requested precision: about %.1f"
          + " CPU-min more (if the interval narrows as 1/sqrt(compute))", projected / 60));
    } else if (Double.isFinite(d.projectedCost())) {
      lines.add(String.format(Locale.ROOT, "   projected to the requested precision: about %s of"
          + " the full grid more (if the interval narrows as 1/sqrt(compute))",
          percent(d.projectedCost() / d.fullCost())));
    }
    return lines;
  }

  private static String percent(double share) {
    return String.format(Locale.ROOT, "%.1f%%", 100 * share);
  }
}
