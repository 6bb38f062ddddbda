package org.sim2real.core.scaling.fit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.sim2real.core.scaling.curve.Format;
import org.sim2real.core.scaling.curve.LearningCurve;

/**
 * Grades a curve's fit. Every concern carries a level; the grade is the worst level and its reason
 * the first concern of that level, in the order checked below.
 *
 * <p>DO NOT EXTRAPOLATE: no fit; a single repetition (no uncertainty at all); fewer than 4 sizes in
 * the window; no window fits well; a badly missed back-test; a proposed window that leaves out the
 * largest measured sizes (the law stops holding there); more than 30% failed bootstrap refits;
 * transfer never beats scratch beyond its interval.
 *
 * <p>CAUTION: a mildly missed back-test; exactly 4 sizes (one degree of freedom); fewer than 3
 * repetitions; more than 10% failed or bounded refits; the exponential saturation clearly preferred
 * by AICc; a user window that ends below the largest measured size.
 */
final class TrustGrader {
  private record Concern(TrustLevel level, String text) {}

  private final List<Concern> concerns = new ArrayList<>();

  private TrustGrader() {}

  static TrustAssessment grade(
      LearningCurve curve,
      FitWindow window,
      RegimeAssessment regime,
      @Nullable GoodnessOfFit goodness,
      @Nullable BackTest backTest,
      @Nullable BootstrapSummary bootstrap,
      @Nullable ModelComparison comparison,
      double minR2Log) {
    TrustGrader g = new TrustGrader();
    TrustLevel stop = TrustLevel.DO_NOT_EXTRAPOLATE;
    TrustLevel caution = TrustLevel.CAUTION;
    if (goodness == null) {
      g.add(stop, "No law could be fitted to these points.");
      return g.result();
    }
    int reps = curve.minRepetitionCount();
    if (reps < 2) {
      g.add(stop, "A single repetition per size gives no uncertainty, so no forecast interval.");
    }
    int sizes = window.sizes().size();
    if (sizes < 4) {
      g.add(stop, "Only " + sizes + " sizes in the fit window: a 3-parameter law cannot be checked.");
    }
    if (!goodness.passes(minR2Log)) {
      g.add(stop, "The law fits the window poorly: " + goodness.sentence());
    }
    if (backTest != null && !backTest.consistent()) {
      g.add(backTest.severe() ? stop : caution, backTest.sentence());
    } else if (backTest == null && sizes >= 4) {
      g.add(caution, "The back-test refit failed, so the extrapolation is unchecked.");
    }
    long largest = curve.size(curve.sizeCount() - 1);
    if (window.high() < largest) {
      String text = "The fit window ends at n = " + Format.size(window.high())
          + " but sizes up to " + Format.size(largest) + " were measured";
      g.add(window.userChosen() ? caution : stop, window.userChosen()
          ? text + ": check that the law still holds beyond your window."
          : text + ": the law stops holding above the window, so do not extrapolate it.");
    }
    if (bootstrap != null) {
      if (bootstrap.failedShare() > 0.3) {
        g.add(stop, Format.percent(bootstrap.failedShare()) + " of the bootstrap refits failed.");
      } else if (bootstrap.failedShare() + bootstrap.atBoundShare() > 0.1) {
        g.add(caution, Format.percent(bootstrap.failedShare() + bootstrap.atBoundShare())
            + " of the bootstrap refits failed or ended with alpha or D on a bound: the data pin the"
            + " law down only loosely.");
      }
    }
    if (regime.baseline() != null && regime.baseline().repetitions() >= 2 && regime.onset() == null) {
      g.add(stop, "Transfer does not beat the scratch baseline beyond its interval at any measured n.");
    }
    if (sizes == 4) {
      g.add(caution, "Only 4 sizes in the fit window: one degree of freedom for a 3-parameter law.");
    }
    if (reps == 2) {
      g.add(caution, "Only 2 repetitions per size: the intervals are rough.");
    }
    if (comparison != null && comparison.saturationClearlyPreferred()) {
      g.add(caution, "An exponential saturation describes the window better than the power law"
          + " (AICc): the error may level off sooner than the law predicts.");
    }
    if (g.concerns.isEmpty()) {
      String hit = backTest == null ? "" : " and the back-test hit (" + Format.error(backTest.predicted())
          + " predicted vs " + Format.error(backTest.measured()) + " measured at n = "
          + Format.size(backTest.predictedN()) + ")";
      return new TrustAssessment(TrustLevel.GOOD,
          "The law fits " + sizes + " sizes well (R2 in log space "
              + String.format(Locale.ROOT, "%.3f", goodness.r2Log()) + ")" + hit + ".",
          List.of());
    }
    return g.result();
  }

  private void add(TrustLevel level, String text) {
    concerns.add(new Concern(level, text));
  }

  private TrustAssessment result() {
    List<Concern> sorted = new ArrayList<>(concerns);
    sorted.sort(Comparator.comparing(Concern::level).reversed());
    return new TrustAssessment(sorted.get(0).level(), sorted.get(0).text(),
        sorted.stream().skip(1).map(Concern::text).toList());
  }
}
