package org.sim2real.core.scaling.fit;

import java.util.ArrayList;
import java.util.List;
import org.sim2real.core.io.UserFacingException;
import org.sim2real.core.scaling.curve.Format;
import org.sim2real.core.scaling.curve.LearningCurve;
import org.sim2real.core.scaling.curve.Observation;
import org.sim2real.core.scaling.curve.PointSummary;

/**
 * Chooses the fit window of a curve, or of the curve as it was when it ended at an earlier size (a
 * rolling origin of the back-test). The user's window, or a proposal that looks at nothing but the
 * points up to that size and never at a back-test: it starts after the last size with significant
 * negative transfer (there the error rises with n, which no law form describes) and ends at the
 * largest size. The flat part where transfer does not yet pay off stays in the window: the broken
 * power law describes it, and a single power law that does not fit it shows in the goodness of fit
 * and the trust grade instead of being hidden by a narrower window.
 */
final class WindowRule {
  /** The smallest window a law is fitted to. */
  static final int MIN_SIZES = 3;

  /** The window as size indices [from, to), with how it was chosen. */
  record Window(int from, int to, FitWindow description) {}

  private WindowRule() {}

  /**
   * The window of the curve's sizes [0, last].
   *
   * @throws UserFacingException when a user's window holds fewer than 3 measured sizes
   */
  static Window choose(LearningCurve curve, List<PointSummary> points, RegimeAssessment regime,
      FitOptions options, int last) {
    if (options.hasUserWindow()) {
      return user(curve, options, last);
    }
    int from = 0;
    for (int j = 0; j <= last && j < regime.gains().size(); j++) {
      if (regime.gains().get(j).negativeTransfer() == NegativeTransfer.SIGNIFICANT) {
        from = j + 1;
      }
    }
    int to = last + 1;
    String how;
    if (to - from < MIN_SIZES) {
      from = 0;
      how = "Fitted over all sizes: after the last negative transfer fewer than " + MIN_SIZES
          + " sizes remain, so this is not a fit of a transfer regime.";
    } else if (from > 0) {
      how = "Proposed: from the first size after the last significant negative transfer (n = "
          + Format.size(curve.size(from - 1)) + ") to the largest.";
    } else {
      how = "Proposed: every measured size (no significant negative transfer).";
    }
    List<ExcludedPoint> excluded = new ArrayList<>();
    for (int j = 0; j <= last; j++) {
      if (j < from) {
        excluded.add(new ExcludedPoint(curve.size(j), negativeReason(regime, points, j)));
      }
    }
    return new Window(from, to, describe(curve, from, to, false, excluded, how));
  }

  private static Window user(LearningCurve curve, FitOptions options, int last) {
    long low = options.windowLow() == null ? 0 : options.windowLow();
    long high = options.windowHigh() == null ? Long.MAX_VALUE : options.windowHigh();
    int from = 0;
    while (from <= last && curve.size(from) < low) {
      from++;
    }
    int to = from;
    while (to <= last && curve.size(to) <= high) {
      to++;
    }
    if (to - from < MIN_SIZES) {
      throw new UserFacingException(
          "the fit window " + low + ":" + high + " holds " + (to - from) + " measured size(s) of "
              + curve.strategy() + " (" + Observation.describeM(curve.m()) + "); a fit needs at"
              + " least 3: widen the window");
    }
    List<ExcludedPoint> excluded = new ArrayList<>();
    for (int j = 0; j <= last; j++) {
      if (j < from || j >= to) {
        excluded.add(new ExcludedPoint(curve.size(j), "outside the chosen window " + low + ":" + high));
      }
    }
    return new Window(from, to, describe(curve, from, to, true, excluded,
        "Chosen by the user: n = " + Format.size(curve.size(from)) + " to "
            + Format.size(curve.size(to - 1)) + " (" + (to - from) + " sizes)."));
  }

  private static FitWindow describe(LearningCurve curve, int from, int to, boolean user,
      List<ExcludedPoint> excluded, String how) {
    List<Long> sizes = new ArrayList<>();
    for (int j = from; j < to; j++) {
      sizes.add(curve.size(j));
    }
    String sentence = user ? how : "Fit window n = " + Format.size(curve.size(from)) + " to "
        + Format.size(curve.size(to - 1)) + " (" + (to - from) + " sizes). " + how;
    return new FitWindow(curve.size(from), curve.size(to - 1), sizes, user, true, excluded,
        sentence);
  }

  private static String negativeReason(RegimeAssessment regime, List<PointSummary> points, int j) {
    PointSummary base = regime.baseline();
    String scratch = base == null ? "" : " (" + Format.error(points.get(j).mean()) + " vs scratch "
        + Format.error(base.mean()) + ")";
    TransferGain gain = regime.gains().isEmpty() ? null : regime.gains().get(j);
    if (gain != null && gain.negativeTransfer() == NegativeTransfer.SIGNIFICANT) {
      return "negative transfer: worse than scratch beyond its interval" + scratch;
    }
    return "before the last negative transfer" + scratch;
  }
}
