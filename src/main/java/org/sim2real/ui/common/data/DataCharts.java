package org.sim2real.ui.common.data;

import java.awt.BasicStroke;
import java.awt.Font;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYLineAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.renderer.xy.XYDotRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.xy.DefaultIntervalXYDataset;
import org.jfree.data.xy.DefaultXYDataset;
import org.sim2real.core.data.DatasetOverlap;
import org.sim2real.ui.common.Texts;

/**
 * Builds the two domain-shift charts with JFreeChart: the target histograms and the parity plot
 * of simulation and experiment (the Data screen's summary, the Forecast screen's view per source). Data goes in as primitive arrays
 * (no object per point) and the parity points are drawn as plain dots, so thousands of shared
 * materials draw in milliseconds.
 */
public final class DataCharts {
  private static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 13);
  private static final Font LABEL = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
  private static final Font TICK = new Font(Font.SANS_SERIF, Font.PLAIN, 11);

  private DataCharts() {}

  /**
   * Simulation and experiment target densities on the same bins, overlaid: the simulation as
   * filled bars, the experiment as a line along the tops of its bars, so both stay readable
   * where they overlap.
   *
   * @param target the target's name for the x axis
   */
  public static JFreeChart histogram(TargetHistograms h, String target, int simulationRows,
      int experimentRows, ChartPalette palette) {
    DefaultIntervalXYDataset bars = new DefaultIntervalXYDataset();
    if (simulationRows > 0) {
      bars.addSeries("Simulation (" + Texts.count(simulationRows) + " rows)",
          series(h, h.simulation()));
    }
    XYBarRenderer barRenderer = new XYBarRenderer();
    barRenderer.setBarPainter(new StandardXYBarPainter());
    barRenderer.setShadowVisible(false);
    barRenderer.setDrawBarOutline(false);
    barRenderer.setSeriesPaint(0, ChartPalette.translucent(palette.simulation(), 0.6));
    NumberAxis x = axis(target.isEmpty() ? "Target" : target, palette);
    NumberAxis y = axis("Density", palette);
    XYPlot plot = new XYPlot(bars, x, y, barRenderer);
    if (experimentRows > 0) {
      DefaultXYDataset steps = new DefaultXYDataset();
      steps.addSeries("Experiment (" + Texts.count(experimentRows) + " rows)",
          steps(h, h.experiment()));
      XYLineAndShapeRenderer line = new XYLineAndShapeRenderer(true, false);
      line.setSeriesPaint(0, palette.experiment());
      line.setSeriesStroke(0, new BasicStroke(2.2f));
      plot.setDataset(1, steps);
      plot.setRenderer(1, line);
      plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD); // the line on top
    }
    return chart("Target distributions (same bins, each integrates to 1)", plot, palette);
  }

  /** The outline of a histogram: up and across along the top of every bar. */
  private static double[][] steps(TargetHistograms h, double[] density) {
    int n = h.bins();
    double[][] s = new double[2][2 * n + 2];
    s[0][0] = h.lower(0);
    s[1][0] = 0;
    for (int i = 0; i < n; i++) {
      s[0][2 * i + 1] = h.lower(i);
      s[1][2 * i + 1] = density[i];
      s[0][2 * i + 2] = h.upper(i);
      s[1][2 * i + 2] = density[i];
    }
    s[0][2 * n + 1] = h.upper(n - 1);
    s[1][2 * n + 1] = 0;
    return s;
  }

  private static double[][] series(TargetHistograms h, double[] density) {
    int n = h.bins();
    double[][] s = new double[6][n];
    for (int i = 0; i < n; i++) {
      s[0][i] = (h.lower(i) + h.upper(i)) / 2;
      s[1][i] = h.lower(i);
      s[2][i] = h.upper(i);
      s[3][i] = density[i];
      s[4][i] = 0;
      s[5][i] = density[i];
    }
    return s;
  }

  /**
   * The parity plot's title in two lines: "Simulation vs experiment on 3,374 shared rows" and
   * "MAE 0.37, mean signed difference -0.26".
   */
  public static String parityTitle(DatasetOverlap overlap) {
    if (overlap.experimentRowsCovered() == 0) {
      return "Simulation vs experiment: no shared materials";
    }
    return "Simulation vs experiment on " + Texts.plural(overlap.experimentRowsCovered(),
        "shared row", "shared rows") + "\nMAE " + Texts.number(overlap.rawMae())
        + ", mean signed difference " + Texts.number(overlap.meanSignedDifference());
  }

  /**
   * Mean simulated target against the measured target for every experimental row whose material
   * the simulation also has, with the identity line y = x.
   */
  public static JFreeChart parity(DatasetOverlap overlap, String title, String target,
      ChartPalette palette) {
    return parity(overlap, title, target, palette, "Simulation (mean over duplicates)");
  }

  /**
   * As {@link #parity(DatasetOverlap, String, String, ChartPalette)} with the simulation's axis
   * named {@code simulation} ("aflow (mean)"): a short name keeps the label whole on a small chart.
   */
  public static JFreeChart parity(DatasetOverlap overlap, String title, String target,
      ChartPalette palette, String simulation) {
    int n = overlap.experimentRowsCovered();
    double[][] points = new double[2][n];
    double lo = Double.POSITIVE_INFINITY;
    double hi = Double.NEGATIVE_INFINITY;
    for (int i = 0; i < n; i++) {
      points[0][i] = overlap.experimentTarget(i);
      points[1][i] = overlap.simulationMean(i);
      lo = Math.min(lo, Math.min(points[0][i], points[1][i]));
      hi = Math.max(hi, Math.max(points[0][i], points[1][i]));
    }
    if (!(lo < hi)) {
      lo = n == 0 ? 0 : lo - 0.5;
      hi = n == 0 ? 1 : hi + 0.5;
    }
    double pad = (hi - lo) * 0.03;
    lo -= pad;
    hi += pad;
    DefaultXYDataset data = new DefaultXYDataset();
    data.addSeries("Shared materials (" + Texts.count(n) + ")", points);
    XYDotRenderer dots = new XYDotRenderer();
    dots.setDotWidth(4);
    dots.setDotHeight(4);
    dots.setSeriesPaint(0, ChartPalette.translucent(palette.simulation(), 0.45));
    String name = target.isEmpty() ? "target" : target;
    NumberAxis x = axis("Experiment: " + name, palette);
    NumberAxis y = axis(simulation + ": " + name, palette);
    x.setRange(lo, hi);
    y.setRange(lo, hi);
    x.setAutoRangeIncludesZero(false);
    y.setAutoRangeIncludesZero(false);
    XYPlot plot = new XYPlot(data, x, y, dots);
    plot.addAnnotation(new XYLineAnnotation(lo, lo, hi, hi, new BasicStroke(1.2f,
        BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {6f, 4f}, 0f),
        palette.identity()));
    return chart(title, plot, palette);
  }

  private static NumberAxis axis(String label, ChartPalette palette) {
    NumberAxis axis = new NumberAxis(label);
    axis.setLabelFont(LABEL);
    axis.setTickLabelFont(TICK);
    axis.setLabelPaint(palette.text());
    axis.setTickLabelPaint(palette.muted());
    axis.setAxisLinePaint(palette.muted());
    axis.setTickMarkPaint(palette.muted());
    return axis;
  }

  private static JFreeChart chart(String title, XYPlot plot, ChartPalette palette) {
    plot.setBackgroundPaint(palette.plot());
    plot.setOutlinePaint(palette.grid());
    plot.setDomainGridlinePaint(palette.grid());
    plot.setRangeGridlinePaint(palette.grid());
    plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
    JFreeChart chart = new JFreeChart(plot);
    chart.setBackgroundPaint(palette.background());
    chart.setPadding(new RectangleInsets(6, 6, 6, 10));
    TextTitle t = new TextTitle(title, TITLE);
    t.setPaint(palette.text());
    chart.setTitle(t);
    LegendTitle legend = chart.getLegend();
    if (legend != null) {
      legend.setItemFont(LABEL);
      legend.setItemPaint(palette.text());
      legend.setBackgroundPaint(palette.background());
      legend.setFrame(BlockBorder.NONE);
      legend.setPosition(RectangleEdge.TOP);
    }
    return chart;
  }
}
