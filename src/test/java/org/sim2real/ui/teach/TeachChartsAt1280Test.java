package org.sim2real.ui.teach;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.sim2real.core.report.ChartLabelChecks;
import org.sim2real.core.report.LabelledXYPlot;
import org.sim2real.core.report.ScalingChart;
import org.sim2real.ui.common.chart.ChartPane;

/**
 * The Teach chart and the presentation chart at the sizes they get in a 1280 x 720 window: the
 * line labels (floor C, true floor C, target, n*, scratch, window) and the truth's label lie
 * inside the plot and apart, and the plot keeps its room.
 */
class TeachChartsAt1280Test extends TeachStepInAWindow {
  private void runStudy() {
    interact(() -> {
      view.model().runStudy();
      view.model().finishReveal();
    });
    finishBackgroundWork();
  }

  private static ScalingChart shown(ChartPane pane) {
    ScalingChart chart = pane.chart();
    assertNotNull(chart, "no chart shown");
    return chart;
  }

  private static void assertNamed(List<LabelledXYPlot.PlacedLabel> labels, String... starts) {
    List<String> texts = ChartLabelChecks.texts(labels);
    for (String start : starts) {
      assertTrue(texts.stream().anyMatch(t -> t.startsWith(start)), "no label '" + start
          + "...' on the chart: " + texts);
    }
  }

  @Test
  void theTeachChartsLabelsLieApartInsideThePlotWithAndWithoutTheTour() {
    runStudy();
    ChartPane pane = view.chartPane();
    ScalingChart chart = shown(pane);
    double width = pane.viewer().getWidth();
    double height = pane.viewer().getHeight();
    assertTrue(height >= 200, "the chart is a strip: " + height);
    List<LabelledXYPlot.PlacedLabel> labels = ChartLabelChecks.drawAndCheck(chart, width, height);
    assertNamed(labels, "truth", "target", "n* = ", "floor C", "true floor C");

    clickOn("#startTour");
    finishBackgroundWork();
    double withTour = pane.viewer().getHeight();
    assertTrue(withTour >= TeachView.MIN_CHART_HEIGHT - 60, "with the tour open the chart"
        + " keeps its room (the step scrolls): " + withTour);
    labels = ChartLabelChecks.drawAndCheck(chart, pane.viewer().getWidth(), withTour);
    assertNamed(labels, "truth", "target", "n* = ");
  }

  @Test
  void thePresentationChartsLabelsLieApartInsideThePlotOnA1280By720Projector() {
    runStudy();
    interact(() -> {
      view.present();
      Stage stage = view.presentation().stage();
      stage.setFullScreen(false);
      stage.setX(0);
      stage.setY(0);
      stage.setWidth(1280);
      stage.setHeight(720);
    });
    finishBackgroundWork();
    ChartPane pane = view.presentation().chartPane();
    ScalingChart chart = shown(pane);
    double height = pane.viewer().getHeight();
    List<LabelledXYPlot.PlacedLabel> labels = ChartLabelChecks.drawAndCheck(chart,
        pane.viewer().getWidth(), height);
    assertNamed(labels, "truth", "target", "n* = ", "floor C");
    java.awt.geom.Rectangle2D plot = chart.dataArea();
    assertTrue(plot.getHeight() >= 0.4 * height, "the plot keeps most of the chart: "
        + plot.getHeight() + " of " + height);
    float axisFont = chart.plot().getRangeAxis().getLabelFont().getSize2D();
    java.awt.FontMetrics metrics = new java.awt.image.BufferedImage(1, 1,
        java.awt.image.BufferedImage.TYPE_INT_ARGB).createGraphics()
        .getFontMetrics(chart.plot().getRangeAxis().getLabelFont());
    assertTrue(metrics.stringWidth(chart.plot().getRangeAxis().getLabel()) <= plot.getHeight(),
        "the error axis's label (" + axisFont + " pt) is longer than the plot is high ("
            + plot.getHeight() + " px): it would run into the trust line");
  }
}
