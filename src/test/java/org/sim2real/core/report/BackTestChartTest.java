package org.sim2real.core.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sim2real.core.scaling.curve.Interval;
import org.sim2real.core.scaling.fit.BackTest;
import org.sim2real.core.scaling.fit.CurveAnalysis;
import org.sim2real.core.scaling.fit.LawForm;
import org.sim2real.core.scaling.fit.ScalingAnalysis;

class BackTestChartTest {
  private static CurveAnalysis curve;

  @BeforeAll
  static void analyze() {
    ScalingAnalysis bandGap = ChartFixtures.bandGap();
    curve = BackTestChart.curveOf(bandGap, ScalingChartOptions.defaults());
  }

  @Test
  void everyReplayedForecastIsAWhiskerColouredByWhetherItHeld() {
    BackTestChart chart = BackTestChart.create(curve, ScalingChartOptions.defaults());
    List<BackTest> tests = curve.backTests().tests();
    assertTrue(tests.size() >= 3, "several origins: " + tests.size());
    XYDataset data = chart.plot().getDataset();
    assertEquals(BackTestChart.HELD, data.getSeriesKey(1));
    assertEquals(BackTestChart.MISSED, data.getSeriesKey(2));
    assertEquals(curve.backTests().hits(), data.getItemCount(1));
    assertEquals(tests.size() - curve.backTests().hits(), data.getItemCount(2));
    assertEquals(curve.points().size(), data.getItemCount(0));
    var whiskers = (org.jfree.data.xy.YIntervalSeriesCollection) data;
    List<BackTest> held = tests.stream().filter(BackTest::hit).toList();
    for (int i = 0; i < held.size(); i++) {
      BackTest t = held.get(i);
      assertEquals(t.predicted(), whiskers.getYValue(1, i));
      assertEquals(t.predictedInterval().lower(), whiskers.getStartYValue(1, i));
      // drawn next to its size, within a few hundredths of a decade
      assertEquals(0, Math.log10(whiskers.getXValue(1, i) / t.predictedN()), 0.1);
    }
  }

  @Test
  void forecastsOfOneSizeFromDifferentOriginsSitSideBySideInOriginOrder() {
    BackTestChart chart = BackTestChart.create(curve, ScalingChartOptions.defaults());
    long largest = curve.largestMeasuredN();
    List<BackTest> ofLargest = curve.backTests().tests().stream()
        .filter(t -> t.predictedN() == largest).toList();
    assertTrue(ofLargest.size() >= 2, ofLargest.toString());
    List<Double> xs = ofLargest.stream().map(t -> {
      chart.select(t);
      return chart.plot().getDataset().getXValue(3, 0);
    }).toList();
    for (int i = 1; i < xs.size(); i++) {
      assertTrue(xs.get(i) > xs.get(i - 1), xs.toString());
    }
  }

  @Test
  void selectingAForecastMarksItAndWhereItWasFittedUpTo() {
    BackTestChart chart = BackTestChart.create(curve, ScalingChartOptions.defaults());
    BackTest first = curve.backTests().tests().get(0);
    chart.select(first);
    assertEquals((double) first.fittedUpToN(), chart.selectedOrigin());
    assertEquals(1, chart.plot().getDataset().getItemCount(3));
    chart.select(null);
    assertNull(chart.selectedOrigin());
    assertEquals(0, chart.plot().getDataset().getItemCount(3));
    BackTest foreign = new BackTest(10, 100, LawForm.POWER_LAW_WITH_OFFSET, 0.5,
        new Interval(0.4, 0.6), 0.5, 0, 0.1, true);
    assertThrows(IllegalArgumentException.class, () -> chart.select(foreign));
  }

  @Test
  void subtitleGivesTheCoverageAndTheRowsHoldEveryForecast() {
    BackTestChart chart = BackTestChart.create(curve, ScalingChartOptions.defaults());
    String subtitle = ((TextTitle) chart.chart().getSubtitle(0)).getText();
    assertTrue(subtitle.startsWith(curve.backTests().hits() + " of "
        + curve.backTests().tests().size() + " forecasts held what was measured later ("),
        subtitle);
    List<PlottedRow> rows = chart.plottedRows();
    assertEquals(curve.points().size() + curve.backTests().tests().size(), rows.size());
    BackTest last = curve.backTests().tests().get(curve.backTests().tests().size() - 1);
    PlottedRow lastRow = rows.get(rows.size() - 1);
    assertEquals(last.hit() ? "back-test held" : "back-test missed", lastRow.kind());
    assertEquals(last.predictedInterval(), lastRow.bands().forecast());
    assertEquals(last.measured(), lastRow.mean());
    assertEquals(last.sentence(), lastRow.note());
  }
}
