package org.sim2real.ui.common.chart;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.block.LengthConstraintType;
import org.jfree.chart.block.RectangleConstraint;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.Size2D;

/**
 * Shows a chart's legend only where it leaves room for the plot: in a small window the legend of
 * a scaling chart (eight lines or more) would take the whole chart and leave no points to see.
 */
public final class LegendFit {
  /** The chart's size below which its legend is hidden. */
  public static final double MIN_HEIGHT = 420;
  public static final double MIN_WIDTH = 420;

  /** The most of the chart's height the legend may take. */
  static final double MAX_SHARE = 0.45;

  private static final BufferedImage MEASURING = new BufferedImage(1, 1,
      BufferedImage.TYPE_INT_ARGB);

  private LegendFit() {}

  /** Hides or shows the legend of {@code chart} drawn at {@code width} x {@code height}. */
  public static void apply(JFreeChart chart, double width, double height) {
    LegendTitle legend = chart.getLegend();
    if (legend == null) {
      return;
    }
    boolean room = height >= MIN_HEIGHT && width >= MIN_WIDTH
        && height(legend, width) <= MAX_SHARE * height;
    if (legend.isVisible() != room) {
      legend.setVisible(room);
    }
  }

  /** The legend's height when laid out across {@code width}. */
  static double height(LegendTitle legend, double width) {
    Graphics2D g2 = MEASURING.createGraphics();
    try {
      // the width fixed, the height free: as the chart lays out a legend at its foot
      Size2D size = legend.arrange(g2, new RectangleConstraint(width, null,
          LengthConstraintType.FIXED, 0, null, LengthConstraintType.NONE));
      return size.getHeight();
    } finally {
      g2.dispose();
    }
  }
}
