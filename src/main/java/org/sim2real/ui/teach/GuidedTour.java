package org.sim2real.ui.teach;

import java.util.List;

/**
 * The guided walkthrough of the Teach screen: five short steps through what the chart shows, what
 * alpha and C mean, the data-need forecast and why intervals and the back-test matter
 * (src/site/SCIENCE.md). Each step names the controls it points at and may do one thing to make its point.
 */
final class GuidedTour {
  /** What a step does when it opens. */
  enum Action {
    NONE,
    /** Runs the study (with its animation) when it has not run yet. */
    RUN_STUDY,
    /** Sets the target halfway between the true error at the largest n and the floor. */
    TARGET_BEYOND_DATA
  }

  /**
   * @param highlights ids of the nodes to highlight while the step is shown
   */
  record Step(String title, String text, List<String> highlights, Action action) {
    Step {
      highlights = List.copyOf(highlights);
    }
  }

  static final List<Step> STEPS = List.of(
      new Step("1. Each point is a small study",
          "Each point is the test error on the experimental test set after pretraining on n"
              + " simulations and fine-tuning on m experiments, averaged over the repetitions;"
              + " its bar is the 90% interval. Here the errors are simulated from a known law"
              + " (the solid green line marked truth) plus noise, so the fit can be checked against"
              + " the truth. The dashed line is the fitted law E(n) = D\u00b7n^-alpha + C.",
          List.of("teachChart"), Action.RUN_STUDY),
      new Step("2. alpha: how fast more simulation pays off",
          "alpha is the scaling exponent. Every 10x more simulation divides the part of the"
              + " error above the floor, D\u00b7n^-alpha, by 10^alpha: alpha = 0.3 halves it,"
              + " alpha = 0.6 quarters it. Drag True alpha (or use the arrow keys on it) and"
              + " watch the curve steepen or flatten; the fitted alpha follows, with its"
              + " interval, in the table on the right.",
          List.of("paramAlpha", "truthTable"), Action.NONE),
      new Step("3. C: the floor",
          "C is the transfer gap: the error that more simulation of the same kind cannot"
              + " remove, because simulation and experiment differ, m is limited or the model is"
              + " too small. The curve flattens towards it (long dashes: the true floor, dots:"
              + " the fitted one). Raise True floor C and the whole tail lifts; no n gets"
              + " below it.",
          List.of("paramC", "teachChart"), Action.NONE),
      new Step("4. The data-need forecast",
          "For a target error T above the floor, the fitted law says how many simulations"
              + " reach it: n* = ((T - C)/D)^(-1/alpha), with a 90% interval from the bootstrap"
              + " refits. This step sets T halfway between the error at the largest n and the"
              + " floor, beyond the data. Move T below C: the verdict becomes unreachable by"
              + " simulation alone.",
          List.of("paramTarget", "needBox"), Action.TARGET_BEYOND_DATA),
      new Step("5. Why intervals and the back-test matter",
          "Every repetition draws new noise, so the fit itself is uncertain: its 90% intervals"
              + " come from refitting on resampled repetitions. Press New Draw a few times: the"
              + " fit moves, and the intervals hold the truth in most draws, not in all (from"
              + " few repetitions they come out narrower than 90%: at the starting settings"
              + " about 3 draws in 4). More noise or fewer experiments widen them. The back-test"
              + " refits without the largest n and predicts it: the honest check before"
              + " trusting an extrapolation.",
          List.of("seedRow", "paramNoise", "truthTable", "teachBackTest"), Action.NONE));

  private int index = -1;

  /** The step shown, or -1 when the tour is closed. */
  int index() {
    return index;
  }

  boolean isOpen() {
    return index >= 0;
  }

  Step current() {
    return STEPS.get(index);
  }

  Step start() {
    index = 0;
    return current();
  }

  boolean hasNext() {
    return index >= 0 && index < STEPS.size() - 1;
  }

  boolean hasPrevious() {
    return index > 0;
  }

  Step next() {
    if (!hasNext()) {
      throw new IllegalStateException("the tour has no step after " + index);
    }
    index++;
    return current();
  }

  Step previous() {
    if (!hasPrevious()) {
      throw new IllegalStateException("the tour has no step before " + index);
    }
    index--;
    return current();
  }

  void close() {
    index = -1;
  }
}
