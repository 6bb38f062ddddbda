package org.sim2real.core.report;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.axis.AxisState;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberTick;
import org.jfree.chart.axis.TickType;
import org.jfree.chart.axis.ValueTick;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.TextAnchor;

/**
 * A {@link LogAxis} whose ticks come from {@link AxisTicks}: labels like 100, 1k, 10k for sizes and
 * 0.40, 0.45, 0.50 for errors instead of LogAxis's powers of ten, which a short error range would
 * not even contain.
 */
final class NiceLogAxis extends LogAxis {
  private static final long serialVersionUID = 1L;

  private final AxisTicks.Style style;

  NiceLogAxis(String label, AxisTicks.Style style) {
    super(label);
    this.style = style;
    setMinorTickMarksVisible(true);
    setMinorTickMarkOutsideLength(2f);
    setTickMarkOutsideLength(4f);
  }

  AxisTicks.Style style() {
    return style;
  }

  @Override
  @SuppressWarnings("rawtypes")
  public List refreshTicks(
      Graphics2D g2, AxisState state, Rectangle2D dataArea, RectangleEdge edge) {
    TextAnchor anchor;
    if (edge == RectangleEdge.TOP) {
      anchor = TextAnchor.BOTTOM_CENTER;
    } else if (edge == RectangleEdge.BOTTOM) {
      anchor = TextAnchor.TOP_CENTER;
    } else if (edge == RectangleEdge.LEFT) {
      anchor = TextAnchor.CENTER_RIGHT;
    } else {
      anchor = TextAnchor.CENTER_LEFT;
    }
    List<ValueTick> ticks = new ArrayList<>();
    for (AxisTicks.Tick t : AxisTicks.forLogRange(getLowerBound(), getUpperBound(), style)) {
      ticks.add(new NumberTick(t.major() ? TickType.MAJOR : TickType.MINOR, t.value(), t.label(),
          anchor, anchor, 0.0));
    }
    return ticks;
  }
}
