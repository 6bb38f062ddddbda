package org.sim2real.ui.common.chart;

import java.awt.geom.Rectangle2D;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.Cursor;
import javafx.scene.control.MenuItem;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.fx.ChartCanvas;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.fx.overlay.CrosshairOverlayFX;
import org.jfree.chart.plot.Crosshair;
import org.jfree.chart.plot.XYPlot;
import org.jspecify.annotations.Nullable;
import org.sim2real.core.report.ScalingChart;
import org.sim2real.core.scaling.curve.Format;

/**
 * Mouse work on a scaling chart: the crosshair readout (n and the law's prediction with its band
 * there), dragging the fit-window lines (snapping to measured sizes) and the target line, and the
 * context menu. Drags near a line are taken before JFreeChart sees them, so they do not zoom.
 */
public final class ChartInteractions {
  /** How close (pixels) the mouse must be to grab a line. */
  static final double GRAB = 6;

  private enum Drag { NONE, WINDOW_LOW, WINDOW_HIGH, TARGET }

  private final ChartViewer viewer;
  private final Consumer<String> readout;
  private final Supplier<@Nullable ScalingChart> chart;
  private final Crosshair crosshair = new Crosshair(Double.NaN);
  private final ChartContextMenu menu;
  private List<Long> snapSizes = List.of();
  private Drag drag = Drag.NONE;
  private String xName = "n";
  private boolean editable = true;
  BiConsumer<Long, Long> onWindowChosen = (low, high) -> {};
  Consumer<Double> onTargetDragged = t -> {};
  Consumer<Double> onTargetChosen = t -> {};

