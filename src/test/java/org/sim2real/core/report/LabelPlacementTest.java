package org.sim2real.core.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.geom.Rectangle2D;
import java.util.List;
import org.junit.jupiter.api.Test;

class LabelPlacementTest {
  private static final Rectangle2D AREA = new Rectangle2D.Double(50, 20, 600, 200);

  @Test
  void twoLabelsOfLinesAtAlmostTheSameHeightAreStackedApartInsideThePlot() {
    // floor C at y = 150 and the true floor at y = 153, both preferring the left end above
    List<Rectangle2D> floor = LabelPlacement.besideHorizontalLine(150, 120, 16, AREA, 0, true);
    List<Rectangle2D> trueFloor = LabelPlacement.besideHorizontalLine(153, 140, 16, AREA, 0,
        true);
    List<Rectangle2D> placed = LabelPlacement.place(List.of(floor, trueFloor), AREA);
    assertEquals(floor.get(0), placed.get(0), "the first label gets its preferred place");
    assertNotNull(placed.get(1));
    assertFalse(placed.get(0).intersects(placed.get(1)), placed.toString());
    assertTrue(LabelPlacement.contains(AREA, placed.get(1)), placed.get(1).toString());
  }

  @Test
  void aVerticalLineNearTheRightEdgeTakesItsLabelToTheLeft() {
    List<Rectangle2D> places = LabelPlacement.besideVerticalLine(640, 80, 16, AREA, true, true);
    Rectangle2D placed = LabelPlacement.place(List.of(places), AREA).get(0);
    assertNotNull(placed);
    assertTrue(placed.getMaxX() <= 640, "left of the line: " + placed);
  }

  @Test
  void labelsOfOneVerticalLineStackDownItWhenTheTopIsTaken() {
    List<List<Rectangle2D>> three = List.of(
        LabelPlacement.besideVerticalLine(300, 100, 16, AREA, true, true),
        LabelPlacement.besideVerticalLine(300, 100, 16, AREA, true, true),
        LabelPlacement.besideVerticalLine(300, 100, 16, AREA, true, true));
    List<Rectangle2D> placed = LabelPlacement.place(three, AREA);
    for (int i = 0; i < placed.size(); i++) {
      assertNotNull(placed.get(i));
      for (int j = i + 1; j < placed.size(); j++) {
        assertFalse(placed.get(i).intersects(placed.get(j)), placed.toString());
      }
    }
    assertEquals(AREA.getMinY() + LabelPlacement.GAP, placed.get(0).getMinY(), 1e-9);
  }

  @Test
  void aLabelWithNoFreePlaceIsLeftOutRatherThanDrawnOverAnother() {
    Rectangle2D small = new Rectangle2D.Double(0, 0, 100, 24);
    List<Rectangle2D> a = LabelPlacement.besideHorizontalLine(12, 90, 9, small, 0, true);
    List<Rectangle2D> b = LabelPlacement.besideHorizontalLine(12, 90, 9, small, 0, true);
    List<Rectangle2D> c = LabelPlacement.besideHorizontalLine(12, 90, 9, small, 0, true);
    List<Rectangle2D> placed = LabelPlacement.place(List.of(a, b, c), small);
    assertNotNull(placed.get(0));
    assertNotNull(placed.get(1), "below the line");
    assertNull(placed.get(2), "neither above nor below is free: " + placed);
  }

  @Test
  void aLabelWiderThanThePlotHasNoPlace() {
    assertTrue(LabelPlacement.besideHorizontalLine(100, 700, 16, AREA, 0, true).isEmpty());
  }

  @Test
  void aPlotDrawsTheLabelsOfLinesAtTheSameHeightApartAndKeepsTheirBounds() {
    LabelledXYPlot plot = new LabelledXYPlot();
    plot.setDomainAxis(new org.jfree.chart.axis.NumberAxis("n"));
    plot.setRangeAxis(new org.jfree.chart.axis.NumberAxis("error"));
    org.jfree.data.xy.XYSeries frame = new org.jfree.data.xy.XYSeries("frame");
    frame.add(0, 0);
    frame.add(10, 1);
    plot.setDataset(new org.jfree.data.xy.XYSeriesCollection(frame));
    plot.setRenderer(new org.jfree.chart.renderer.xy.XYLineAndShapeRenderer(false, false));
    for (String label : new String[] {"floor C = 0.196", "true floor C = 0.200"}) {
      // the same line and the same preferred place: JFreeChart alone draws one over the other
      org.jfree.chart.plot.ValueMarker floor = new org.jfree.chart.plot.ValueMarker(0.2);
      floor.setLabel(label);
      floor.setLabelAnchor(org.jfree.chart.ui.RectangleAnchor.TOP_LEFT);
      floor.setLabelTextAnchor(org.jfree.chart.ui.TextAnchor.BOTTOM_LEFT);
      plot.addRangeMarker(0, floor, org.jfree.chart.ui.Layer.BACKGROUND, false);
    }
    org.jfree.chart.plot.ValueMarker nStar = new org.jfree.chart.plot.ValueMarker(2);
    nStar.setLabel("n* = 1,080");
    plot.addDomainMarker(0, nStar, org.jfree.chart.ui.Layer.FOREGROUND, false);
    org.jfree.chart.JFreeChart chart = new org.jfree.chart.JFreeChart(plot);
    java.awt.Graphics2D g2 = new java.awt.image.BufferedImage(400, 300,
        java.awt.image.BufferedImage.TYPE_INT_ARGB).createGraphics();
    chart.draw(g2, new Rectangle2D.Double(0, 0, 400, 300));
    g2.dispose();

    List<LabelledXYPlot.PlacedLabel> labels = plot.placedLabels();
    assertEquals(List.of("n* = 1,080", "floor C = 0.196", "true floor C = 0.200"),
        labels.stream().map(LabelledXYPlot.PlacedLabel::text).toList(),
        "the foreground line's label first, then the others in order");
    Rectangle2D area = plot.lastDataArea();
    assertNotNull(area);
    for (int i = 0; i < labels.size(); i++) {
      assertTrue(LabelPlacement.contains(area, labels.get(i).bounds()), labels.toString());
      for (int j = i + 1; j < labels.size(); j++) {
        assertFalse(labels.get(i).bounds().intersects(labels.get(j).bounds()),
            labels.toString());
      }
    }
    assertTrue(plot.omittedLabels().isEmpty(), plot.omittedLabels().toString());
  }
}
