package org.sim2real.core.scaling.fit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.sim2real.core.scaling.curve.Format;
import org.sim2real.core.scaling.curve.LearningCurve;

/**
 * Grades a curve's law from every check the analysis made. Every concern carries a level; the
 * grade is the worst level and its reason the first concern of that level, in the order checked
 * below.
 *
 * <p>DO NOT EXTRAPOLATE: no fit; a single repetition (no uncertainty at all); fewer than 4 sizes in
 * the window; the law fits the window poorly (R2 in log space, a systematic residual pattern, or
 * residuals far beyond the measured noise, chi-square p below 0.1%); more than 30% failed or
 * non-converged refits; transfer never beats scratch; the latest back-test missed badly, or fewer
 * than half of at least 4 back-test forecasts held.
 *
 * <p>CAUTION (and the law is for use near the data only, see {@link
 * TrustAssessment#nearDataOnly()}): fewer than 5 sizes in the window, less than a decade, or the
 * regime not established (transfer beats scratch at fewer than 2 consecutive sizes up to the
 * largest, or no baseline to tell).
 *
 * <p>CAUTION: the latest back-test forecast missed, or fewer than 75% of at least 4 held; residuals beyond the measured noise (p below 1%); 2
 * repetitions; more than 10% failed or bounded refits; the exponential saturation clearly preferred
 * by AICc; a user window that ends below the largest size; the test set's sampling error missing
 * from the intervals; pretraining that had not converged at the largest size.
 */
final class TrustGrader {
  private record Concern(TrustLevel level, String text) {}

  /** What the grader reads besides the curve and its fit. */
  record Checks(
      FitWindow window,
      RegimeAssessment regime,
      @Nullable GoodnessOfFit goodness,
      RollingBackTest backTests,
      @Nullable BootstrapSummary bootstrap,
      @Nullable ModelComparison comparison,
      double minR2Log,
      boolean testRowsIncluded,
      @Nullable String convergenceConcern) {}

  private final List<Concern> concerns = new ArrayList<>();
  private boolean nearDataOnly;

  private TrustGrader() {}

