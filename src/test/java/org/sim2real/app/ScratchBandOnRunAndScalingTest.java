package org.sim2real.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.junit.jupiter.api.Test;
import org.sim2real.core.report.ChartTheme;
import org.sim2real.core.report.ScalingChartFactory;
import org.sim2real.core.scaling.fit.ScalingAnalysis;
import org.sim2real.ui.common.BackgroundTasks;
import org.sim2real.ui.run.LiveCurve;
import org.sim2real.ui.run.ResultsFolder;
import org.sim2real.ui.scaling.ScalingViewModel;

/**
 * A finished study's scratch band reads the same on the Run step and on the Scaling step: one
 * table (cells.csv with its test errors), one fit rule, one formatting, not a quick estimate on
 * one step and the full one on the other.
 */
class ScratchBandOnRunAndScalingTest {
  private static final Path RESULTS = Path.of("sample-data", "synthetic", "results");

  private static String scratchLine(List<String> legend) {
    return legend.stream().filter(l -> l.startsWith("scratch baseline")).findFirst()
        .orElseThrow(() -> new AssertionError("no scratch line in " + legend));
  }

  private static List<String> legend(JFreeChart chart) {
    LegendItemCollection items = ((XYPlot) chart.getPlot()).getFixedLegendItems();
    List<String> labels = new ArrayList<>();
    for (int i = 0; i < items.getItemCount(); i++) {
      labels.add(items.get(i).getLabel());
    }
    return labels;
  }

  @Test
  void theRunStepsChartOfAFinishedFolderShowsTheScalingStepsScratchBand() {
    ScalingViewModel scaling = new ScalingViewModel(
        new BackgroundTasks(Runnable::run, Runnable::run, Runnable::run));
    scaling.open(RESULTS.resolve("cells.csv"));
    ScalingAnalysis fitted = scaling.analysisProperty().get();
    assertNotNull(fitted, scaling.problemProperty().get());
    assertFalse(scaling.preliminaryProperty().get(), "the Scaling step's full fit");
    String onScaling = scratchLine(ScalingChartFactory.create(fitted,
        scaling.chartOptions(ChartTheme.LIGHT)).legendLabels());

    var folder = ResultsFolder.inspect(RESULTS);
    LiveCurve.Update run = LiveCurve.buildFromFolder(RESULTS.resolve("cells.csv"),
        folder.results(), ChartTheme.LIGHT);
    assertNotNull(run.chart(), run.note());
    assertEquals(onScaling, scratchLine(legend(run.chart())));

    // the quick chart of a running study is another estimate (100 resamples, no test errors):
    // the one the folder's chart replaces once no run writes to it
    LiveCurve.Update quick = LiveCurve.build(folder.results(), ChartTheme.LIGHT);
    assertNotNull(quick.chart());
    assertFalse(onScaling.equals(scratchLine(legend(quick.chart()))),
        "this check would pass without the folder's fit: " + onScaling);
  }
}
