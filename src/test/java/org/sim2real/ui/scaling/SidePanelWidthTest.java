package org.sim2real.ui.scaling;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SidePanelWidthTest {
  @Test
  void theSidePanelTakesAThirdOfANarrowStepAndAtMost360Pixels() {
    assertEquals(ScalingChartView.SIDE_MIN_WIDTH, ScalingChartView.sidePanelWidth(600));
    assertEquals(288, ScalingChartView.sidePanelWidth(800), 1e-9);
    assertEquals(ScalingChartView.SIDE_MAX_WIDTH, ScalingChartView.sidePanelWidth(1400));
  }
}
