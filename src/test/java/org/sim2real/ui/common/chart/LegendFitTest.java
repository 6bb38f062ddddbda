package org.sim2real.ui.common.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
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

  /** Makes an entry long enough to take a row of its own, as the scaling chart's do. */
  private static final String ROW = " \u2014 long enough to take a whole row of the legend alone";

  @Test
  void whereTheWholeLegendDoesNotFitTheCurvesEntriesStayAndTheLabelledLinesGo() {
    XYPlot plot = new XYPlot();
    LegendItemCollection legend = new LegendItemCollection();
    java.awt.Shape dot = new java.awt.geom.Ellipse2D.Double(-4, -4, 8, 8);
    java.awt.Shape none = new java.awt.geom.Rectangle2D.Double();
    java.awt.geom.Line2D line = new java.awt.geom.Line2D.Double(-12, 0, 12, 0);
    java.awt.BasicStroke stroke = new java.awt.BasicStroke(1);
    for (int i = 0; i < 4; i++) {
      legend.add(new LegendItem("curve " + i + ": mean, 90% interval; fit: broken power law" + ROW,
          null,
          null, null, true, dot, true, java.awt.Color.BLUE, false, java.awt.Color.BLUE, stroke,
          false, line, stroke, java.awt.Color.BLUE));
    }
    for (String labelled : new String[] {"scratch baseline per m (experiments only), value on"
        + " each line", "floor C = 0.479 (finetune, m = 500)", "break n_b = 21,400 (90%: 2,510"
        + " to 50,100): regime onset from the fit", "fit window n = 464 to 100,000 (proposed)",
        "mean curve 90% (thin dashes beyond the data)", "dotted: extrapolation to n = 1M",
        "target 0.45", "floor C = 0.1 (finetune, m = 1000) (below the plotted range)"}) {
      legend.add(new LegendItem(labelled + ROW, null, null, null, false, none, false,
          java.awt.Color.GRAY, false, java.awt.Color.GRAY, stroke, true, line, stroke,
          java.awt.Color.GRAY));
    }
    plot.setFixedLegendItems(legend);
    JFreeChart chart = new JFreeChart(null, null, plot, false);
    chart.addSubtitle(new LegendTitle(plot));

    LegendFit.apply(chart, 1200, 1400);
    assertTrue(chart.getLegend().isVisible());
    assertFalse(LegendFit.isShort(chart), "room for the whole legend");

    LegendFit.apply(chart, 700, 440);
    assertTrue(LegendFit.isShort(chart), "the whole legend would take more than "
        + LegendFit.MAX_SHARE + " of the height");
    assertTrue(LegendFit.height(chart.getLegend(), 700) <= LegendFit.MAX_SHARE * 440);
    LegendItemCollection shown = chart.getLegend().getSources()[0].getLegendItems();
    java.util.List<String> labels = new java.util.ArrayList<>();
    for (int i = 0; i < shown.getItemCount(); i++) {
      labels.add(shown.get(i).getLabel());
    }
    assertEquals(5, labels.size(), labels.toString());
    assertTrue(labels.get(0).startsWith("curve 0") && labels.get(3).startsWith("curve 3"),
        labels.toString());
    assertTrue(labels.get(4).contains("(below the plotted range)"), labels.toString());
  }
}
