package org.sim2real.core.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Paint;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;

/** Shared looks of the workbench's charts: axes, strokes, shapes, markers, legend, titles. */
final class ChartStyling {
  static final Stroke FIT = dashed(2.2f, 7f, 4f);
  static final Stroke EXTRAPOLATION = dashed(1.8f, 2f, 4f);
  static final Stroke MEAN_CURVE_EDGE = dashed(1.0f, 5f, 3f);
  static final Stroke BREAK = dashed(1.2f, 6f, 2f, 1f, 2f);
  static final Stroke FLOOR = dashed(1.4f, 1.5f, 3.5f);
  static final Stroke TARGET = dashed(1.6f, 9f, 3f, 2f, 3f);
  static final Stroke WINDOW = dashed(1.2f, 4f, 3f);
  static final Stroke BASELINE = new BasicStroke(1.6f);
  static final Stroke ERROR_BAR = new BasicStroke(1.3f);
  static final Stroke OUTLINE = new BasicStroke(1.6f);
  static final Stroke RING = new BasicStroke(2.0f);

  private ChartStyling() {}

  static Stroke dashed(float width, float... pattern) {
    return new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, pattern, 0f);
  }

  /** Point shapes by strategy: circle, square, triangle, diamond. */
  static Shape pointShape(int strategyIndex) {
    double r = 4.5;
    return switch (Math.floorMod(strategyIndex, 4)) {
      case 0 -> new Ellipse2D.Double(-r, -r, 2 * r, 2 * r);
      case 1 -> new Rectangle2D.Double(-r + 0.5, -r + 0.5, 2 * r - 1, 2 * r - 1);
      case 2 -> polygon(0, -r - 1, r + 0.5, r - 0.5, -r - 0.5, r - 0.5);
      default -> diamond(r + 1);
    };
  }

  static Shape ring() {
    return new Ellipse2D.Double(-8, -8, 16, 16);
  }

  static Shape diamond(double r) {
    return polygon(0, -r, r, 0, 0, r, -r, 0);
  }

  private static Shape polygon(double... xy) {
    Path2D.Double p = new Path2D.Double();
    p.moveTo(xy[0], xy[1]);
    for (int i = 2; i < xy.length; i += 2) {
      p.lineTo(xy[i], xy[i + 1]);
    }
    p.closePath();
    return p;
  }

  static void styleAxis(ValueAxis axis, ChartTheme theme) {
    axis.setLabelFont(theme.axisLabelFont());
    axis.setLabelPaint(theme.foreground());
    axis.setTickLabelFont(theme.tickLabelFont());
    axis.setTickLabelPaint(theme.foreground());
    axis.setAxisLinePaint(theme.muted());
    axis.setTickMarkPaint(theme.muted());
    axis.setLowerMargin(0.04);
    axis.setUpperMargin(0.04);
    if (axis instanceof NumberAxis number) {
      number.setAutoRangeIncludesZero(false);
    }
  }

  static void stylePlot(XYPlot plot, ChartTheme theme) {
    plot.setBackgroundPaint(theme.plotBackground());
    plot.setOutlinePaint(theme.gridline());
    plot.setDomainGridlinePaint(theme.gridline());
    plot.setRangeGridlinePaint(theme.gridline());
    plot.setDomainGridlineStroke(new BasicStroke(0.8f));
    plot.setRangeGridlineStroke(new BasicStroke(0.8f));
    plot.setDomainMinorGridlinesVisible(true);
    plot.setDomainMinorGridlinePaint(ChartTheme.translucent(theme.gridline(), 120));
    plot.setDomainMinorGridlineStroke(new BasicStroke(0.5f));
    plot.setAxisOffset(new RectangleInsets(4, 4, 4, 4));
    plot.setDomainPannable(true);
    plot.setRangePannable(true);
  }

  static void styleChart(JFreeChart chart, ChartTheme theme) {
    chart.setBackgroundPaint(theme.background());
    chart.setAntiAlias(true);
    chart.setTextAntiAlias(true);
    chart.setPadding(new RectangleInsets(8, 8, 8, 12));
    if (chart.getTitle() != null) {
      chart.getTitle().setPaint(theme.foreground());
      chart.getTitle().setFont(theme.titleFont());
    }
  }

  static LegendTitle legend(XYPlot plot, ChartTheme theme) {
    LegendTitle legend = new LegendTitle(plot);
    legend.setItemFont(theme.legendFont());
    legend.setItemPaint(theme.foreground());
    legend.setBackgroundPaint(theme.background());
    legend.setFrame(BlockBorder.NONE);
    legend.setPosition(RectangleEdge.BOTTOM);
    legend.setHorizontalAlignment(HorizontalAlignment.CENTER);
    legend.setItemLabelPadding(new RectangleInsets(2, 4, 2, 12));
    legend.setMargin(new RectangleInsets(6, 0, 0, 0));
    return legend;
  }

  static TextTitle subtitle(String text, Paint paint, ChartTheme theme) {
    TextTitle title = new TextTitle(text, theme.subtitleFont());
    title.setPaint(paint);
    title.setPosition(RectangleEdge.TOP);
    title.setHorizontalAlignment(HorizontalAlignment.LEFT);
    title.setMargin(new RectangleInsets(2, 6, 2, 6));
    return title;
  }

  /** A horizontal (range) line with its label above the line at the right end. */
  static ValueMarker horizontalLine(double y, String label, Color color, Stroke stroke,
      ChartTheme theme) {
    ValueMarker marker = new ValueMarker(y, color, stroke);
    marker.setLabel(label);
    marker.setLabelFont(theme.markerLabelFont());
    marker.setLabelPaint(color);
    marker.setLabelBackgroundColor(ChartTheme.translucent(theme.plotBackground(), 200));
    marker.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
    marker.setLabelTextAnchor(TextAnchor.BOTTOM_RIGHT);
    marker.setLabelOffset(new RectangleInsets(2, 4, 2, 4));
    return marker;
  }

  /** A vertical (domain) line with its label at the top, to the right of the line. */
  static ValueMarker verticalLine(double x, String label, Color color, Stroke stroke,
      ChartTheme theme) {
    ValueMarker marker = new ValueMarker(x, color, stroke);
    marker.setLabel(label);
    marker.setLabelFont(theme.markerLabelFont());
    marker.setLabelPaint(color);
    marker.setLabelBackgroundColor(ChartTheme.translucent(theme.plotBackground(), 200));
    marker.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
    marker.setLabelTextAnchor(TextAnchor.TOP_LEFT);
    marker.setLabelOffset(new RectangleInsets(4, 2, 4, 2));
    return marker;
  }

  /** A legend entry drawn as a line in a stroke. */
  static LegendItem lineItem(String label, Paint paint, Stroke stroke) {
    return new LegendItem(label, null, label, null, false, new Rectangle2D.Double(),
        false, paint, false, paint, stroke, true, new Line2D.Double(-12, 0, 12, 0), stroke, paint);
  }

  /** A legend entry drawn as a point shape, filled or hollow. */
  static LegendItem shapeItem(String label, Shape shape, boolean filled, Paint paint) {
    return new LegendItem(label, null, label, null, true, shape, filled, paint, true, paint,
        OUTLINE, false, new Line2D.Double(), OUTLINE, paint);
  }

  /** A legend entry for a shaded band. */
  static LegendItem bandItem(String label, Paint fill) {
    return new LegendItem(label, null, label, null, true, new Rectangle2D.Double(-8, -5, 16, 10),
        true, fill, false, fill, OUTLINE, false, new Line2D.Double(), OUTLINE, fill);
  }
}
