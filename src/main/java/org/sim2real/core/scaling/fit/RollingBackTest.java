package org.sim2real.core.scaling.fit;

import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.sim2real.core.scaling.curve.Format;

/**
 * The rolling-origin back-test of a curve: the analysis replayed as if the study had stopped at each
 * smaller largest n (with at least 4 sizes in its window), each replay predicting every later
 * measured size. None of these predictions helped choose the window or the law of the replay that
 * made it, so they are evidence: how often did the band hold what was measured later?
 *
 * @param tests every prediction, ordered by origin, then by predicted size
 */
public record RollingBackTest(List<BackTest> tests) {
  public static final RollingBackTest NONE = new RollingBackTest(List.of());

  public RollingBackTest {
    tests = List.copyOf(tests);
  }

  public boolean isEmpty() {
    return tests.isEmpty();
  }

  public int hits() {
    return (int) tests.stream().filter(BackTest::hit).count();
  }

  /** Share of predictions inside their band, NaN without predictions. */
  public double coverage() {
    return tests.isEmpty() ? Double.NaN : (double) hits() / tests.size();
  }

  /** The prediction of the largest size from the latest origin: the classic back-test. */
  public @Nullable BackTest latest() {
    return tests.stream()
        .max(Comparator.comparingLong(BackTest::fittedUpToN)
            .thenComparingLong(BackTest::predictedN))
        .orElse(null);
  }

  /** Predictions that reached at least this factor beyond their origin. */
  public List<BackTest> reaching(double factor) {
    return tests.stream().filter(t -> t.extrapolationFactor() >= factor * (1 - 1e-9)).toList();
  }

  public long severeMisses() {
    return tests.stream().filter(BackTest::severe).count();
  }

  /** Plain words: how many predictions held, and the latest one. */
  public String sentence() {
    if (tests.isEmpty()) {
      return "No back-test: the window needs at least 5 sizes so that a shorter curve can be fitted"
          + " and checked against a later size.";
    }
    BackTest last = latest();
    return "Replayed as if the study had stopped earlier, " + hits() + " of " + tests.size()
        + " forecasts held what was measured later (" + Format.percent(coverage()) + " inside"
        + " their 90% band)." + (last == null ? "" : " Latest: " + last.sentence());
  }
}
