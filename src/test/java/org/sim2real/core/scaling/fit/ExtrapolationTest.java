package org.sim2real.core.scaling.fit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sim2real.core.scaling.curve.Interval;

class ExtrapolationTest {
  private static BackTest test(long from, long to, double logError, double logSpread) {
    return new BackTest(from, to, LawForm.POWER_LAW_WITH_OFFSET, 1, new Interval(0.9, 1.1), 1,
        logError, logSpread, true);
  }

  @Test
  void widensOnlyBeyondTheMeasuredSizesLinearlyInDecades() {
    Extrapolation e = new Extrapolation(0.1, 0, 0);
    assertEquals(0, e.sigma(50_000, 100_000), 0);
    assertEquals(0.1, e.sigma(1_000_000, 100_000), 1e-12);
    assertEquals(0.2, e.sigma(10_000_000, 100_000), 1e-12);
  }

  @Test
  void ownBackTestsThatMissByMoreThanTheirSpreadRaiseTheSpreadAndHitsLowerIt() {
    ExtrapolationCalibration calibration = new ExtrapolationCalibration(0.05, 2, 100, 0.9);
    // one decade ahead, missed by 0.3 in log with a spread of 0.1: excess 0.08 per squared decade
    Extrapolation missed = calibration.with(List.of(test(10_000, 100_000, 0.3, 0.1)));
    assertEquals(Math.sqrt((2 * 0.0025 + 0.08) / 3), missed.perDecade(), 1e-12);
    assertEquals(1.0 / 3, missed.fromOwnBackTests(), 1e-12);
    // hit with room to spare: the excess is negative and pulls the spread down, never below 0
    Extrapolation hit = calibration.with(List.of(test(10_000, 100_000, 0.0, 0.3)));
    assertTrue(hit.perDecade() < 0.05);
    assertEquals(0, calibration.with(List.of(test(10_000, 100_000, 0.0, 1.0))).perDecade(), 0);
  }

  @Test
  void theBundledCalibrationIsReadFromTheResource() {
    ExtrapolationCalibration bundled = ExtrapolationCalibration.bundled();
    assertTrue(bundled.perDecade() >= 0 && bundled.priorWeight() > 0);
    assertTrue(bundled.backTests() > 100, "the calibration rests on many back-tests");
  }
}
