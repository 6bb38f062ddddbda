package org.sim2real.ui.common.chart;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.title.LegendTitle;

/**
 * Shows a chart's legend only where it leaves room for the plot: in a small window the legend of
 * a scaling chart (eight lines or more) would take the whole chart and leave no points to see.
 */
public final class LegendFit {
  /** The chart's size below which its legend is hidden. */
  public static final double MIN_HEIGHT = 420;
  public static final double MIN_WIDTH = 420;

  private LegendFit() {}

  /** Hides or shows the legend of {@code chart} drawn at {@code width} x {@code height}. */
  public static void apply(JFreeChart chart, double width, double height) {
    LegendTitle legend = chart.getLegend();
    boolean room = height >= MIN_HEIGHT && width >= MIN_WIDTH;
    if (legend != null && legend.isVisible() != room) {
      legend.setVisible(room);
    }
  }
}
