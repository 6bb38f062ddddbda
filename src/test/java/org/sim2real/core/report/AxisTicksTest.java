package org.sim2real.core.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class AxisTicksTest {
  private static List<String> labels(double lower, double upper, AxisTicks.Style style) {
    return AxisTicks.forLogRange(lower, upper, style).stream().filter(AxisTicks.Tick::major)
        .map(AxisTicks.Tick::label).toList();
  }

  @Test
  void sizeAxisOverDecadesReadsHundredThousandStyle() {
    assertEquals(List.of("100", "1k", "10k", "100k", "1M"), labels(70, 1.4e6, AxisTicks.Style.SIZE));
  }

  @Test
  void sizeAxisHasUnlabelledMinorTicksBetweenDecades() {
    List<AxisTicks.Tick> ticks = AxisTicks.forLogRange(70, 1.4e6, AxisTicks.Style.SIZE);
    assertTrue(ticks.stream().anyMatch(t -> !t.major() && t.value() == 2000 && t.label().isEmpty()));
  }

  @Test
  void errorAxisWithinADecadeGetsEvenlySpacedRoundValues() {
    assertEquals(List.of("0.40", "0.45", "0.50", "0.55"), labels(0.38, 0.56, AxisTicks.Style.VALUE));
  }

  @Test
  void shortRangeOverADecadeAddsTwoAndFive() {
    assertEquals(List.of("0.1", "0.2", "0.5", "1", "2"), labels(0.09, 2.4, AxisTicks.Style.VALUE));
  }

  @Test
  void veryWideRangesLabelEveryFewDecadesOnly() {
    List<String> labels = labels(1, 1e12, AxisTicks.Style.SIZE);
    assertTrue(labels.size() <= 7, labels.toString());
    assertTrue(labels.contains("1"), labels.toString());
  }

  @Test
  void sizeLabelsRoundBeforeChoosingTheUnit() {
    assertEquals("1M", AxisTicks.sizeLabel(999_999.9));
    assertEquals("2.15k", AxisTicks.sizeLabel(2154));
    assertEquals("2.5e10", AxisTicks.sizeLabel(2.5e10));
    assertEquals("464", AxisTicks.sizeLabel(464.2));
  }

  @Test
  void emptyOrNonPositiveRangesGiveNoTicks() {
    assertTrue(AxisTicks.forLogRange(0, 1, AxisTicks.Style.VALUE).isEmpty());
    assertTrue(AxisTicks.forLogRange(2, 1, AxisTicks.Style.VALUE).isEmpty());
  }
}
