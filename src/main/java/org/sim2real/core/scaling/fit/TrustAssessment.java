package org.sim2real.core.scaling.fit;

import java.util.List;

/**
 * A trust level with a one-sentence reason, plus every other concern found (most serious first).
 *
 * @param nearDataOnly the law comes from a window too short or too early to carry a long
 *     extrapolation (fewer than 5 sizes, less than a decade, or the regime not established): a
 *     forecast at 10x the largest measured n or beyond is "do not extrapolate"
 */
public record TrustAssessment(
    TrustLevel level, String reason, List<String> concerns, boolean nearDataOnly) {
  public TrustAssessment {
    concerns = List.copyOf(concerns);
  }

  public TrustAssessment(TrustLevel level, String reason, List<String> concerns) {
    this(level, reason, concerns, false);
  }

  /** e.g. "Trust: do not extrapolate. Back-test missed badly: ...". */
  public String sentence() {
    return "Trust: " + level.label() + ". " + reason;
  }
}
