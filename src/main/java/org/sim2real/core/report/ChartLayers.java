package org.sim2real.core.report;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.LegendItem;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * The datasets and renderers of a scaling chart, in drawing order (band, law lines, measured
 * points, marks, frame), with the legend entries, tooltips and plotted rows collected while the
 * curves are added. The frame is an invisible series spanning everything that must stay in view
 * (baseline, floor, target, n*), so that the axes' automatic range, and the zoom reset, include
 * lines that are markers rather than data.
 */
final class ChartLayers {
  static final int BAND = 0;
  static final int LAW = 1;
  static final int POINTS = 2;
  static final int MARKS = 3;
  static final int FRAME = 4;

  final YIntervalSeriesCollection bands = new YIntervalSeriesCollection();
  final DeviationRenderer bandRenderer = new DeviationRenderer(false, false);
  final XYSeriesCollection laws = new XYSeriesCollection();
  final XYLineAndShapeRenderer lawRenderer = new XYLineAndShapeRenderer(true, false);
  final YIntervalSeriesCollection points = new YIntervalSeriesCollection();
  final MeasuredPointRenderer pointRenderer;
  final List<List<String>> pointTips = new ArrayList<>();
  final XYSeriesCollection marks = new XYSeriesCollection();
  final XYLineAndShapeRenderer markRenderer = new XYLineAndShapeRenderer(false, true);
  final List<List<String>> markTips = new ArrayList<>();
  final XYSeriesCollection frame = new XYSeriesCollection();
  final XYLineAndShapeRenderer frameRenderer = new XYLineAndShapeRenderer(false, false);
  final List<LegendItem> legend = new ArrayList<>();
  final List<PlottedRow> rows = new ArrayList<>();

  private double minX = Double.POSITIVE_INFINITY;
  private double maxX = Double.NEGATIVE_INFINITY;
  private double minY = Double.POSITIVE_INFINITY;
  private double maxY = Double.NEGATIVE_INFINITY;

  ChartLayers(ChartTheme theme) {
    pointRenderer = new MeasuredPointRenderer(theme.notFitted());
    bandRenderer.setAlpha(theme == ChartTheme.DARK ? 0.28f : 0.18f);
    pointRenderer.setDefaultToolTipGenerator((dataset, series, item) -> tip(pointTips, series, item));
    markRenderer.setDefaultToolTipGenerator((dataset, series, item) -> tip(markTips, series, item));
    markRenderer.setDrawOutlines(true);
    markRenderer.setUseOutlinePaint(false);
    markRenderer.setUseFillPaint(false);
  }

  private static String tip(List<List<String>> tips, int series, int item) {
    return series < tips.size() && item < tips.get(series).size() ? tips.get(series).get(item) : "";
  }

  /** Keeps (x, y) in view (non-positive values are skipped: they have no place on a log axis). */
  void include(double x, double y) {
    if (x > 0 && Double.isFinite(x)) {
      minX = Math.min(minX, x);
      maxX = Math.max(maxX, x);
    }
    if (y > 0 && Double.isFinite(y)) {
      minY = Math.min(minY, y);
      maxY = Math.max(maxY, y);
    }
  }

  double lowestY() {
    return minY;
  }

  /** Adds the invisible frame series once everything is in; false when nothing was included. */
  boolean closeFrame() {
    if (!(minX <= maxX) || !(minY <= maxY)) {
      return false;
    }
    XYSeries corners = new XYSeries("frame");
    corners.add(minX, minY);
    corners.add(maxX == minX ? maxX * 10 : maxX, maxY == minY ? maxY * 1.1 : maxY);
    frame.addSeries(corners);
    frameRenderer.setSeriesVisibleInLegend(0, false);
    return true;
  }

  int addPointSeries(YIntervalSeries series, boolean[] insideWindow, List<String> tips,
      Color color, java.awt.Shape shape) {
    points.addSeries(series);
    int index = points.getSeriesCount() - 1;
    pointRenderer.addSeries(insideWindow);
    pointRenderer.setSeriesPaint(index, color);
    pointRenderer.setSeriesShape(index, shape);
    pointTips.add(List.copyOf(tips));
    return index;
  }

  int addMarkSeries(XYSeries series, List<String> tips, java.awt.Paint paint,
      java.awt.Shape shape, boolean filled, java.awt.Stroke outline) {
    marks.addSeries(series);
    int index = marks.getSeriesCount() - 1;
    markRenderer.setSeriesPaint(index, paint);
    markRenderer.setSeriesShape(index, shape);
    markRenderer.setSeriesShapesFilled(index, filled);
    markRenderer.setSeriesOutlineStroke(index, outline);
    markTips.add(new ArrayList<>(tips));
    return index;
  }

  void addLawSeries(XYSeries series, Color color, java.awt.Stroke stroke) {
    laws.addSeries(series);
    int index = laws.getSeriesCount() - 1;
    lawRenderer.setSeriesPaint(index, color);
    lawRenderer.setSeriesStroke(index, stroke);
  }

  void addBandSeries(YIntervalSeries series, Color color) {
    bands.addSeries(series);
    int index = bands.getSeriesCount() - 1;
    bandRenderer.setSeriesPaint(index, color);
    bandRenderer.setSeriesFillPaint(index, color);
  }
}
