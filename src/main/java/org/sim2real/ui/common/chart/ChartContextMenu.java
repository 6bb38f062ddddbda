package org.sim2real.ui.common.chart;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import org.sim2real.core.report.ScalingChart;

/**
 * The chart's right-click menu: set the fit window's start or end, or the target error, where the
 * user clicked; reset the zoom; and the export commands. Rebuilt before it opens, so it offers
 * only what the chart on screen has.
 */
final class ChartContextMenu {
  private final ChartInteractions chart;
  private final ContextMenu menu;
  private final List<MenuItem> extraItems = new ArrayList<>();
  private double x = Double.NaN;
  private double y = Double.NaN;

  ChartContextMenu(ChartInteractions chart, ContextMenu menu) {
    this.chart = chart;
    this.menu = menu;
    update(Double.NaN, Double.NaN);
  }

  void setExtraItems(List<MenuItem> extra) {
    extraItems.clear();
    extraItems.addAll(extra);
    update(x, y);
  }

  /** Rebuilds the items for a click at canvas (x, y). */
  void update(double clickX, double clickY) {
    x = clickX;
    y = clickY;
    List<MenuItem> items = new ArrayList<>();
    ScalingChart c = chart.isEditable() ? chart.chart() : null;
    if (c != null && c.windowMarkers() != null) {
      items.add(item("menuWindowStart", "Set Window Start Here", () -> setWindowEdge(true)));
      items.add(item("menuWindowEnd", "Set Window End Here", () -> setWindowEdge(false)));
    }
    if (c != null) {
      items.add(item("menuTarget", "Set Target Error Here", () -> {
        double error = chart.errorAt(y);
        if (!Double.isNaN(error)) {
          chart.onTargetChosen.accept(error);
        }
      }));
    }
    if (!items.isEmpty()) {
      items.add(new SeparatorMenuItem());
    }
    items.add(item("menuResetZoom", "Reset Zoom", chart::resetZoom));
    items.addAll(extraItems);
    menu.getItems().setAll(items);
  }

  /** Moves one end of the window to the measured size nearest the click, keeping 3 sizes. */
  private void setWindowEdge(boolean start) {
    ScalingChart c = chart.chart();
    double[] w = c == null ? null : c.windowMarkers();
    double n = chart.nAt(x);
    if (w == null || Double.isNaN(n)) {
      return;
    }
    long size = chart.snap(n);
    if (start) {
      chart.onWindowChosen.accept(Math.min(size, chart.stepBelow((long) w[1], 2)), (long) w[1]);
    } else {
      chart.onWindowChosen.accept((long) w[0], Math.max(size, chart.stepAbove((long) w[0], 2)));
    }
  }

  private static MenuItem item(String id, String text, Runnable action) {
    MenuItem item = new MenuItem(text);
    item.setId(id);
    item.setOnAction(e -> action.run());
    return item;
  }
}
