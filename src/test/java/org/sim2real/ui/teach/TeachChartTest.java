package org.sim2real.ui.teach;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jfree.chart.plot.Marker;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.ui.Layer;
import org.junit.jupiter.api.Test;
import org.sim2real.core.report.ChartTheme;
import org.sim2real.core.report.ScalingChart;

/** The teaching chart: the workbench's scaling chart plus the truth, on steady axes. */
class TeachChartTest {
  private static final TeachingSetup SETUP = TeachingSetup.defaults();

  private static TeachResult fitted() {
    return TeachViewModel.fit(SETUP, SETUP.generate(), 0.22, 200, 1, 1);
  }

  private static TeachChart.Drawn draw(TeachResult result, boolean presentation, boolean truth) {
    return TeachChart.build(result, new TeachChart.Style(ChartTheme.LIGHT, presentation, truth));
  }

  @Test
  void showsTheFittedLawAndTheTruthAsSeparateLines() {
    ScalingChart chart = draw(fitted(), false, true).chart();
    List<String> series = chart.seriesNames();
    assertTrue(series.contains("truth: 1.2\u00b7n^-0.3 + 0.2"), series.toString());
    assertTrue(series.stream().anyMatch(s -> s.startsWith("fit: transfer")), series.toString());
    List<String> legend = chart.legendLabels();
    int fit = indexStarting(legend, "fit: ");
    assertEquals("truth (simulated): 1.2\u00b7n^-0.3 + 0.2", legend.get(fit + 1),
        "the truth is listed right after the fitted law");
    assertTrue(legend.contains("true floor C = 0.200"), legend.toString());
    assertTrue(indexStarting(legend, "floor C = ") >= 0, "the fitted floor is drawn too");
    assertTrue(indexStarting(legend, "scratch baseline") >= 0);
    assertFalse(legend.stream().anyMatch(l -> l.startsWith("fit window")));
    assertTrue(rangeMarkerLabels(chart).contains("true floor C = 0.200"));
  }

  @Test
  void theTruthDrawsUnderTheFittedLaw() {
    ScalingChart chart = draw(fitted(), false, true).chart();
    List<String> series = chart.seriesNames();
    assertTrue(series.indexOf("truth: 1.2\u00b7n^-0.3 + 0.2")
        < series.indexOf(series.stream().filter(s -> s.startsWith("fit: ")).findFirst()
            .orElseThrow()));
  }

  @Test
  void truthCanBeHiddenForAClassToGuess() {
    ScalingChart chart = draw(fitted(), false, false).chart();
    assertFalse(chart.seriesNames().stream().anyMatch(s -> s.startsWith("truth")));
    assertFalse(chart.legendLabels().stream().anyMatch(s -> s.startsWith("tru")));
  }

  @Test
  void runningStudyShowsItsPointsAndTheTruthButNoLaw() {
    TeachingSetup setup = SETUP;
    var order = TeachingSetup.revealOrder(setup.generate());
    var table = org.sim2real.core.scaling.curve.LearningCurveTable.of("part", order.subList(0, 35));
    TeachResult running = TeachViewModel.fit(setup, table, 0.22, 100, 35, order.size());
    ScalingChart chart = draw(running, false, true).chart();
    assertFalse(chart.seriesNames().stream().anyMatch(s -> s.startsWith("fit: ")));
    assertTrue(chart.seriesNames().contains("truth: 1.2\u00b7n^-0.3 + 0.2"));
    assertTrue(chart.subtitleText().contains("The study is running (35 of 110 results in)"),
        chart.subtitleText());
  }

  @Test
  void axesStayPutWhileTheStudyFillsIn() {
    var order = TeachingSetup.revealOrder(SETUP.generate());
    var part = org.sim2real.core.scaling.curve.LearningCurveTable.of("part", order.subList(0, 20));
    TeachChart.Drawn early = draw(TeachViewModel.fit(SETUP, part, 0.22, 100, 20, order.size()),
        false, true);
    TeachChart.Drawn done = draw(fitted(), false, true);
    assertEquals(early.xLow(), done.xLow());
    assertEquals(early.xHigh(), done.xHigh(), done.xHigh() * 1e-9);
    assertEquals(early.yHigh(), done.yHigh(), 0.02 * done.yHigh());
  }

  @Test
  void presentationEnlargesEveryFont() {
    ScalingChart normal = draw(fitted(), false, true).chart();
    ScalingChart big = draw(fitted(), true, true).chart();
    float axis = normal.plot().getDomainAxis().getLabelFont().getSize2D();
    assertEquals(axis * TeachChart.PRESENTATION_SCALE,
        big.plot().getDomainAxis().getLabelFont().getSize2D(), 0.01);
    assertTrue(big.plot().getRangeAxis().getTickLabelFont().getSize2D()
        > normal.plot().getRangeAxis().getTickLabelFont().getSize2D());
  }

  @Test
  void aTargetAlreadyReachedNamesTheMeasuredSizeAndTheLawsCrossingThatTheChartShows() {
    double target = SETUP.trueError(3000);
    TeachResult result = TeachViewModel.fit(SETUP, SETUP.generate(), target, 200, 1, 1);
    var need = result.dataNeed();
    assertEquals(org.sim2real.core.scaling.forecast.DataNeedVerdict.ALREADY_REACHED,
        need.verdict(), need.sentence());
    ScalingChart chart = draw(result, false, true).chart();
    ValueMarker nStar = ((java.util.Collection<?>) chart.plot().getDomainMarkers(
        Layer.FOREGROUND)).stream().map(m -> (ValueMarker) m).filter(m -> m.getLabel() != null
            && m.getLabel().startsWith("n* = ")).findFirst().orElseThrow();
    assertEquals(need.requiredN().value(), nStar.getValue(), 1e-6 * nStar.getValue(),
        "the chart's n* is the law's crossing");
    String words = need.sentence() + TruthPanel.lawCrossing(need);
    assertTrue(words.contains("at n = " + org.sim2real.core.scaling.curve.Format.size(
        need.reachedAtN())), words);
    assertTrue(words.contains("The fitted law crosses it at n* = "
        + org.sim2real.core.scaling.curve.Format.size(nStar.getValue())), words);
  }

  private static int indexStarting(List<String> labels, String prefix) {
    for (int i = 0; i < labels.size(); i++) {
      if (labels.get(i).startsWith(prefix)) {
        return i;
      }
    }
    return -1;
  }

  private static List<String> rangeMarkerLabels(ScalingChart chart) {
    return chart.plot().getRangeMarkers(Layer.BACKGROUND).stream()
        .map(m -> ((Marker) m).getLabel()).filter(l -> l != null).toList();
  }
}
