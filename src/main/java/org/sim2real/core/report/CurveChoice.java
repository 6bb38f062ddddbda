package org.sim2real.core.report;

import java.util.Comparator;
import java.util.List;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.sim2real.core.io.UserFacingException;
import org.sim2real.core.scaling.curve.Observation;
import org.sim2real.core.scaling.fit.CurveAnalysis;
import org.sim2real.core.scaling.fit.ScalingAnalysis;

/**
 * Which curve a memo or the Forecast screen is about when the user did not say: one with a fitted
 * law, at the largest m (the lab's real situation: every experiment used), with the best trust,
 * then the lowest error at the largest n.
 */
public final class CurveChoice {
  private CurveChoice() {}

  /**
   * @param strategy only this strategy, or null for any
   * @param m only this m, or null for any
   * @throws UserFacingException when no curve matches; the message lists the curves there are
   */
  public static CurveAnalysis choose(
      ScalingAnalysis analysis, @Nullable String strategy, @Nullable Integer m) {
    List<CurveAnalysis> matching = analysis.curves().stream()
        .filter(c -> strategy == null || c.strategy().equals(strategy))
        .filter(c -> m == null || c.m() == m)
        .toList();
    if (matching.isEmpty()) {
      throw new UserFacingException(analysis.source() + " has no curve for "
          + (strategy == null ? "any strategy" : "strategy '" + strategy + "'")
          + (m == null ? "" : " at m = " + m) + "; it has " + available(analysis));
    }
    return matching.stream().min(preference()).orElseThrow();
  }

  /**
   * The preferred of some curves (those shown on a chart, say), or null when there are none: the
   * Scaling step's primary curve is the Forecast step's default one.
   */
  public static @Nullable CurveAnalysis preferred(List<CurveAnalysis> curves) {
    return curves.stream().min(preference()).orElse(null);
  }

  static Comparator<CurveAnalysis> preference() {
    return Comparator.<CurveAnalysis, Boolean>comparing(c -> c.fit() == null)
        .thenComparing(Comparator.comparingInt(CurveAnalysis::m).reversed())
        .thenComparing(c -> c.trust().level())
        .thenComparingDouble(c -> c.points().get(c.points().size() - 1).mean());
  }

  /** "finetune (m = 200, 1000), frozen (m = 200)", or "transfer (m not given)". */
  static String available(ScalingAnalysis analysis) {
    return analysis.curves().stream()
        .collect(Collectors.groupingBy(CurveAnalysis::strategy, TreeMap::new,
            Collectors.mapping(c -> String.valueOf(c.m()), Collectors.toList())))
        .entrySet().stream()
        .map(e -> e.getKey() + (e.getValue().contains(String.valueOf(Observation.M_NOT_GIVEN))
            ? " (m not given)" : " (m = " + String.join(", ", e.getValue()) + ")"))
        .collect(Collectors.joining(", "));
  }
}
