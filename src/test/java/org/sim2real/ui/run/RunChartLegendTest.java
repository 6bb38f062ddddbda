package org.sim2real.ui.run;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.junit.jupiter.api.Test;

/** The live chart of the Run step keeps its plot visible in a small window. */
class RunChartLegendTest {
  private final JFreeChart chart = new JFreeChart(new XYPlot());

  @Test
  void aSmallChartLeavesItsLegendOutSoThePointsStayVisible() {
    RunScreenView.fitLegend(chart, 330, 260); // the minimum 720 x 480 window
    assertFalse(chart.getLegend().isVisible());
  }

  @Test
  void aLargeChartShowsItsLegendAgain() {
    RunScreenView.fitLegend(chart, 330, 260);
    RunScreenView.fitLegend(chart, 800, 640); // 1400 x 900
    assertTrue(chart.getLegend().isVisible());
  }

  @Test
  void aWideButLowChartLeavesItsLegendOut() {
    RunScreenView.fitLegend(chart, 1200, org.sim2real.ui.common.chart.LegendFit.MIN_HEIGHT - 1);
    assertFalse(chart.getLegend().isVisible());
  }
}
