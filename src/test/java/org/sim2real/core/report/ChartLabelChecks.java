package org.sim2real.core.report;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.List;

/**
 * Draws a scaling chart at a given size, as a screen's chart viewer does, and checks its line
 * labels: each lies inside the plot's data area and no two overlap.
 */
public final class ChartLabelChecks {
  private ChartLabelChecks() {}

  /** Draws {@code chart} at width x height and checks the labels; returns them as placed. */
  public static List<LabelledXYPlot.PlacedLabel> drawAndCheck(ScalingChart chart, double width,
      double height) {
    int w = (int) Math.round(width);
    int h = (int) Math.round(height);
    assertTrue(w > 0 && h > 0, "the chart is not on screen: " + width + " x " + height);
    BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
    Graphics2D g2 = image.createGraphics();
    try {
      chart.chart().draw(g2, new Rectangle2D.Double(0, 0, w, h));
    } finally {
      g2.dispose();
    }
    Rectangle2D area = chart.dataArea();
    assertNotNull(area, "the plot was not drawn");
    List<LabelledXYPlot.PlacedLabel> labels = chart.placedLabels();
    for (LabelledXYPlot.PlacedLabel label : labels) {
      assertTrue(LabelPlacement.contains(area, label.bounds()), "'" + label.text()
          + "' at " + label.bounds() + " leaves the plot " + area + " of a " + w + " x " + h
          + " chart");
    }
    for (int i = 0; i < labels.size(); i++) {
      for (int j = i + 1; j < labels.size(); j++) {
        assertFalse(labels.get(i).bounds().intersects(labels.get(j).bounds()), "'"
            + labels.get(i).text() + "' " + labels.get(i).bounds() + " overlaps '"
            + labels.get(j).text() + "' " + labels.get(j).bounds() + " in a " + w + " x " + h
            + " chart");
      }
    }
    return labels;
  }

  /** The text of every label placed, for messages and for checks that a label is there. */
  public static List<String> texts(List<LabelledXYPlot.PlacedLabel> labels) {
    return labels.stream().map(LabelledXYPlot.PlacedLabel::text).toList();
  }
}
