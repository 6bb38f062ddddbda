package org.sim2real.core.scaling.fit;

import java.util.List;

/**
 * A trust level with a one-sentence reason, plus every other concern found (most serious first).
 */
public record TrustAssessment(TrustLevel level, String reason, List<String> concerns) {
  public TrustAssessment {
    concerns = List.copyOf(concerns);
  }

  /** e.g. "Trust: do not extrapolate. Back-test missed badly: ...". */
  public String sentence() {
    return "Trust: " + level.label() + ". " + reason;
  }
}
