package org.sim2real.ui.common.chart;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.LegendItemSource;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.block.LengthConstraintType;
import org.jfree.chart.block.RectangleConstraint;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.Size2D;
import org.jspecify.annotations.Nullable;

/**
 * Shows a chart's legend only where it leaves room for the plot: in a small window the legend of
 * a scaling chart (eight lines or more, thirteen with four curves) would take the whole chart and
 * leave no points to see. Where the whole legend does not fit, a short one does: the curves'
 * entries (their points, their law, the truth, the shaded band), without the lines whose labels
 * on the plot name them already (scratch, floor, target, n*, window, break) and the symbol notes.
 */
public final class LegendFit {
  /** The chart's size below which its legend is hidden. */
  public static final double MIN_HEIGHT = 420;
  public static final double MIN_WIDTH = 420;

  /** The most of the chart's height the legend may take: the plot keeps most of it. */
  static final double MAX_SHARE = 0.3;

  /** Line entries the short legend keeps: the laws, which no label on the plot names. */
  private static final List<String> KEPT_LINES = List.of("fit: ", "truth");

  /** Entries with a filled shape that the short legend drops: n* has its label on the plot. */
  private static final List<String> DROPPED_SHAPES = List.of("n* ");

  private static final BufferedImage MEASURING = new BufferedImage(1, 1,
      BufferedImage.TYPE_INT_ARGB);

  private LegendFit() {}

  /** Hides or shows the legend of {@code chart} drawn at {@code width} x {@code height}. */
  public static void apply(JFreeChart chart, double width, double height) {
    LegendTitle legend = chart.getLegend();
    if (legend == null) {
      return;
    }
    boolean big = height >= MIN_HEIGHT && width >= MIN_WIDTH;
    Plot plot = chart.getPlot();
    LegendItemSource[] full = {plot};
    boolean room = false;
    if (big && plot != null) {
      legend.setSources(full);
      room = height(legend, width) <= MAX_SHARE * height;
      if (!room) {
        legend.setSources(new LegendItemSource[] {() -> shortLegend(plot.getLegendItems())});
        room = height(legend, width) <= MAX_SHARE * height;
      }
    }
    if (legend.isVisible() != room) {
      legend.setVisible(room);
    }
  }

  /** Whether the legend now shows the short list (for tests). */
  static boolean isShort(JFreeChart chart) {
    LegendTitle legend = chart.getLegend();
    return legend != null && legend.isVisible() && legend.getSources().length == 1
        && legend.getSources()[0] != chart.getPlot();
  }

  /** The curves' entries: filled point shapes and bands, and the laws' lines. */
  static LegendItemCollection shortLegend(@Nullable LegendItemCollection all) {
    LegendItemCollection kept = new LegendItemCollection();
    for (int i = 0; all != null && i < all.getItemCount(); i++) {
      LegendItem item = all.get(i);
      String label = item.getLabel();
      boolean curve = item.isShapeVisible() && item.isShapeFilled()
          && DROPPED_SHAPES.stream().noneMatch(label::startsWith);
      // a floor off the plot has no label there: its entry is the only place that names it
      boolean law = item.isLineVisible() && (KEPT_LINES.stream().anyMatch(label::startsWith)
          || label.contains("below the plotted range") || label.contains("no floor visible"));
      if (curve || law) {
        kept.add(item);
      }
    }
    return kept;
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
