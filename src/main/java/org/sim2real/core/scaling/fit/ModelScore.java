package org.sim2real.core.scaling.fit;

import org.jspecify.annotations.Nullable;

/**
 * One row of the AICc table.
 *
 * @param fit the fit of this form on the window, or null when it failed
 * @param parameters k, the number of fitted curve parameters
 * @param points N, the number of fitted sizes
 * @param aicc N ln(SS/N) + 2k + 2k(k+1)/(N-k-1); NaN when undefined (N <= k+1) or the fit failed
 * @param deltaAicc AICc minus the smallest AICc of the table (0 for the preferred form), NaN if
 *     undefined
 * @param r2Log R2 in log space of this form
 */
public record ModelScore(
    LawForm form,
    @Nullable LawFit fit,
    int parameters,
    int points,
    double aicc,
    double deltaAicc,
    double r2Log) {

  public boolean aiccDefined() {
    return !Double.isNaN(aicc);
  }
}
