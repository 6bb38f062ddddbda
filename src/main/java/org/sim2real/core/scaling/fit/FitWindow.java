package org.sim2real.core.scaling.fit;

import java.util.List;

/**
 * The range of n a law was fitted over (src/site/SCIENCE.md, "Fit window").
 *
 * @param low smallest fitted n
 * @param high largest fitted n
 * @param sizes the fitted sizes, ascending
 * @param userChosen the user set the window; otherwise the workbench proposed it
 * @param passedChecks the window's law passed goodness of fit (R2 in log space, residual pattern,
 *     residuals within the measured noise); false when it did not or no law was fitted
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

  /** This window with the outcome of the goodness-of-fit checks of its law. */
  public FitWindow withPassedChecks(boolean passed) {
    return new FitWindow(low, high, sizes, userChosen, passed, excluded, sentence);
  }

  /** Decades of n the window spans. */
  public double decades() {
    return Math.log10((double) high / low);
  }

  public boolean contains(long n) {
    return n >= low && n <= high;
  }
}
