package org.sim2real.ui.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.junit.jupiter.api.Test;
import org.sim2real.core.study.Progress;

/** The Run screen's texts: one count of finished cells, whichever line shows it. */
class RunDisplayTest {
  private static final Pattern FINISHED = Pattern.compile("(\\d+) finished cells");

  private static Progress done(int cells) {
    return new Progress(cells, 55, 0, Duration.ofSeconds(cells), null, List.of());
  }

  private static LiveCurve.Update chartOf(int cells) {
    return new LiveCurve.Update(new JFreeChart(new XYPlot()), LiveCurve.drawnNote(cells, cells),
        cells);
  }

  private static int finishedInNote(RunDisplay display) {
    Matcher m = FINISHED.matcher(display.chartNoteProperty().get());
    assertTrue(m.find(), display.chartNoteProperty().get());
    return Integer.parseInt(m.group(1));
  }

  @Test
  void aChartDrawnBeforeTheLatestCellCountsTheSameFinishedCellsAsTheProgressLine() {
    RunDisplay display = new RunDisplay();
    display.started(55);
    display.progress(done(8), List.of());
    display.showChart(chartOf(8));
    display.progress(done(9), List.of()); // the 9th cell is in; the chart is still being redrawn
    assertEquals("9 of 55 cells", display.cellsProperty().get());
    assertEquals(9, finishedInNote(display));
    assertTrue(display.chartNoteProperty().get().startsWith("Means of 8 of the 9 finished cells"),
        display.chartNoteProperty().get());

    display.showChart(chartOf(9)); // caught up
    assertEquals(9, finishedInNote(display));
    assertTrue(display.chartNoteProperty().get().startsWith("Means of the 9 finished cells"));
  }

  @Test
  void aChartOfAFolderWithoutARunCountsItsOwnCells() {
    RunDisplay display = new RunDisplay();
    display.showChart(chartOf(220));
    assertEquals(220, finishedInNote(display));
  }

  @Test
  void anAdaptiveStudysEndTellsHowMuchOfTheGridItMeasuredAndWhetherItHasAnAnswer() {
    RunDisplay display = new RunDisplay();
    display.started(55);
    display.progress(done(4), List.of()); // the last wave's run: 4 of its own cells
    display.answered("Wave 4: error at n = 30,000: 0.0735 (90%: 0.0707 to 0.0773)", false, null,
        18, 55, 0.321);
    assertEquals("18 of the grid's 55 cells measured (32.1% of its compute)",
        display.cellsProperty().get());
    assertEquals(0.321, display.fractionProperty().get(), 1e-12);
    assertTrue(display.summaryProperty().get().startsWith("Finished: the adaptive study has its"
        + " answer. Wave 4: error at n = 30,000"), display.summaryProperty().get());

    display.answered("Wave 2: error at n = 30,000: 0.22 (90%: 0.20 to 0.25)", true, null, 10, 55,
        0.235);
    assertEquals("Finished: no forecast can be given; the verdict above says why.",
        display.summaryProperty().get());
  }
}
