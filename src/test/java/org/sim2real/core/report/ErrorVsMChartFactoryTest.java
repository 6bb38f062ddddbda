package org.sim2real.core.report;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.Test;
import org.sim2real.core.scaling.fit.ScalingAnalysis;
import org.sim2real.core.scaling.fit.ScalingAnalyzer;

class ErrorVsMChartFactoryTest {
  @Test
  void singleMGivesNoChart() {
    ScalingAnalysis one = ChartFixtures.synthetic();
    assertFalse(ErrorVsMChartFactory.hasSeveralM(one));
    assertTrue(ErrorVsMChartFactory.create(one, ScalingChartOptions.defaults()).isEmpty());
  }

  @Test
  void severalMGiveOneLinePerNAndTheScratchCurve() {
    ScalingAnalysis grid = ScalingAnalyzer.analyze(ChartFixtures.grid(), ChartFixtures.OPTIONS);
    ChartWithData chart = ErrorVsMChartFactory.create(grid, ScalingChartOptions.defaults())
        .orElseThrow();
    XYDataset data = chart.chart().getXYPlot().getDataset();
    List<String> names = new ArrayList<>();
    for (int s = 0; s < data.getSeriesCount(); s++) {
      names.add(String.valueOf(data.getSeriesKey(s)));
      if (!names.get(s).startsWith("scratch")) {
        assertTrue(data.getItemCount(s) == 2, names.get(s));
      }
    }
    assertTrue(names.contains("transfer, n = 100"), names.toString());
    assertTrue(names.contains("transfer, n = 100,000"), names.toString());
    assertTrue(names.contains("scratch (experiments only)"), names.toString());
    assertTrue(chart.rows().size() >= 16);
  }

  @Test
  void sequentialColoursRunFromLightToDarkAndDiffer() {
    assertNotEquals(ErrorVsMChartFactory.sequential(0, 5, ChartTheme.LIGHT),
        ErrorVsMChartFactory.sequential(4, 5, ChartTheme.LIGHT));
    int first = ErrorVsMChartFactory.sequential(0, 5, ChartTheme.LIGHT).getGreen();
    int last = ErrorVsMChartFactory.sequential(4, 5, ChartTheme.LIGHT).getGreen();
    assertTrue(first > last);
  }
}
