package org.sim2real.ui.common.chart;

import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.fx.interaction.PanHandlerFX;
import org.jfree.chart.plot.XYPlot;
import org.jspecify.annotations.Nullable;
import org.sim2real.core.report.ScalingChart;

/**
 * A scaling chart on screen: the JFreeChart viewer (drag to zoom, Ctrl+drag to pan, wheel to
 * zoom, double-click to reset) with a readout line under it. Swapping in a rebuilt chart keeps the
 * zoom the user chose.
 */
public final class ChartPane extends BorderPane {
  static final String HINT = "Drag: zoom \u00b7 Ctrl+drag: pan \u00b7 wheel: zoom \u00b7"
      + " double-click: reset \u00b7 drag the dashed window lines or the target line";
  public static final String VIEW_HINT =
      "Drag: zoom \u00b7 Ctrl+drag: pan \u00b7 wheel: zoom \u00b7 double-click: reset";

  private final ChartViewer viewer = new ChartViewer(null, true);
  private final Label readout = new Label(HINT);
  private final ChartInteractions interactions;
  private @Nullable ScalingChart chart;

  public ChartPane() {
    getStyleClass().add("chart-pane");
    viewer.setId("chartViewer");
    viewer.setMinSize(200, 160);
    // JFreeChart-FX pans with Alt+drag, which many Linux desktops take for moving windows
    viewer.getCanvas().removeMouseHandler(viewer.getCanvas().getMouseHandler("pan"));
    viewer.getCanvas().addMouseHandler(new PanHandlerFX("pan", false, true, false, false));
    readout.setId("chartReadout");
    readout.getStyleClass().add("chart-readout");
    readout.setMaxWidth(Double.MAX_VALUE);
    readout.setWrapText(true);
    VBox.setVgrow(viewer, Priority.ALWAYS);
    setCenter(viewer);
    setBottom(readout);
    BorderPane.setMargin(readout, new Insets(4, 8, 2, 8));
    interactions = new ChartInteractions(viewer, readout::setText, () -> chart);
    viewer.widthProperty().addListener((obs, old, now) -> fitLegend());
    viewer.heightProperty().addListener((obs, old, now) -> fitLegend());
  }

  /** In a small window the legend would cover the plot; the side panel names the series. */
  private void fitLegend() {
    if (viewer.getChart() != null) {
      LegendFit.apply(viewer.getChart(), viewer.getWidth(), viewer.getHeight());
    }
  }

  /** Shows a chart; keeps the current zoom when the old chart was zoomed or panned. */
  public void show(ScalingChart newChart) {
    ScalingChart old = chart;
    if (old != null) {
      keepZoom(old.plot(), newChart.plot());
    }
    chart = newChart;
    viewer.setChart(newChart.chart());
    fitLegend();
    interactions.chartChanged();
  }

  /** Shows a plain chart (the error-against-m chart) without scaling interactions. */
  public void showPlain(org.jfree.chart.JFreeChart plain) {
    chart = null;
    viewer.setChart(plain);
    fitLegend();
    interactions.chartChanged();
  }

  private static void keepZoom(XYPlot from, XYPlot to) {
    copyRange(from.getDomainAxis(), to.getDomainAxis());
    copyRange(from.getRangeAxis(), to.getRangeAxis());
  }

  private static void copyRange(ValueAxis from, ValueAxis to) {
    if (!from.isAutoRange() && from.getClass() == to.getClass()) {
      to.setRange(from.getRange());
    }
  }

  /** Back to the automatic range (all data, baseline, floor and target in view). */
  public void resetZoom() {
    if (viewer.getChart() != null) {
      XYPlot plot = viewer.getChart().getXYPlot();
      plot.getDomainAxis().setAutoRange(true);
      plot.getRangeAxis().setAutoRange(true);
    }
  }

  public @Nullable ScalingChart chart() {
    return chart;
  }

  public ChartViewer viewer() {
    return viewer;
  }

  public Label readout() {
    return readout;
  }

  public ChartInteractions interactions() {
    return interactions;
  }

  /** False for a chart that only shows (the live chart): no dragging of window or target. */
  public void setEditable(boolean editable) {
    interactions.setEditable(editable);
    readout.setText(interactions.hint());
  }

  /** Sizes the window lines snap to, ascending. */
  public void setSnapSizes(List<Long> sizes) {
    interactions.setSnapSizes(sizes);
  }

  /** Called when the user lets go of a dragged window line, with the new (low, high). */
  public void setOnWindowChosen(BiConsumer<Long, Long> handler) {
    interactions.onWindowChosen = handler;
  }

  /** Called while the target line is dragged (live), with the error under the mouse. */
  public void setOnTargetDragged(Consumer<Double> handler) {
    interactions.onTargetDragged = handler;
  }

  /** Called when the user lets go of the target line, or sets it from the context menu. */
  public void setOnTargetChosen(Consumer<Double> handler) {
    interactions.onTargetChosen = handler;
  }
}
