package org.sim2real.ui.common.chart;

import java.awt.Graphics2D;
import org.jfree.chart.fx.ChartCanvas;
import org.jfree.chart.fx.overlay.CrosshairOverlayFX;
import org.jfree.chart.plot.XYPlot;

/** The crosshair overlay, skipped while the canvas has no XY chart (it would fail on null). */
final class SafeCrosshairOverlay extends CrosshairOverlayFX {
  private static final long serialVersionUID = 1L;

  @Override
  public void paintOverlay(Graphics2D g2, ChartCanvas canvas) {
    if (canvas.getChart() != null && canvas.getChart().getPlot() instanceof XYPlot
        && canvas.getRenderingInfo() != null) {
      super.paintOverlay(g2, canvas);
    }
  }
}
