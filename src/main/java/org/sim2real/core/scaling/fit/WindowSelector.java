package org.sim2real.core.scaling.fit;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.sim2real.core.io.UserFacingException;
import org.sim2real.core.scaling.curve.Format;
import org.sim2real.core.scaling.curve.LearningCurve;
import org.sim2real.core.scaling.curve.Observation;
import org.sim2real.core.scaling.curve.PointSummary;
import org.sim2real.core.scaling.curve.RepetitionResampler;

/**
 * Chooses the fit window of a curve: the user's, or a proposal. The proposal considers only sizes
 * from {@link RegimeAssessment#firstEligibleN()} on (transfer must not be below its regime onset)
 * and takes the widest contiguous window of at least {@link FitOptions#minWindowSizes()} sizes whose
 * fit passes goodness of fit (R2 in log space, no systematic residual pattern) and whose back-test
 * does not miss badly ({@link BackTest#severe()}; a mild miss costs the trust grade a CAUTION but
 * must not push the window away from the largest sizes); among equally
 * wide windows the one reaching larger n wins (that is where forecasts go). When every window misses
 * badly it falls back to the widest that fits well, and when none fits well to the whole eligible
 * range; {@link FitWindow#passedChecks()} then says so and the trust grade drops.
 */
final class WindowSelector {
  private static final LawForm FORM = LawForm.POWER_LAW_WITH_OFFSET;

  /** The chosen window with the evaluations made while choosing it. */
  record Choice(
      int from, int to, FitWindow window, @Nullable LawFit fit, @Nullable GoodnessOfFit goodness,
      @Nullable BackTest backTest) {}

  private record Candidate(
      int from, int to, @Nullable LawFit fit, @Nullable GoodnessOfFit goodness,
      @Nullable BackTest backTest) {}

  private final LearningCurve curve;
  private final List<PointSummary> points;
  private final RegimeAssessment regime;
  private final FitOptions options;
  private final double @Nullable [] weights;
  private final RepetitionResampler resampler;

  WindowSelector(
      LearningCurve curve, List<PointSummary> points, RegimeAssessment regime, FitOptions options,
      double @Nullable [] weights, RepetitionResampler resampler) {
    this.curve = curve;
    this.points = points;
    this.regime = regime;
    this.options = options;
    this.weights = weights;
    this.resampler = resampler;
  }

  /** @return the choice, or null when the curve has fewer than 3 sizes (no fit possible) */
  @Nullable Choice choose() {
    int count = curve.sizeCount();
    if (options.hasUserWindow()) {
      return userWindow();
    }
    if (count < FORM.parameterCount()) {
      return null;
    }
    int eligibleFrom = 0;
    while (eligibleFrom < count && curve.size(eligibleFrom) < regime.firstEligibleN()) {
      eligibleFrom++;
    }
    int eligible = count - eligibleFrom;
    if (eligible < FORM.parameterCount()) {
      return finish(evaluate(0, count, false), false,
          "Fitted over all sizes, because transfer is better than scratch at fewer than 3 sizes;"
              + " this is not a fit of a transfer regime.", "", eligibleFrom);
    }
    if (eligible < options.minWindowSizes()) {
      return finish(evaluate(eligibleFrom, count, true), false,
          "Fitted over the " + eligible + " sizes from the regime onset on: fewer than "
              + options.minWindowSizes() + ", too few to check the law.", "", eligibleFrom);
    }
    Candidate firstGood = null;
    for (int width = eligible; width >= options.minWindowSizes(); width--) {
      for (int from = count - width; from >= eligibleFrom; from--) {
        Candidate c = evaluate(from, from + width, false);
        if (c.goodness() == null || !c.goodness().passes(options.minR2Log())) {
          continue;
        }
        if (firstGood == null) {
          firstGood = c;
        }
        c = withBackTest(c);
        if (c.backTest() != null && !c.backTest().severe()) {
          return finish(c, true,
              "Proposed: the widest window" + onsetClause(eligibleFrom) + " whose fit passes"
                  + " goodness of fit (R2 in log space >= " + options.minR2Log()
                  + ", no systematic residual pattern) and whose back-test does not miss badly.",
              "fit quality: wider windows including it failed the goodness-of-fit or back-test"
                  + " checks", eligibleFrom);
        }
      }
    }
    if (firstGood != null) {
      return finish(withBackTest(firstGood), false,
          "Proposed with reservations: every window" + onsetClause(eligibleFrom) + " misses its"
              + " back-test badly; this is the widest that fits well (R2 in log space >= "
              + options.minR2Log() + ").",
          "fit quality: wider windows including it failed the goodness-of-fit checks",
          eligibleFrom);
    }
    return finish(evaluate(eligibleFrom, count, true), false,
        "No window" + onsetClause(eligibleFrom) + " fits the law well (R2 in log space >= "
            + options.minR2Log() + ", no systematic residual pattern); fitted over all of them.",
        "", eligibleFrom);
  }

