package org.sim2real.core.report;

import org.sim2real.core.scaling.curve.Observation;
import org.sim2real.core.scaling.fit.CurveAnalysis;

/** Names one learning curve of an analysis: a transfer strategy at one experimental size m. */
public record CurveKey(String strategy, int m) {
  public CurveKey {
    if (strategy.isBlank()) {
      throw new IllegalArgumentException("a curve needs a strategy name");
    }
  }

  public static CurveKey of(CurveAnalysis curve) {
    return new CurveKey(curve.strategy(), curve.m());
  }

  public boolean matches(CurveAnalysis curve) {
    return strategy.equals(curve.strategy()) && m == curve.m();
  }

  /** "finetune, m = 3683", or just "finetune" when the table has no m. */
  public String label() {
    return m == Observation.M_NOT_GIVEN ? strategy : strategy + ", " + Observation.describeM(m);
  }

  @Override
  public String toString() {
    return label();
  }
}
