package org.sim2real.ui.teach;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.sim2real.ui.teach.ParameterControl.Range;

class ParameterControlRangeTest {
  @Test
  void logScaleGivesEveryDecadeTheSameRoomAndTidyNumbers() {
    Range sizes = Range.logarithmic(10, 10_000, true);
    assertEquals(1, sizes.toSlider(10), 1e-12);
    assertEquals(4, sizes.toSlider(10_000), 1e-12);
    assertEquals(320, sizes.fromSlider(2.5));
    assertEquals(10_000, sizes.fromSlider(4.2), "clamped to the range");
  }

  @Test
  void linearValuesSnapToTheirStep() {
    Range alpha = Range.linear(0.05, 1, 0.01);
    assertEquals(0.32, alpha.fromSlider(0.32375));
    assertEquals(0.05, alpha.fromSlider(0.01));
    assertEquals(7, Range.whole(2, 50).fromSlider(6.6));
  }

  @Test
  void typedNumbersAcceptSuffixes() {
    assertEquals(250_000, ParameterControl.parse("250k"));
    assertEquals(2_000_000, ParameterControl.parse("2m"));
    assertEquals(0.3, ParameterControl.parse("0.3"));
  }
}
