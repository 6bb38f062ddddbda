package org.sim2real.core.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.sim2real.core.scaling.curve.Format;
import org.sim2real.core.scaling.fit.CurveAnalysis;
import org.sim2real.core.scaling.fit.ExcludedPoint;
import org.sim2real.core.scaling.fit.FitWindow;
import org.sim2real.core.scaling.fit.NegativeTransfer;
import org.sim2real.core.scaling.fit.TransferGain;

/**
 * One-sentence summaries of a curve for the memo and the Forecast screen: where the law was
 * fitted and which points were left out (and why, in categories rather than per point), and
 * negative transfer.
 */
public final class CurveSummaries {
  /** Beyond this many sizes a group is written as a range "n = 100 to 2,154 (6 sizes)". */
  private static final int LISTED_SIZES = 4;

  private CurveSummaries() {}

  /**
   * "The law was fitted on n = 4,642 to 100,000 (5 sizes, proposed by the workbench); left out:
   * n = 100, 215 and 464: before the last negative transfer and n = 2,154: negative transfer
   * (worse than scratch beyond its interval)."
   */
  public static String windowSentence(CurveAnalysis curve) {
    FitWindow window = curve.window();
    if (window == null || curve.fit() == null) {
      return "No law was fitted to this curve: " + curve.trust().reason();
    }
    String fitted = "The law was fitted on n = " + Format.size(window.low()) + " to "
        + Format.size(window.high()) + " (" + window.sizes().size() + " sizes, "
        + (window.userChosen() ? "chosen by you" : "proposed by the workbench") + ")";
    if (window.excluded().isEmpty()) {
      return fitted + "; no measured point was left out.";
    }
    Map<String, List<Long>> groups = new LinkedHashMap<>();
    for (ExcludedPoint p : window.excluded()) {
      groups.computeIfAbsent(category(p.reason()), k -> new ArrayList<>()).add(p.n());
    }
    List<String> parts = new ArrayList<>();
    groups.forEach((why, sizes) -> parts.add(sizes(sizes) + ": " + why));
    return fitted + "; left out: " + joined(parts) + ".";
  }

  /** The gist of a left-out point's reason; the full reasons are in the fit details. */
  static String category(String reason) {
    if (reason.startsWith("negative transfer")) {
      return "negative transfer (worse than scratch beyond its interval)";
    }
    if (reason.startsWith("before the last negative transfer")) {
      return "before the last negative transfer";
    }
    if (reason.startsWith("outside the chosen window")) {
      return "outside the chosen window";
    }
    return reason;
  }

  private static String sizes(List<Long> sizes) {
    if (sizes.size() == 1) {
      return "n = " + Format.size(sizes.get(0));
    }
    if (sizes.size() <= LISTED_SIZES) {
      List<String> each = sizes.stream().map(Format::size).toList();
      return "n = " + joined(each);
    }
    return "n = " + Format.size(sizes.get(0)) + " to " + Format.size(sizes.get(sizes.size() - 1))
        + " (" + sizes.size() + " sizes)";
  }

  /** "a", "a and b", "a, b and c". */
  static String joined(List<String> items) {
    if (items.size() <= 1) {
      return items.isEmpty() ? "" : items.get(0);
    }
    return String.join(", ", items.subList(0, items.size() - 1)) + " and "
        + items.get(items.size() - 1);
  }

  /**
   * A warning when transfer is worse than scratch beyond its 90% interval at some n (src/site/SCIENCE.md, "Derived quantities":
   * flagged, not hidden), or null when it never is.
   */
  public static @Nullable String negativeTransferWarning(CurveAnalysis curve) {
    List<String> significant = new ArrayList<>();
    List<String> possible = new ArrayList<>();
    for (TransferGain g : curve.regime().gains()) {
      if (g.negativeTransfer() == NegativeTransfer.SIGNIFICANT) {
        significant.add(Format.size(g.n()));
      } else if (g.negativeTransfer() == NegativeTransfer.POSSIBLE) {
        possible.add(Format.size(g.n()));
      }
    }
    if (significant.isEmpty()) {
      return null;
    }
    return "Negative transfer at n = " + joined(significant) + ": there the transfer model is"
        + " worse than training on the experiments alone, beyond the 90% interval"
        + (possible.isEmpty() ? "." : "; possibly also at n = " + joined(possible) + ".");
  }
}
