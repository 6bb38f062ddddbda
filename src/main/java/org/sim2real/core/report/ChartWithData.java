package org.sim2real.core.report;

import java.util.List;
import org.jfree.chart.JFreeChart;

/** A built chart with the data it plots (for the CSV export). */
public record ChartWithData(JFreeChart chart, List<PlottedRow> rows) {
  public ChartWithData {
    rows = List.copyOf(rows);
  }
}
