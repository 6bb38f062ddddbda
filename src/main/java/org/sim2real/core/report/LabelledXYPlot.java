package org.sim2real.core.report;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.Marker;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.PlotState;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYItemRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jspecify.annotations.Nullable;

/**
 * An XY plot whose line labels never overlap: JFreeChart draws each marker's label where its
 * anchors say, whatever else is there, so at small sizes "floor C", "target", "n*" and "true
 * floor C" land on each other. Here the lines are drawn as usual but their labels last, placed by
 * {@link LabelPlacement} in the data area of this drawing, beside their lines, the foreground
 * lines' labels (target, n*) first. The placed bounds of the last drawing are kept for tests.
 * A marker's anchors give its label's preferred end and side.
 */
public final class LabelledXYPlot extends XYPlot {
  private static final long serialVersionUID = 1L;
  private static final double PAD_X = 3;
  private static final double PAD_Y = 1;

  /** A label as drawn: its text and its bounds in Java2D space. */
  public record PlacedLabel(String text, Rectangle2D bounds) {}

  private record Pending(ValueMarker marker, boolean vertical, boolean foreground, int order) {}

  /** A label for a curve (the truth of the Teach step), placed beside the curve. */
  private record CurveLabel(String text, double[] x, double[] y, Font font, Paint paint,
      @Nullable Color background) {}

  /** Where along a curve its label is tried, as fractions of its points, best first. */
  private static final double[] ALONG_CURVE = {0.35, 0.45, 0.25, 0.55, 0.15, 0.65, 0.75, 0.08,
      0.85};

  private transient List<Pending> pending = new ArrayList<>();
  private transient List<CurveLabel> curveLabels = new ArrayList<>();
  private transient List<PlacedLabel> placed = List.of();
  private transient List<String> omitted = List.of();
  private transient @Nullable Rectangle2D dataArea;

  @Override
  public void draw(Graphics2D g2, Rectangle2D area, @Nullable Point2D anchor,
      @Nullable PlotState parentState, @Nullable PlotRenderingInfo info) {
    pending.clear();
    dataArea = null;
    super.draw(g2, area, anchor, parentState, info);
    Rectangle2D drawnIn = dataArea;
    if (drawnIn != null) {
      drawLabels(g2, drawnIn);
    } else {
      placed = List.of();
      omitted = List.of();
    }
  }

  @Override
  protected void drawDomainMarkers(Graphics2D g2, Rectangle2D area, int index, Layer layer) {
    drawMarkers(g2, area, index, layer, true);
  }

  @Override
  protected void drawRangeMarkers(Graphics2D g2, Rectangle2D area, int index, Layer layer) {
    drawMarkers(g2, area, index, layer, false);
  }

  /** Draws the lines now, through label-less copies; their labels wait for the last pass. */
  private void drawMarkers(Graphics2D g2, Rectangle2D area, int index, Layer layer,
      boolean vertical) {
    XYItemRenderer renderer = getRenderer(index);
    Collection<Marker> markers = vertical ? getDomainMarkers(index, layer)
        : getRangeMarkers(index, layer);
    ValueAxis axis = vertical ? getDomainAxisForDataset(index) : getRangeAxisForDataset(index);
    if (renderer == null || getDataset(index) == null || markers == null || axis == null) {
      return;
    }
    dataArea = area;
    for (Marker m : markers) {
      Marker drawn = m;
      if (m instanceof ValueMarker v && v.getLabel() != null && !v.getLabel().isEmpty()) {
        // a fresh copy has no listeners: changing the marker itself would redraw the chart
        ValueMarker line = new ValueMarker(v.getValue(), v.getPaint(), v.getStroke());
        line.setAlpha(v.getAlpha());
        drawn = line;
        pending.add(new Pending(v, vertical, layer == Layer.FOREGROUND, pending.size()));
      }
      if (vertical) {
        renderer.drawDomainMarker(g2, this, axis, drawn, area);
      } else {
        renderer.drawRangeMarker(g2, this, axis, drawn, area);
      }
    }
  }

