package org.sim2real.core.report;

import java.awt.Color;
import java.awt.Paint;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.renderer.xy.XYErrorRenderer;

/**
 * Mean errors with their 90% interval bars; points outside the fit window are drawn hollow in the
 * theme's grey, so that a reader sees at once which points the law was fitted to.
 */
final class MeasuredPointRenderer extends XYErrorRenderer {
  private static final long serialVersionUID = 1L;

  private final List<boolean[]> fitted = new ArrayList<>();
  private final Color notFitted;

  MeasuredPointRenderer(Color notFitted) {
    this.notFitted = notFitted;
    setDrawXError(false);
    setDrawYError(true);
    setCapLength(7);
    setErrorStroke(ChartStyling.ERROR_BAR);
    setDefaultLinesVisible(false);
    setDefaultShapesVisible(true);
    setDrawOutlines(true);
    setUseOutlinePaint(false);
    setDefaultOutlineStroke(ChartStyling.OUTLINE);
  }

  /** Registers the next series: which of its items lie inside the fit window. */
  void addSeries(boolean[] insideWindow) {
    fitted.add(insideWindow.clone());
  }

  boolean isFitted(int series, int item) {
    return series >= fitted.size() || item >= fitted.get(series).length || fitted.get(series)[item];
  }

  @Override
  public Paint getItemPaint(int series, int item) {
    return isFitted(series, item) ? super.getItemPaint(series, item) : notFitted;
  }

  @Override
  public boolean getItemShapeFilled(int series, int item) {
    return isFitted(series, item);
  }
}
