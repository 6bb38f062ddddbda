package org.sim2real.core.scaling.forecast;

import java.util.List;
import org.sim2real.core.scaling.fit.TrustAssessment;
import org.sim2real.core.scaling.fit.TrustLevel;

/**
 * The equivalent experimental sample size m_eq(n): the number of experiments that trained alone
 * reach the error of transfer at n, from E0(m_eq) = E(n, m) with the scratch learning curve.
 *
 * @param available false when E0(m) was not fitted (fewer than 3 m values of the baseline); then
 *     points is empty and the sentence says why
 * @param trust the grade of the m_eq at the largest n: E0's own grade, lowered when m_eq lies
 *     beyond the m values the baseline was measured at (read off an extrapolated E0)
 */
public record EquivalentExperiments(
    boolean available, List<EquivalentExperimentPoint> points, TrustAssessment trust,
    String sentence) {
  public EquivalentExperiments {
    points = List.copyOf(points);
  }

  static EquivalentExperiments unavailable(String why) {
    return new EquivalentExperiments(false, List.of(),
        new TrustAssessment(TrustLevel.DO_NOT_EXTRAPOLATE, why, List.of()), why);
  }
}