  ChartInteractions(ChartViewer viewer, Consumer<String> readout,
      Supplier<@Nullable ScalingChart> chart) {
    this.viewer = viewer;
    this.readout = readout;
    this.chart = chart;
    crosshair.setPaint(new java.awt.Color(0x808890));
    crosshair.setStroke(new java.awt.BasicStroke(0.8f));
    CrosshairOverlayFX overlay = new SafeCrosshairOverlay();
    overlay.addDomainCrosshair(crosshair);
    viewer.getCanvas().addOverlay(overlay);
    ChartCanvas canvas = viewer.getCanvas();
    canvas.addEventFilter(MouseEvent.MOUSE_MOVED, this::moved);
    canvas.addEventFilter(MouseEvent.MOUSE_EXITED, e -> {
      crosshair.setValue(Double.NaN);
      readout.accept(hint());
    });
    canvas.addEventFilter(MouseEvent.MOUSE_PRESSED, this::pressed);
    canvas.addEventFilter(MouseEvent.MOUSE_DRAGGED, this::dragged);
    canvas.addEventFilter(MouseEvent.MOUSE_RELEASED, this::released);
    canvas.addEventFilter(MouseEvent.MOUSE_CLICKED, e -> {
      if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
        resetZoom();
      }
    });
    menu = new ChartContextMenu(this, viewer.getContextMenu());
    viewer.addEventFilter(ContextMenuEvent.CONTEXT_MENU_REQUESTED, e -> {
      javafx.geometry.Point2D onCanvas = canvas.sceneToLocal(e.getSceneX(), e.getSceneY());
      menu.update(onCanvas.getX(), onCanvas.getY());
    });
  }

  /** What the x axis counts, for the readout: "n", or "m" on the error-against-m chart. */
  public void setAxisName(String name) {
    xName = name;
  }

  /** Items appended to the context menu (the export commands). */
  public void setExtraMenuItems(List<MenuItem> extra) {
    menu.setExtraItems(extra);
  }

  @Nullable ScalingChart chart() {
    return chart.get();
  }

  void setSnapSizes(List<Long> sizes) {
    snapSizes = List.copyOf(sizes);
  }

  void chartChanged() {
    crosshair.setValue(Double.NaN);
    drag = Drag.NONE;
    menu.update(Double.NaN, Double.NaN);
  }

  private @Nullable Rectangle2D dataArea() {
    ChartRenderingInfo info = viewer.getCanvas().getRenderingInfo();
    return info == null ? null : info.getPlotInfo().getDataArea();
  }

  private @Nullable XYPlot plot() {
    return viewer.getChart() == null ? null : viewer.getChart().getXYPlot();
  }

  /** n at canvas x, or NaN outside the plot. */
  public double nAt(double x) {
    Rectangle2D area = dataArea();
    XYPlot plot = plot();
    if (area == null || plot == null || x < area.getMinX() || x > area.getMaxX()) {
      return Double.NaN;
    }
    return plot.getDomainAxis().java2DToValue(x, area, plot.getDomainAxisEdge());
  }

  /** Error at canvas y, or NaN outside the plot. */
  public double errorAt(double y) {
    Rectangle2D area = dataArea();
    XYPlot plot = plot();
    if (area == null || plot == null || y < area.getMinY() || y > area.getMaxY()) {
      return Double.NaN;
    }
    return plot.getRangeAxis().java2DToValue(y, area, plot.getRangeAxisEdge());
  }

  /** Canvas x of n (NaN without a drawn chart). */
  public double xOf(double n) {
    Rectangle2D area = dataArea();
    XYPlot plot = plot();
    return area == null || plot == null ? Double.NaN
        : plot.getDomainAxis().valueToJava2D(n, area, plot.getDomainAxisEdge());
  }

  /** Canvas y of an error (NaN without a drawn chart). */
  public double yOf(double error) {
    Rectangle2D area = dataArea();
    XYPlot plot = plot();
    return area == null || plot == null ? Double.NaN
        : plot.getRangeAxis().valueToJava2D(error, area, plot.getRangeAxisEdge());
  }

  /** Whether the window and target lines can be dragged and set from the menu. */
  void setEditable(boolean canEdit) {
    editable = canEdit;
    menu.update(Double.NaN, Double.NaN);
  }

  public boolean isEditable() {
    return editable;
  }

  private Drag grabbable(double x, double y) {
    ScalingChart c = chart.get();
    if (!editable || c == null || Double.isNaN(nAt(x)) || Double.isNaN(errorAt(y))) {
      return Drag.NONE;
    }
    double[] window = c.windowMarkers();
    if (window != null && Math.abs(xOf(window[0]) - x) <= GRAB) {
      return Drag.WINDOW_LOW;
    }
    if (window != null && Math.abs(xOf(window[1]) - x) <= GRAB) {
      return Drag.WINDOW_HIGH;
    }
    Double target = c.targetError();
    if (target != null && Math.abs(yOf(target) - y) <= GRAB) {
      return Drag.TARGET;
    }
    return Drag.NONE;
  }

  private void moved(MouseEvent e) {
    Drag under = grabbable(e.getX(), e.getY());
    viewer.getCanvas().setCursor(switch (under) {
      case WINDOW_LOW, WINDOW_HIGH -> Cursor.H_RESIZE;
      case TARGET -> Cursor.V_RESIZE;
      case NONE -> Cursor.DEFAULT;
    });
    double n = nAt(e.getX());
    double error = errorAt(e.getY());
    crosshair.setValue(Double.isNaN(error) ? Double.NaN : n);
    readout.accept(Double.isNaN(n) || Double.isNaN(error) ? hint() : describe(n, error));
  }

  String hint() {
    return editable ? ChartPane.HINT : ChartPane.VIEW_HINT;
  }

  /**
   * "n = 316,000: fitted law 0.432; forecast 90%: 0.40 to 0.47; mean curve 90%: 0.41 to 0.45; a
   * re-run would measure 90%: 0.39 to 0.48 (extrapolated) · cursor at 0.450".
   */
  String describe(double n, double error) {
    ScalingChart c = chart.get();
    String law = c == null ? null : c.readoutText(n);
    String where = xName + " = " + Format.size(n);
    String cursor = "cursor at " + Format.error(error);
    return law == null ? where + " \u00b7 " + cursor : where + ": " + law + " \u00b7 " + cursor;
  }

  private void pressed(MouseEvent e) {
    if (e.getButton() != MouseButton.PRIMARY || e.getClickCount() > 1) {
      return;
    }
    drag = grabbable(e.getX(), e.getY());
    if (drag != Drag.NONE) {
      e.consume();
    }
  }

  private void dragged(MouseEvent e) {
    ScalingChart c = chart.get();
    if (drag == Drag.NONE || c == null) {
      return;
    }
    e.consume();
    if (drag == Drag.TARGET) {
      double error = clampedError(e.getY());
      c.moveTarget(error);
      onTargetDragged.accept(error);
      readout.accept("Target " + Format.error(error) + ": release to forecast the n it needs");
      return;
    }
    double[] window = c.windowMarkers();
    if (window == null) {
      return;
    }
    long n = snap(nAtClamped(e.getX()));
    if (drag == Drag.WINDOW_LOW) {
      c.previewWindow(Math.min(n, stepBelow((long) window[1], 2)), window[1]);
    } else {
      c.previewWindow(window[0], Math.max(n, stepAbove((long) window[0], 2)));
    }
    double[] now = c.windowMarkers();
    readout.accept("Fit window n = " + Format.size((long) now[0]) + " to "
        + Format.size((long) now[1]) + ": release to refit");
  }

  private void released(MouseEvent e) {
    ScalingChart c = chart.get();
    Drag finished = drag;
    drag = Drag.NONE;
    if (finished == Drag.NONE || c == null) {
      return;
    }
    e.consume();
    if (finished == Drag.TARGET) {
      Double target = c.targetError();
      if (target != null) {
        onTargetChosen.accept(target);
      }
      return;
    }
    double[] window = c.windowMarkers();
    if (window != null) {
      onWindowChosen.accept((long) window[0], (long) window[1]);
    }
  }

  private double nAtClamped(double x) {
    Rectangle2D area = dataArea();
    return area == null ? Double.NaN : nAt(Math.max(area.getMinX(), Math.min(area.getMaxX(), x)));
  }

  private double clampedError(double y) {
    Rectangle2D area = dataArea();
    return area == null ? Double.NaN : errorAt(Math.max(area.getMinY(), Math.min(area.getMaxY(), y)));
  }

  /** The measured size nearest n on the log scale. */
  long snap(double n) {
    long best = snapSizes.isEmpty() ? Math.round(n) : snapSizes.get(0);
    for (long s : snapSizes) {
      if (Math.abs(Math.log(s / n)) < Math.abs(Math.log(best / n))) {
        best = s;
      }
    }
    return best;
  }

  /** The measured size {@code steps} below n (so a window keeps at least 3 sizes). */
  long stepBelow(long n, int steps) {
    int i = snapSizes.indexOf(n);
    return i < 0 ? n : snapSizes.get(Math.max(0, i - steps));
  }

  long stepAbove(long n, int steps) {
    int i = snapSizes.indexOf(n);
    return i < 0 ? n : snapSizes.get(Math.min(snapSizes.size() - 1, i + steps));
  }

  void resetZoom() {
    XYPlot plot = plot();
    if (plot != null) {
      plot.getDomainAxis().setAutoRange(true);
      plot.getRangeAxis().setAutoRange(true);
    }
  }

}
