package org.sim2real.ui.teach;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.awt.Stroke;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYItemRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.sim2real.core.report.ChartTheme;
import org.sim2real.core.report.LabelledXYPlot;
import org.sim2real.core.report.ScalingChart;
import org.sim2real.core.scaling.curve.Format;

/**
 * Draws the truth of the simulated study onto a scaling chart: the true law E(n) = D n^-alpha + C
 * as a solid line in its own colour labelled "truth", under the dashed fitted law so that a good fit visibly lies
 * on it, and the true floor C as a long-dashed line. Legend entries go next to the fitted law's and
 * the fitted floor's. AWT only; runs where the chart is built.
 */
final class TruthOverlay {
  static final Stroke TRUTH = new BasicStroke(3.2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
  static final Stroke TRUE_FLOOR = new BasicStroke(1.6f, BasicStroke.CAP_BUTT,
      BasicStroke.JOIN_ROUND, 10f, new float[] {12f, 5f}, 0f);
  static final String SERIES_PREFIX = "truth: ";
  private static final int LINE_POINTS = 120;

  private TruthOverlay() {}

  /** Okabe-Ito bluish green (the series colour of no curve in a one-curve chart). */
  static Color color(ChartTheme theme) {
    return theme == ChartTheme.DARK ? new Color(0x2BC39A) : new Color(0x009E73);
  }

  /** The truth's text colour: on white the line's green is a shade too light to read. */
  private static Color labelPaint(ChartTheme theme) {
    return theme == ChartTheme.DARK ? color(theme) : new Color(0x00785A);
  }

  /**
   * @param xLow smallest n of the line
   * @param xHigh largest n of the line (the right end of the chart)
   * @param showFloorLine whether the true floor lies in the plotted range
   */
  static void add(ScalingChart chart, TeachingSetup setup, double xLow, double xHigh,
      ChartTheme theme, boolean showFloorLine) {
    XYPlot plot = chart.plot();
    Color color = color(theme);
    XYSeries truth = new XYSeries(SERIES_PREFIX + setup.lawText());
    for (int i = 0; i < LINE_POINTS; i++) {
      double n = xLow * Math.pow(xHigh / xLow, i / (LINE_POINTS - 1.0));
      truth.add(n, setup.trueError(n));
    }
    insertUnderLaws(plot, truth, ChartTheme.translucent(color, 215));
    if (plot instanceof LabelledXYPlot labelled) {
      // named on the line itself: the legend is hidden in a small window
      labelled.addCurveLabel("truth", truth.toArray()[0], truth.toArray()[1],
          theme.markerLabelFont().deriveFont(Font.BOLD), labelPaint(theme),
          ChartTheme.translucent(theme.plotBackground(), 200));
    }
    LegendItem law = lineItem("truth (simulated): " + setup.lawText(), color, TRUTH);
    String floorText = "true floor C = " + Format.value(setup.c());
    LegendItem floor;
    if (setup.c() > 0 && showFloorLine) {
      ValueMarker marker = new ValueMarker(setup.c(), color, TRUE_FLOOR);
      marker.setLabel(floorText);
      marker.setLabelFont(theme.markerLabelFont());
      marker.setLabelPaint(labelPaint(theme));
      marker.setLabelBackgroundColor(ChartTheme.translucent(theme.plotBackground(), 200));
      // below the line at the right end: the fitted floor's label sits above it at the left
      marker.setLabelAnchor(RectangleAnchor.BOTTOM_RIGHT);
      marker.setLabelTextAnchor(TextAnchor.TOP_RIGHT);
      marker.setLabelOffset(new RectangleInsets(2, 4, 2, 4));
      plot.addRangeMarker(0, marker, Layer.BACKGROUND, false);
      floor = lineItem(floorText, color, TRUE_FLOOR);
    } else {
      floor = lineItem(floorText + (setup.c() > 0 ? " (below the plotted range)" : " (no floor)"),
          color, TRUE_FLOOR);
    }
    insertLegend(plot, law, "fit");
    insertLegend(plot, floor, "floor C");
    plot.getChart().fireChartChanged();
  }

  /**
   * Puts the truth first in the law layer, so the fitted law and its extrapolation draw over it.
   * The law renderer's per-series looks move up by one with their series.
   */
  private static void insertUnderLaws(XYPlot plot, XYSeries truth, Paint paint) {
    int index = lawLayer(plot);
    if (index < 0) {
      throw new IllegalStateException("the scaling chart has no law layer");
    }
    XYSeriesCollection laws = (XYSeriesCollection) plot.getDataset(index);
    XYItemRenderer renderer = plot.getRenderer(index);
    List<XYSeries> old = new ArrayList<>();
    List<Paint> paints = new ArrayList<>();
    List<Stroke> strokes = new ArrayList<>();
    for (int s = 0; s < laws.getSeriesCount(); s++) {
      old.add(laws.getSeries(s));
      paints.add(renderer.getSeriesPaint(s));
      strokes.add(renderer.getSeriesStroke(s));
    }
    laws.removeAllSeries();
    laws.addSeries(truth);
    renderer.setSeriesPaint(0, paint, false);
    renderer.setSeriesStroke(0, TRUTH, false);
    for (int s = 0; s < old.size(); s++) {
      laws.addSeries(old.get(s));
      renderer.setSeriesPaint(s + 1, paints.get(s), false);
      renderer.setSeriesStroke(s + 1, strokes.get(s), false);
    }
  }

  /** The law layer: the line renderer without shapes (points and marks have shapes). */
  private static int lawLayer(XYPlot plot) {
    for (int i = 0; i < plot.getDatasetCount(); i++) {
      if (plot.getDataset(i) instanceof XYSeriesCollection
          && plot.getRenderer(i) instanceof XYLineAndShapeRenderer r
          && r.getDefaultLinesVisible() && !r.getDefaultShapesVisible()) {
        return i;
      }
    }
    return -1;
  }

  /** Inserts an entry after the first one whose label starts with {@code after}, else last. */
  private static void insertLegend(XYPlot plot, LegendItem item, String after) {
    LegendItemCollection old = plot.getFixedLegendItems();
    LegendItemCollection items = new LegendItemCollection();
    boolean placed = false;
    for (int i = 0; old != null && i < old.getItemCount(); i++) {
      items.add(old.get(i));
      if (!placed && old.get(i).getLabel().startsWith(after)) {
        items.add(item);
        placed = true;
      }
    }
    if (!placed) {
      items.add(item);
    }
    plot.setFixedLegendItems(items);
  }

  private static LegendItem lineItem(String label, Paint paint, Stroke stroke) {
    return new LegendItem(label, null, label, null, false, new Rectangle2D.Double(), false,
        paint, false, paint, stroke, true, new Line2D.Double(-12, 0, 12, 0), stroke, paint);
  }
}