  static TrustAssessment grade(LearningCurve curve, Checks c) {
    TrustGrader g = new TrustGrader();
    TrustLevel stop = TrustLevel.DO_NOT_EXTRAPOLATE;
    TrustLevel caution = TrustLevel.CAUTION;
    GoodnessOfFit goodness = c.goodness();
    if (goodness == null) {
      g.add(stop, "No law could be fitted to these points.");
      return g.result();
    }
    int reps = curve.minRepetitionCount();
    if (reps < 2) {
      g.add(stop, "A single repetition per size gives no uncertainty, so no forecast interval.");
    }
    int sizes = c.window().sizes().size();
    if (sizes < 4) {
      g.add(stop, "Only " + sizes + " sizes in the fit window: a 3-parameter law cannot be checked.");
    }
    if (!goodness.passes(c.minR2Log())) {
      g.add(stop, "The law fits the window poorly: " + goodness.sentence());
    } else if (goodness.chiSquareP() < 0.001) {
      g.add(stop, "The points scatter around the law far more than their measured noise allows: "
          + goodness.sentence());
    } else if (goodness.residualsExceedNoise()) {
      g.add(caution, "The points scatter around the law more than their measured noise allows: "
          + goodness.sentence());
    }
    BootstrapSummary bootstrap = c.bootstrap();
    if (bootstrap != null && bootstrap.failedShare() > 0.3) {
      g.add(stop, Format.percent(bootstrap.failedShare())
          + " of the bootstrap refits failed or did not converge.");
    }
    RegimeAssessment regime = c.regime();
    boolean hasBaseline = regime.baseline() != null && regime.baseline().repetitions() >= 2;
    if (hasBaseline && regime.onset() == null) {
      g.add(stop, "Transfer does not beat the scratch baseline beyond its interval at any measured n.");
    }
    gradeBackTests(g, c.backTests(), sizes);
    if (sizes >= 4 && sizes < 5) {
      g.limit("Only " + sizes + " sizes in the fit window: too few to check a law that forecasts"
          + " far (5 or more are needed).");
    }
    if (c.window().decades() < 1) {
      g.limit("The fit window spans " + String.format(Locale.ROOT, "%.2f", c.window().decades())
          + " decades of n, less than one.");
    }
    if (!hasBaseline) {
      g.limit("Without a scratch baseline with repetitions the workbench cannot tell whether the"
          + " transfer regime has started.");
    } else if (!regime.established()) {
      g.limit("The transfer regime is not established: transfer beats scratch beyond its interval at "
          + regime.regimeSizes() + " consecutive size(s) up to the largest, 2 are needed.");
    }
    if (reps == 2) {
      g.add(caution, "Only 2 repetitions per size: the intervals are rough.");
    }
    if (bootstrap != null && bootstrap.failedShare() <= 0.3
        && bootstrap.failedShare() + bootstrap.atBoundShare() > 0.1) {
      g.add(caution, Format.percent(bootstrap.failedShare() + bootstrap.atBoundShare())
          + " of the bootstrap refits failed or ended with a parameter on a bound: the data pin the"
          + " law down only loosely.");
    }
    if (c.comparison() != null && c.comparison().saturationClearlyPreferred()) {
      g.add(caution, "An exponential saturation describes the window better than the power laws"
          + " (AICc): the error may level off sooner than the law predicts.");
    }
    long largest = curve.size(curve.sizeCount() - 1);
    if (c.window().high() < largest) {
      g.add(caution, "The fit window ends at n = " + Format.size(c.window().high())
          + " but sizes up to " + Format.size(largest) + " were measured: check that the law"
          + " still holds beyond your window.");
    }
    if (!c.testRowsIncluded()) {
      g.add(caution, "The intervals leave out the test set's own sampling error (the results have"
          + " no per-row errors), so they are too narrow.");
    }
    if (c.convergenceConcern() != null) {
      g.add(caution, c.convergenceConcern());
    }
    if (g.concerns.isEmpty()) {
      RollingBackTest tests = c.backTests();
      String held = tests.isEmpty() ? "" : " and " + tests.hits() + " of " + tests.tests().size()
          + " back-test forecasts held";
      return new TrustAssessment(TrustLevel.GOOD,
          "The law fits " + sizes + " sizes over " + String.format(Locale.ROOT, "%.1f",
              c.window().decades()) + " decades well (R2 in log space "
              + String.format(Locale.ROOT, "%.3f", goodness.r2Log()) + ")" + held + ".",
          List.of(), false);
    }
    return g.result();
  }

  private static void gradeBackTests(TrustGrader g, RollingBackTest tests, int windowSizes) {
    BackTest latest = tests.latest();
    if (latest == null) {
      if (windowSizes >= 5) {
        g.add(TrustLevel.CAUTION, "No back-test: the law has not yet been fitted on a shorter"
            + " stretch of this window and checked against a later size, so its forecasts are"
            + " unchecked.");
      }
      return;
    }
    if (latest.severe()) {
      g.add(TrustLevel.DO_NOT_EXTRAPOLATE, "Back-test: " + latest.sentence());
    } else if (tests.tests().size() >= 4 && tests.coverage() < 0.5) {
      g.add(TrustLevel.DO_NOT_EXTRAPOLATE, "Back-test: only " + tests.hits() + " of "
          + tests.tests().size() + " forecasts from earlier sizes held what was measured later.");
    } else if (!latest.hit()) {
      g.add(TrustLevel.CAUTION, "Back-test: " + latest.sentence());
    } else if (tests.tests().size() >= 4 && tests.coverage() < 0.75) {
      g.add(TrustLevel.CAUTION, "Back-test: " + (tests.tests().size() - tests.hits()) + " of "
          + tests.tests().size() + " forecasts from earlier sizes missed what was measured later.");
    }
  }

  private void add(TrustLevel level, String text) {
    concerns.add(new Concern(level, text));
  }

  private void limit(String text) {
    nearDataOnly = true;
    add(TrustLevel.CAUTION, text + " Forecasts far beyond the data (10x or more) from this law are"
        + " not to be trusted.");
  }

  private TrustAssessment result() {
    List<Concern> sorted = new ArrayList<>(concerns);
    sorted.sort(Comparator.comparing(Concern::level).reversed());
    return new TrustAssessment(sorted.get(0).level(), sorted.get(0).text(),
        sorted.stream().skip(1).map(Concern::text).toList(), nearDataOnly);
  }
}
