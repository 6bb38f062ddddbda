package org.sim2real.core.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sim2real.core.scaling.curve.Estimate;
import org.sim2real.core.scaling.curve.Interval;

class PlainNumbersTest {
  @Test
  void headlineSizesHaveTwoSignificantDigits() {
    assertEquals("180,000", PlainNumbers.size(181_234));
    assertEquals("1,200", PlainNumbers.size(1_234));
    assertEquals("87", PlainNumbers.size(87.4));
    assertEquals("3.4e+13", PlainNumbers.size(3.4e13));
    assertEquals("unbounded", PlainNumbers.size(Double.POSITIVE_INFINITY));
  }

  @Test
  void intervalsSayWhenTheyAreOpenOrMissing() {
    assertEquals("(90%: 120,000 to 310,000)",
        PlainNumbers.sizeInterval(new Estimate(2e5, new Interval(123_000, 305_000))));
    assertEquals("(90%: 120,000 to unbounded)", PlainNumbers.sizeInterval(
        new Estimate(2e5, new Interval(123_000, Double.POSITIVE_INFINITY))));
    assertEquals("(no interval: too few repetitions)",
        PlainNumbers.sizeInterval(new Estimate(2e5, Interval.NONE)));
  }

  @Test
  void sharesAreWholePercentagesButNeverRoundedToCertainty() {
    assertEquals("97%", PlainNumbers.percent(0.9712));
    assertEquals("under 1%", PlainNumbers.percent(0.001));
    assertEquals("over 99%", PlainNumbers.percent(0.999));
    assertEquals("100%", PlainNumbers.percent(1.0));
    assertEquals("0%", PlainNumbers.percent(0));
  }

  @Test
  void listsReadAsSentences() {
    assertEquals("a", CurveSummaries.joined(List.of("a")));
    assertEquals("a and b", CurveSummaries.joined(List.of("a", "b")));
    assertEquals("a, b and c", CurveSummaries.joined(List.of("a", "b", "c")));
  }
}
