package org.sim2real.ui.study;

import java.util.List;
import javafx.beans.value.ObservableValue;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;
import org.sim2real.ui.common.Texts;
import org.sim2real.ui.common.Theme;

/**
 * The n schedule on a small log axis: a dot per size between decade ticks, so the spacing (and a
 * gap or a cluster in a custom list) is seen at a glance. Drawn on a canvas that takes the width
 * it is given.
 */
public final class SchedulePreview extends Pane {
  static final double HEIGHT = 54;
  private static final double MARGIN = 22;

  private final Canvas canvas = new Canvas();
  private final ObservableValue<List<Integer>> sizes;
  private final ObservableValue<Theme> theme;
  private final ObservableValue<Integer> dataRows;

  /** @param dataRows the usable simulation rows (0 when unknown), drawn as the data's end */
  public SchedulePreview(ObservableValue<List<Integer>> sizes, ObservableValue<Integer> dataRows,
      ObservableValue<Theme> theme) {
    this.sizes = sizes;
    this.theme = theme;
    this.dataRows = dataRows;
    setId("schedulePreview");
    getStyleClass().add("schedule-preview");
    setMinHeight(HEIGHT);
    setPrefHeight(HEIGHT);
    setMaxHeight(HEIGHT);
    getChildren().add(canvas);
    sizes.addListener((obs, old, s) -> draw());
    theme.addListener((obs, old, t) -> draw());
    dataRows.addListener((obs, old, r) -> draw());
    widthProperty().addListener((obs, old, w) -> draw());
  }

  @Override
  protected void layoutChildren() {
    canvas.setWidth(Math.max(0, getWidth()));
    canvas.setHeight(HEIGHT);
    draw();
  }

  private void draw() {
    double w = canvas.getWidth();
    GraphicsContext g = canvas.getGraphicsContext2D();
    g.clearRect(0, 0, w, HEIGHT);
    boolean dark = theme.getValue() == Theme.DARK;
    Color axis = dark ? Color.web("#a3aab6") : Color.web("#5b6473");
    Color point = dark ? Color.web("#5b9bf0") : Color.web("#2f6fd0");
    Color limit = dark ? Color.web("#e0a050") : Color.web("#b36b00");
    List<Integer> values = sizes.getValue();
    if (w < 2 * MARGIN + 10) {
      return;
    }
    g.setFont(Font.font(11));
    g.setFill(axis);
    g.setTextBaseline(VPos.CENTER);
    if (values == null || values.isEmpty()) {
      g.setTextAlign(TextAlignment.LEFT);
      g.fillText("The sizes appear here once there is a maximum or the data are imported.",
          MARGIN, HEIGHT / 2);
      return;
    }
    int rows = dataRows.getValue() == null ? 0 : dataRows.getValue();
    double first = Math.log10(values.get(0));
    double last = Math.log10(Math.max(values.get(values.size() - 1), rows));
    double pad = Math.max(0.08, (last - first) * 0.04);
    double lo = first - pad;
    double hi = Math.max(last + pad, lo + 0.3);
    double y = 18;
    double left = MARGIN;
    double right = w - MARGIN;
    double span = hi - lo;
    g.setStroke(axis);
    g.setLineWidth(1);
    g.strokeLine(left, y, right, y);
    g.setTextAlign(TextAlignment.CENTER);
    boolean wide = span > 3; // label decades only; else 1, 2, 5 of each decade
    for (int e = (int) Math.floor(lo); e <= (int) Math.ceil(hi); e++) {
      for (int k = 1; k < 10; k++) {
        double t = e + Math.log10(k);
        if (t < lo || t > hi) {
          continue;
        }
        double x = left + (t - lo) / span * (right - left);
        boolean labelled = k == 1 || (!wide && (k == 2 || k == 5));
        g.strokeLine(x, y - (labelled ? 4 : 2), x, y + (labelled ? 4 : 2));
        if (labelled) {
          g.fillText(tick(k, e), x, y + 16);
        }
      }
    }
    if (rows > 0) {
      double x = left + (Math.log10(rows) - lo) / span * (right - left);
      g.setStroke(limit);
      g.setLineDashes(3, 3);
      g.strokeLine(x, y - 10, x, y + 8);
      g.setLineDashes();
      g.setFill(limit);
      g.setTextAlign(x > w - 120 ? TextAlignment.RIGHT : TextAlignment.LEFT);
      g.fillText("data: " + Texts.count(rows), x + (x > w - 120 ? -4 : 4), y + 30);
    }
    g.setFill(point);
    for (int n : values) {
      double x = left + (Math.log10(n) - lo) / span * (right - left);
      g.fillOval(x - 4, y - 4, 8, 8);
    }
  }

  /** k x 10^exponent as a short label: 2, 50, 100, 2k, 50k, 1M. */
  static String tick(int k, int exponent) {
    if (exponent < 3) {
      return Integer.toString(k * (int) Math.pow(10, exponent));
    }
    if (exponent < 6) {
      return k * (int) Math.pow(10, exponent - 3) + "k";
    }
    if (exponent < 9) {
      return k * (int) Math.pow(10, exponent - 6) + "M";
    }
    return k + "e" + exponent;
  }
}
