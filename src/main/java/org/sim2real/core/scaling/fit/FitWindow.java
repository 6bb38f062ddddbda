package org.sim2real.core.scaling.fit;

import java.util.List;

/**
 * The range of n a law was fitted over (src/site/SCIENCE.md, "Fit window").
 *
 * @param low smallest fitted n
 * @param high largest fitted n
 * @param sizes the fitted sizes, ascending
 * @param userChosen the user set the window; otherwise the workbench proposed it
 * @param passedChecks the window's fit passed goodness of fit (R2 in log space, residual pattern)
 *     and its back-test did not miss badly; false for a fallback proposal
 * @param excluded measured sizes outside the window with reasons
 * @param sentence how the window was chosen
 */
public record FitWindow(
    long low,
    long high,
    List<Long> sizes,
    boolean userChosen,
    boolean passedChecks,
    List<ExcludedPoint> excluded,
    String sentence) {

  public FitWindow {
    sizes = List.copyOf(sizes);
    excluded = List.copyOf(excluded);
  }

  public boolean contains(long n) {
    return n >= low && n <= high;
  }
}