  /**
   * Labels a curve on the plot, beside one of its points (the first place along it that is
   * free): the legend is hidden in a small window, and a curve a text talks about ("the solid
   * line marked truth") must say which it is. Drawn after the target's and n*'s labels, before
   * the other lines'.
   */
  public void addCurveLabel(String text, double[] x, double[] y, Font font, Paint paint,
      @Nullable Color background) {
    if (x.length != y.length || x.length == 0) {
      throw new IllegalArgumentException("a curve label needs points, got " + x.length + " x and "
          + y.length + " y");
    }
    curveLabels.add(new CurveLabel(text, x.clone(), y.clone(), font, paint, background));
    fireChangeEvent();
  }

  /** Enlarges the curve labels' fonts (the markers' own fonts are enlarged on the markers). */
  public void scaleCurveLabelFonts(double factor) {
    curveLabels.replaceAll(c -> new CurveLabel(c.text(), c.x(), c.y(),
        c.font().deriveFont((float) (c.font().getSize2D() * factor)), c.paint(), c.background()));
    fireChangeEvent();
  }

  private void drawLabels(Graphics2D g2, Rectangle2D area) {
    List<Pending> order = new ArrayList<>(pending);
    order.sort(Comparator.comparing((Pending p) -> !p.foreground()).thenComparing(Pending::order));
    // the order of placement: foreground lines, curves, the other lines
    List<Object> kept = new ArrayList<>();
    List<List<Rectangle2D>> candidates = new ArrayList<>();
    for (Pending p : order) {
      if (!p.foreground() && kept.stream().noneMatch(k -> k instanceof CurveLabel)) {
        addCurves(g2, area, kept, candidates);
      }
      List<Rectangle2D> places = candidates(g2, p, area);
      if (!places.isEmpty()) {
        kept.add(p);
        candidates.add(places);
      }
    }
    if (kept.stream().noneMatch(k -> k instanceof CurveLabel)) {
      addCurves(g2, area, kept, candidates);
    }
    List<@Nullable Rectangle2D> chosen = LabelPlacement.place(candidates, area);
    List<PlacedLabel> drawn = new ArrayList<>();
    List<String> left = new ArrayList<>();
    for (int i = 0; i < kept.size(); i++) {
      Rectangle2D r = chosen.get(i);
      String text = kept.get(i) instanceof Pending p ? p.marker().getLabel()
          : ((CurveLabel) kept.get(i)).text();
      if (r == null) {
        left.add(text);
        continue;
      }
      if (kept.get(i) instanceof Pending p) {
        drawLabel(g2, r, text, p.marker().getLabelFont(), p.marker().getLabelPaint(),
            p.marker().getLabelBackgroundColor());
      } else {
        CurveLabel c = (CurveLabel) kept.get(i);
        drawLabel(g2, r, text, c.font(), c.paint(), c.background());
      }
      drawn.add(new PlacedLabel(text, r));
    }
    placed = List.copyOf(drawn);
    omitted = List.copyOf(left);
  }

  private void addCurves(Graphics2D g2, Rectangle2D area, List<Object> kept,
      List<List<Rectangle2D>> candidates) {
    for (CurveLabel c : curveLabels) {
      kept.add(c);
      candidates.add(curveCandidates(g2, c, area));
    }
  }