  private String onsetClause(int eligibleFrom) {
    return eligibleFrom > 0 ? " from n = " + Format.size(curve.size(eligibleFrom)) + " on" : "";
  }

  private Choice userWindow() {
    long low = options.windowLow() == null ? 0 : options.windowLow();
    long high = options.windowHigh() == null ? Long.MAX_VALUE : options.windowHigh();
    int from = 0;
    while (from < curve.sizeCount() && curve.size(from) < low) {
      from++;
    }
    int to = from;
    while (to < curve.sizeCount() && curve.size(to) <= high) {
      to++;
    }
    if (to - from < FORM.parameterCount()) {
      throw new UserFacingException(
          "the fit window " + low + ":" + high + " holds " + (to - from) + " measured size(s) of "
              + curve.strategy() + " (" + Observation.describeM(curve.m()) + "); a fit needs at"
              + " least 3: widen the window");
    }
    Candidate c = withBackTest(evaluate(from, to, true));
    boolean passed =
        c.goodness() != null && c.goodness().passes(options.minR2Log())
            && c.backTest() != null && !c.backTest().severe();
    List<ExcludedPoint> excluded = new ArrayList<>();
    for (int j = 0; j < curve.sizeCount(); j++) {
      if (j < from || j >= to) {
        excluded.add(new ExcludedPoint(curve.size(j), "outside the chosen window " + low + ":" + high));
      }
    }
    FitWindow window = new FitWindow(curve.size(from), curve.size(to - 1), sizes(from, to), true,
        passed, excluded, "Chosen by the user: n = " + Format.size(curve.size(from)) + " to "
            + Format.size(curve.size(to - 1)) + " (" + (to - from) + " sizes).");
    return new Choice(from, to, window, c.fit(), c.goodness(), c.backTest());
  }

  private Choice finish(
      Candidate c, boolean passed, String how, String qualityReason, int eligibleFrom) {
    List<ExcludedPoint> excluded = new ArrayList<>();
    for (int j = 0; j < curve.sizeCount(); j++) {
      if (j >= c.from() && j < c.to()) {
        continue;
      }
      excluded.add(new ExcludedPoint(curve.size(j),
          j < eligibleFrom ? belowOnsetReason(j) : qualityReason.isEmpty() ? "not fitted" : qualityReason));
    }
    String sentence = "Fit window n = " + Format.size(curve.size(c.from())) + " to "
        + Format.size(curve.size(c.to() - 1)) + " (" + (c.to() - c.from()) + " sizes). " + how;
    FitWindow window = new FitWindow(curve.size(c.from()), curve.size(c.to() - 1),
        sizes(c.from(), c.to()), false, passed, excluded, sentence);
    return new Choice(c.from(), c.to(), window, c.fit(), c.goodness(), c.backTest());
  }

  private String belowOnsetReason(int j) {
    TransferGain gain = regime.gains().get(j);
    PointSummary base = regime.baseline();
    String scratch = base == null ? "" : " (" + Format.error(points.get(j).mean()) + " vs scratch "
        + Format.error(base.mean()) + ")";
    if (gain.negativeTransfer() != NegativeTransfer.NONE) {
      return "below regime onset: transfer not better than scratch, negative transfer" + scratch;
    }
    return "below regime onset: transfer not better than scratch beyond its interval" + scratch;
  }

  private List<Long> sizes(int from, int to) {
    List<Long> sizes = new ArrayList<>();
    for (int j = from; j < to; j++) {
      sizes.add(curve.size(j));
    }
    return sizes;
  }

  private Candidate evaluate(int from, int to, boolean withBackTest) {
    LawFit fit = new CurveSlice(curve, from, to, weights).fit(FORM, null, null);
    GoodnessOfFit goodness = fit == null ? null : GoodnessOfFit.of(fit, points.subList(from, to));
    Candidate c = new Candidate(from, to, fit, goodness, null);
    return withBackTest ? withBackTest(c) : c;
  }

  private Candidate withBackTest(Candidate c) {
    BackTest backTest =
        BackTester.run(curve, c.from(), c.to(), weights, resampler, points.get(c.to() - 1));
    return new Candidate(c.from(), c.to(), c.fit(), c.goodness(), backTest);
  }
}
