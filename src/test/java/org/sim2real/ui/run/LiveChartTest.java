package org.sim2real.ui.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sim2real.core.report.ChartTheme;
import org.sim2real.core.study.CellResult;

/** The live chart's throttling and what it draws, with a scripted clock and scheduler. */
class LiveChartTest {
  private final Deque<Runnable> due = new ArrayDeque<>();
  private final List<Long> delays = new ArrayList<>();
  private final List<LiveCurve.Update> shown = new ArrayList<>();
  private long now = 10_000;
  private final LiveChart chart = new LiveChart((task, delay) -> {
    delays.add(delay);
    due.add(task);
  }, Runnable::run, shown::add, () -> now);

  private static CellResult cell(String strategy, int n, int rep, double mae) {
    return new CellResult(strategy + "/n=" + n + "/m=30/r=" + rep, "h", strategy, n, 30, rep,
        1, mae, mae, 0.5, 0, 0, null, null);
  }

  @Test
  void cellsArrivingTogetherAreDrawnOnceFromAllOfThem() {
    chart.add(cell("finetune", 100, 0, 0.5));
    chart.add(cell("finetune", 1000, 0, 0.4));
    chart.add(cell("scratch", 0, 0, 0.6));
    assertEquals(List.of(0L), delays, "one rebuild asked for, at once");
    due.poll().run();
    assertEquals(1, shown.size());
    assertEquals(3, shown.get(0).cells());
    assertNotNull(shown.get(0).chart());
  }

  @Test
  void aCellSoonAfterARebuildWaitsForTheRestOfTheInterval() {
    chart.add(cell("finetune", 100, 0, 0.5));
    due.poll().run();
    now += 100;
    chart.add(cell("finetune", 1000, 0, 0.4));
    assertEquals(List.of(0L, LiveChart.INTERVAL_MILLIS - 100), delays);
    chart.add(cell("finetune", 1000, 1, 0.45));
    assertEquals(2, delays.size(), "still one rebuild waiting");
    due.poll().run();
    assertEquals(3, shown.get(1).cells(), "the waiting rebuild takes every cell so far");
  }

  @Test
  void aResetDropsARebuildOfTheOldCells() {
    chart.add(cell("finetune", 100, 0, 0.5));
    Runnable old = due.poll();
    chart.reset(List.of());
    old.run();
    assertEquals(List.of(), shown.stream().filter(u -> u.cells() == 1).toList());
  }

  @Test
  void theRunsChartGivesTheErrorsInTheUnitOfTheStudysTarget() {
    List<CellResult> cells = List.of(cell("finetune", 100, 0, 0.5), cell("finetune", 100, 1, 0.52),
        cell("finetune", 1000, 0, 0.4), cell("finetune", 1000, 1, 0.41),
        cell("finetune", 10000, 0, 0.33), cell("finetune", 10000, 1, 0.34),
        cell("scratch", 0, 0, 0.6), cell("scratch", 0, 1, 0.61));
    String withUnit = ((org.jfree.chart.plot.XYPlot) LiveCurve.build(cells, ChartTheme.LIGHT, "eV")
        .chart().getPlot()).getRangeAxis().getLabel();
    String without = ((org.jfree.chart.plot.XYPlot) LiveCurve.build(cells, ChartTheme.LIGHT)
        .chart().getPlot()).getRangeAxis().getLabel();
    assertEquals("test MAE in eV", withUnit.replace(" (experimental)", ""), withUnit);
    assertFalse(without.contains(" in "), without);
    // the trust line keeps its grade; its reason, up to three lines, is the Scaling step's
    List<String> trust = LiveCurve.build(cells, ChartTheme.LIGHT).chart().getSubtitles().stream()
        .filter(t -> t instanceof org.jfree.chart.title.TextTitle)
        .map(t -> ((org.jfree.chart.title.TextTitle) t).getText())
        .filter(t -> t.startsWith("Trust: ")).toList();
    assertEquals(1, trust.size(), trust.toString());
    assertTrue(trust.get(0).matches("Trust: [a-z' ]+ \u2014 the Scaling step says why"),
        trust.get(0));
  }

  @Test
  void onlyScratchCellsGiveANoteAndNoChart() {
    LiveCurve.Update update = LiveCurve.build(List.of(cell("scratch", 0, 0, 0.6)),
        ChartTheme.DARK);
    assertNull(update.chart());
    assertEquals("The scaling chart fills in as cells finish: 1 scratch baseline cell so far, no"
        + " transfer cell yet.", update.note());
  }

  @Test
  void theTableHasOneObservationPerCell() {
    var table = LiveCurve.table(List.of(cell("finetune", 100, 0, 0.5), cell("finetune", 100, 1,
        0.7), cell("scratch", 0, 0, 0.6)));
    assertEquals(List.of("finetune"), table.transferStrategies());
    assertEquals(0.6, table.curve("finetune", 30).orElseThrow().mean(0), 1e-12);
    assertTrue(table.hasBaseline());
  }
}
