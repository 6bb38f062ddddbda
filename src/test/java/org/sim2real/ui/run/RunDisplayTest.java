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
}
