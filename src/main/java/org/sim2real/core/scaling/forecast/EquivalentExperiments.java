package org.sim2real.core.scaling.forecast;

import java.util.List;

/**
 * The equivalent experimental sample size m_eq(n): the number of experiments that trained alone
 * reach the error of transfer at n, from E0(m_eq) = E(n, m) with the scratch learning curve.
 *
 * @param available false when E0(m) was not fitted (fewer than 3 m values of the baseline); then
 *     points is empty and the sentence says why
 */
public record EquivalentExperiments(
    boolean available, List<EquivalentExperimentPoint> points, String sentence) {
  public EquivalentExperiments {
    points = List.copyOf(points);
  }
}
