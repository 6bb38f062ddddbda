package org.sim2real.core.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.Marker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.Layer;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.sim2real.core.scaling.curve.Interval;
import org.sim2real.core.scaling.fit.TrustLevel;
import org.sim2real.core.study.AdaptiveSettings;
import org.sim2real.core.study.adaptive.QuestionAnswer;
import org.sim2real.core.study.adaptive.WaveDecision;
import org.sim2real.core.study.adaptive.WaveReport;

class WaveAnswerChartTest {
  private static final double FULL = 1000;

  private static WaveReport wave(int wave, double spent, @Nullable QuestionAnswer answer) {
    return new WaveReport(wave, new WaveDecision(answer, List.of(), WaveDecision.Verdict.CONTINUE,
        "", spent, FULL, 10, Double.NaN), false, Double.NaN, Double.NaN);
  }

  private static QuestionAnswer answer(double value, double lower, double upper) {
    return answer(value, lower, upper, Interval.NONE);
  }

  private static QuestionAnswer answer(double value, double lower, double upper,
      Interval wanted) {
    return new QuestionAnswer(value, new Interval(lower, upper), TrustLevel.CAUTION, "", false,
        2, wanted, "answer " + value);
  }

  private static YIntervalSeriesCollection data(JFreeChart chart) {
    return (YIntervalSeriesCollection) chart.getXYPlot().getDataset();
  }

  private static IntervalMarker band(JFreeChart chart) {
    @SuppressWarnings("unchecked")
    java.util.Collection<Marker> markers = chart.getXYPlot().getRangeMarkers(Layer.BACKGROUND);
    assertEquals(1, markers.size());
    return (IntervalMarker) markers.iterator().next();
  }

  @Test
  void everyAnsweredWaveIsOnePointWithItsIntervalAtTheComputeSpentInWaveOrder() {
    List<WaveReport> waves = List.of(
        wave(3, 300, answer(0.44, 0.40, 0.48)),
        wave(1, 0, null), // the coarse start has no answer yet
        wave(2, 175, answer(0.45, 0.39, 0.52)));
    JFreeChart chart = WaveAnswerChart.create(waves, AdaptiveSettings.errorAt(100_000, 0.02,
        false), ChartTheme.LIGHT);
    YIntervalSeriesCollection data = data(chart);
    assertEquals(2, data.getItemCount(0));
    assertEquals(17.5, data.getXValue(0, 0), 1e-9);
    assertEquals(0.45, data.getYValue(0, 0), 1e-12);
    assertEquals(0.39, data.getStartYValue(0, 0), 1e-12);
    assertEquals(0.52, data.getEndYValue(0, 0), 1e-12);
    assertEquals(30, data.getXValue(0, 1), 1e-9);
    assertEquals(0.48, data.getEndYValue(0, 1), 1e-12);
    assertInstanceOf(NumberAxis.class, chart.getXYPlot().getRangeAxis());
    assertEquals(100, chart.getXYPlot().getDomainAxis().getUpperBound(), 1e-9,
        "the axis runs to the full grid");
  }

  @Test
  void theRequestedPrecisionOfTheLatestAnswerIsTheBand() {
    List<WaveReport> waves = List.of(
        wave(2, 200, answer(0.50, 0.40, 0.60, new Interval(0.48, 0.52))),
        wave(3, 300, answer(0.40, 0.35, 0.45, new Interval(0.38, 0.42))));
    IntervalMarker band = band(WaveAnswerChart.create(waves,
        AdaptiveSettings.errorAt(100_000, 0.02, false), ChartTheme.LIGHT));
    assertEquals(0.38, band.getStartValue(), 1e-12);
    assertEquals(0.42, band.getEndValue(), 1e-12);
  }

  @Test
  void theRankingDrawsTheDifferenceWithTheBandOfEquivalenceAroundZero() {
    List<WaveReport> waves = List.of(
        wave(2, 250, answer(0.03, -0.01, 0.07, new Interval(-0.02, 0.02))));
    JFreeChart chart = WaveAnswerChart.create(waves, AdaptiveSettings.ranking(2000, 0.02, false),
        ChartTheme.LIGHT);
    IntervalMarker band = band(chart);
    assertEquals(-0.02, band.getStartValue(), 1e-12);
    assertEquals(0.02, band.getEndValue(), 1e-12);
    assertEquals("difference", chart.getXYPlot().getRangeAxis().getLabel());
    assertEquals(WaveAnswerChart.ANSWERS_RANKING,
        chart.getXYPlot().getFixedLegendItems().get(0).getLabel());
    assertEquals(-0.01, data(chart).getStartYValue(0, 0), 1e-12, "a difference may be negative");
  }

  @Test
  void nStarIsOnALogAxisItsBandAFactorEitherSideAndAnOpenIntervalReachesAboveTheData() {
    List<WaveReport> waves = List.of(
        wave(2, 170, answer(40_000, 9_000, Double.POSITIVE_INFINITY)),
        wave(3, 280, answer(30_000, 15_000, 60_000, new Interval(30_000 / 1.3, 30_000 * 1.3))));
    JFreeChart chart = WaveAnswerChart.create(waves, AdaptiveSettings.requiredN(0.42, 1.3),
        ChartTheme.LIGHT);
    XYPlot plot = chart.getXYPlot();
    assertInstanceOf(LogAxis.class, plot.getRangeAxis());
    YIntervalSeriesCollection data = data(chart);
    double open = data.getEndYValue(0, 0);
    assertTrue(Double.isFinite(open) && open > 60_000, "drawn above the highest finite end: "
        + open);
    String tip = plot.getRenderer().getToolTipGenerator(0, 0).generateToolTip(data, 0, 0);
    assertTrue(tip.contains("open upwards"), tip);
    assertFalse(plot.getRenderer().getToolTipGenerator(0, 1).generateToolTip(data, 0, 1)
        .contains("open upwards"));
    IntervalMarker band = band(chart);
    assertEquals(30_000 / 1.3, band.getStartValue(), 1e-6);
    assertEquals(30_000 * 1.3, band.getEndValue(), 1e-6);
  }

  @Test
  void withoutAnyAnswerTheChartIsEmptyAndHasNoBand() {
    JFreeChart chart = WaveAnswerChart.create(List.of(wave(1, 0, null)),
        AdaptiveSettings.floor(0.01), ChartTheme.LIGHT);
    assertEquals(0, data(chart).getItemCount(0));
    assertFalse(WaveAnswerChart.anyAnswer(List.of(wave(1, 0, null))));
    assertTrue(WaveAnswerChart.anyAnswer(List.of(wave(1, 0, null),
        wave(2, 100, answer(0.1, 0.09, 0.11)))));
    assertTrue(chart.getXYPlot().getRangeMarkers(Layer.BACKGROUND) == null
        || chart.getXYPlot().getRangeMarkers(Layer.BACKGROUND).isEmpty());
  }
}
