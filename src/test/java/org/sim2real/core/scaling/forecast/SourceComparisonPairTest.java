package org.sim2real.core.scaling.forecast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.sim2real.core.scaling.curve.Estimate;
import org.sim2real.core.scaling.curve.Interval;

class SourceComparisonPairTest {
  @Test
  void aPairWithoutDrawsSaysSoInsteadOfPrintingNaN() {
    SourceComparison.Pair pair = new SourceComparison.Pair("mp", "aflow", Double.NaN,
        new Estimate(Double.NaN, Interval.NONE), SourceComparison.Verdict.CANNOT_TELL,
        "no law fitted for mp");
    String sentence = pair.sentence(v -> String.format(Locale.ROOT, "%.3f eV", v));
    assertEquals("Cannot tell mp and aflow apart (no law fitted for mp): no draws to compare them"
        + " with.", sentence);
    assertFalse(sentence.contains("NaN"));
  }
}