  /** Centred above or below points along the curve that lie in the plot, best first. */
  private List<Rectangle2D> curveCandidates(Graphics2D g2, CurveLabel c, Rectangle2D area) {
    FontMetrics metrics = g2.getFontMetrics(c.font());
    double width = metrics.stringWidth(c.text()) + 2 * PAD_X;
    double height = metrics.getAscent() + metrics.getDescent() + 2 * PAD_Y;
    List<Rectangle2D> places = new ArrayList<>();
    for (double f : ALONG_CURVE) {
      int i = (int) Math.round(f * (c.x().length - 1));
      double x = getDomainAxis().valueToJava2D(c.x()[i], area, getDomainAxisEdge());
      double y = getRangeAxis().valueToJava2D(c.y()[i], area, getRangeAxisEdge());
      if (!area.contains(x, y)) {
        continue;
      }
      // above a falling curve the label sits up and to the right of the point, clear of the line
      places.add(new Rectangle2D.Double(x, y - 2 * LabelPlacement.GAP - height, width, height));
      places.add(new Rectangle2D.Double(x - width, y + 2 * LabelPlacement.GAP, width, height));
    }
    return places;
  }

  /** Where a marker's label may go, best first; empty when its line is outside the plot. */
  private List<Rectangle2D> candidates(Graphics2D g2, Pending p, Rectangle2D area) {
    ValueMarker m = p.marker();
    FontMetrics metrics = g2.getFontMetrics(m.getLabelFont());
    double width = metrics.stringWidth(m.getLabel()) + 2 * PAD_X;
    double height = metrics.getAscent() + metrics.getDescent() + 2 * PAD_Y;
    RectangleAnchor anchor = m.getLabelAnchor();
    TextAnchor text = m.getLabelTextAnchor();
    if (p.vertical()) {
      double x = getDomainAxis().valueToJava2D(m.getValue(), area, getDomainAxisEdge());
      if (!(x >= area.getMinX() && x <= area.getMaxX())) {
        return List.of();
      }
      boolean top = !anchor.toString().contains("BOTTOM");
      boolean right = text.toString().contains("LEFT") || !text.toString().contains("RIGHT");
      return LabelPlacement.besideVerticalLine(x, width, height, area, top, right);
    }
    double y = getRangeAxis().valueToJava2D(m.getValue(), area, getRangeAxisEdge());
    if (!(y >= area.getMinY() && y <= area.getMaxY())) {
      return List.of();
    }
    String a = anchor.toString();
    double along = a.contains("LEFT") ? 0 : a.contains("RIGHT") ? 1 : 0.5;
    boolean above = !text.toString().contains("TOP");
    return LabelPlacement.besideHorizontalLine(y, width, height, area, along, above);
  }

  private static void drawLabel(Graphics2D g2, Rectangle2D r, String text, Font font,
      Paint paint, @Nullable Color background) {
    Paint oldPaint = g2.getPaint();
    Font oldFont = g2.getFont();
    if (background != null) {
      g2.setPaint(background);
      g2.fill(r);
    }
    g2.setFont(font);
    g2.setPaint(paint);
    FontMetrics metrics = g2.getFontMetrics();
    g2.drawString(text, (float) (r.getX() + PAD_X),
        (float) (r.getY() + PAD_Y + metrics.getAscent()));
    g2.setFont(oldFont);
    g2.setPaint(oldPaint);
  }

  /** A copy draws on its own: it shares no drawing state with this plot. */
  @Override
  public Object clone() throws CloneNotSupportedException {
    LabelledXYPlot copy = (LabelledXYPlot) super.clone();
    copy.pending = new ArrayList<>();
    copy.curveLabels = new ArrayList<>(curveLabels);
    copy.placed = List.of();
    copy.omitted = List.of();
    copy.dataArea = null;
    return copy;
  }

  /** The line labels of the last drawing with their bounds, in the order they were placed. */
  public List<PlacedLabel> placedLabels() {
    return placed;
  }

  /** Labels of the last drawing that found no free place (the legend still names them). */
  public List<String> omittedLabels() {
    return omitted;
  }

  /** The data area of the last drawing, or null before the first. */
  public @Nullable Rectangle2D lastDataArea() {
    Rectangle2D area = dataArea;
    return area == null ? null : (Rectangle2D) area.clone();
  }
}
