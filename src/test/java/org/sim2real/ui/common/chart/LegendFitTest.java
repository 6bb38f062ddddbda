package org.sim2real.ui.common.chart;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.LegendTitle;
import org.junit.jupiter.api.Test;

class LegendFitTest {
  /** A chart whose legend has {@code items} entries, each too long to share a line. */
  private static JFreeChart chartWithLegend(int items) {
    XYPlot plot = new XYPlot();
    LegendItemCollection legend = new LegendItemCollection();
    for (int i = 0; i < items; i++) {
      legend.add(new LegendItem("entry " + i + ": a legend line long enough to take a whole row"
          + " of the legend on its own, as the law and the baseline entries do"));
    }
    plot.setFixedLegendItems(legend);
    JFreeChart chart = new JFreeChart(null, null, plot, false);
    chart.addSubtitle(new LegendTitle(plot));
    return chart;
  }

  @Test
  void aLegendThatWouldTakeMostOfTheChartIsHidden() {
    JFreeChart chart = chartWithLegend(20);
    LegendFit.apply(chart, 700, 600);
    assertFalse(chart.getLegend().isVisible());
  }

  @Test
  void aShortLegendStaysInAChartTallEnough() {
    JFreeChart chart = chartWithLegend(4);
    LegendFit.apply(chart, 700, 600);
    assertTrue(chart.getLegend().isVisible());
    LegendFit.apply(chart, 700, LegendFit.MIN_HEIGHT - 1);
    assertFalse(chart.getLegend().isVisible());
  }
}
