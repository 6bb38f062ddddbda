package org.sim2real.core.scaling.forecast;

import org.sim2real.core.scaling.curve.Estimate;

/**
 * m_eq at one measured n.
 *
 * @param equivalentM m_eq with 90% interval; infinite when the transfer error lies at or below the
 *     scratch floor c (no number of experiments alone reaches it)
 * @param worthExperiments m_eq - m, what pretraining on n simulations is worth in experiments
 * @param extrapolated m_eq lies outside the range of m the baseline was measured at
 */
public record EquivalentExperimentPoint(
    long n, Estimate equivalentM, Estimate worthExperiments, boolean extrapolated) {}
