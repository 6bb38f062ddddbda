package org.sim2real.core.scaling.synthetic;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The 90% intervals hold the truth 85% to 95% of the time on synthetic studies with realistic
 * noise ({@link SyntheticStudy}: a shared, heavy-tailed test set, repetitions correlated across
 * nested sizes, 5 repetitions, 921 test rows), for alpha, C, n* of a target the truth reaches at 3x
 * the largest size, and the error at 10x the largest size; and a forecast at 10x graded good misses
 * its band in at most 1 of 10 cases. 200 broken power laws (flat, then falling, break between 10^3
 * and 10^4) and 200 power laws with a floor, seeded. The figures are printed and quoted in the
 * README; run {@code CoverageRun} for more studies.
 */
class CoverageTest {
  private static final int STUDIES = 200;
  private static final int DRAWS = 200;

  @Test
  void intervalsOfBrokenPowerLawStudiesHoldTheTruthNinetyPercentOfTheTime() throws Exception {
    check(CoverageRun.run(STUDIES, 2, 5000, TrueCurve::brokenPowerLaw, 5, 921, DRAWS),
        "broken power laws");
  }

  @Test
  void intervalsOfPowerLawWithFloorStudiesHoldTheTruthNinetyPercentOfTheTime() throws Exception {
    check(CoverageRun.run(STUDIES, 2, 7000, TrueCurve::powerLawWithFloor, 5, 921, DRAWS),
        "power laws with a floor");
  }

  private static void check(CoverageRun.Summary s, String kind) {
    System.out.println("coverage, " + kind + ": " + s.describe());
    assertInRange(s.alpha(), "alpha", s);
    assertInRange(s.floor(), "C", s);
    assertInRange(s.requiredN(), "n*", s);
    assertInRange(s.errorAt10x(), "error at 10x", s);
    assertTrue(s.goodAt10x() > 0, "no forecast at 10x was graded good: " + s.describe());
    assertTrue(s.goodMissesAt10x() * 10 <= s.goodAt10x(),
        "good 10x forecasts missed too often: " + s.describe());
  }

  private static void assertInRange(double coverage, String what, CoverageRun.Summary s) {
    assertTrue(coverage >= 0.85 && coverage <= 0.95,
        what + " coverage " + coverage + " outside 85%..95%: " + s.describe());
  }
}
