package org.sim2real.core.report;

import java.awt.Color;
import java.awt.Shape;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.jspecify.annotations.Nullable;
import org.sim2real.core.scaling.curve.Format;
import org.sim2real.core.scaling.curve.Interval;
import org.sim2real.core.scaling.curve.PointSummary;
import org.sim2real.core.scaling.fit.BackTest;
import org.sim2real.core.scaling.fit.CurveAnalysis;
import org.sim2real.core.scaling.fit.RollingBackTest;
import org.sim2real.core.scaling.fit.ScalingAnalysis;
import org.sim2real.core.scaling.fit.TrustLevel;

/**
 * The chart of the rolling-origin back-test ("How well would this have forecast?"): the measured
 * means with their 90% intervals, and every forecast the analysis would have made had the study
 * stopped at an earlier size, as a whisker (its 90% forecast band) with the predicted value,
 * green where the measured mean fell inside, orange where it did not. Forecasts of the same size
 * from different origins sit side by side, from the earliest origin on the left. One forecast can
 * be selected (from the table beside the chart): it is drawn larger, with a line at the size it
 * was fitted up to. Not thread-safe: use it on one thread.
 */
public final class BackTestChart {
  /** Spacing of forecasts from neighbouring origins around their size, in decades of n. */
  static final double ORIGIN_SPACING = 0.03;

  static final String MEASURED = "measured mean, 90% interval";
  static final String HELD = "forecast held: predicted, 90% forecast band";
  static final String MISSED = "forecast missed";
  static final String SELECTED = "selected forecast";

  private final JFreeChart chart;
  private final XYPlot plot;
  private final RollingBackTest tests;
  private final List<Long> origins;
  private final YIntervalSeries selected = new YIntervalSeries(SELECTED, false, true);
  private final ChartTheme theme;
  private final List<PlottedRow> rows;
  private @Nullable ValueMarker originMarker;

  private BackTestChart(CurveAnalysis curve, ScalingChartOptions options, boolean coverage) {
    this.tests = curve.backTests();
    this.theme = options.theme();
    this.origins = tests.tests().stream().map(BackTest::fittedUpToN).distinct().sorted().toList();
    String label = CurveKey.of(curve).label();
    List<PlottedRow> collected = new ArrayList<>();
    YIntervalSeries measured = new YIntervalSeries(MEASURED);
    for (PointSummary p : curve.points()) {
      Interval i = p.interval();
      double lower = i.isKnown() ? i.lower() : p.mean();
      double upper = i.isKnown() ? i.upper() : p.mean();
      measured.add(p.n(), p.mean(), lower, upper);
      collected.add(new PlottedRow(label, PlottedRow.MEASURED, p.n(), p.mean(), lower, upper,
          Double.NaN, PlottedRow.Bands.NONE, "", ""));
    }
    // kept in the order of the forecasts, so that item i of a series is its i-th forecast
    YIntervalSeries held = new YIntervalSeries(HELD, false, true);
    YIntervalSeries missed = new YIntervalSeries(MISSED, false, true);
    for (BackTest t : tests.tests()) {
      Interval band = t.predictedInterval();
      double lower = band.isKnown() ? band.lower() : t.predicted();
      double upper = band.isKnown() && Double.isFinite(band.upper()) ? band.upper() : t.predicted();
      (t.hit() ? held : missed).add(x(t), t.predicted(), lower, upper);
      collected.add(new PlottedRow("forecast fitted up to n = " + Format.size(t.fittedUpToN()),
          t.hit() ? "back-test held" : "back-test missed", t.predictedN(), t.measured(),
          Double.NaN, Double.NaN, t.predicted(), new PlottedRow.Bands(band, Interval.NONE,
              Interval.NONE), "", t.sentence()));
    }
    this.rows = List.copyOf(collected);
    YIntervalSeriesCollection data = new YIntervalSeriesCollection();
    data.addSeries(measured);
    data.addSeries(held);
    data.addSeries(missed);
    data.addSeries(selected);
    Color good = theme.trustColor(TrustLevel.GOOD);
    Color bad = theme.trustColor(TrustLevel.DO_NOT_EXTRAPOLATE);
    XYErrorRenderer renderer = new XYErrorRenderer();
    renderer.setDrawXError(false);
    renderer.setDefaultLinesVisible(false);
    renderer.setCapLength(5);
    renderer.setErrorStroke(ChartStyling.ERROR_BAR);
    style(renderer, 0, theme.foreground(), ChartStyling.pointShape(0), true);
    style(renderer, 1, good, ChartStyling.pointShape(1), true);
    style(renderer, 2, bad, ChartStyling.diamond(5.5), false);
    style(renderer, 3, theme.foreground(), ChartStyling.diamond(8), false);
    renderer.setSeriesStroke(3, ChartStyling.OUTLINE);
    renderer.setDefaultToolTipGenerator((dataset, series, item) -> tip(series, item));
    plot = new LabelledXYPlot(); // its line label stays inside the plot, as on the scaling chart
    plot.setDomainAxis(axis(ScalingChartFactory.N_AXIS_LABEL, AxisTicks.Style.SIZE, options));
    plot.setRangeAxis(axis(options.errorAxisLabel(), AxisTicks.Style.VALUE, options));
    ChartStyling.stylePlot(plot, theme);
    plot.setDataset(data);
    plot.setRenderer(renderer);
    plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
    LegendItemCollection legend = new LegendItemCollection();
    legend.add(ChartStyling.shapeItem(MEASURED, ChartStyling.pointShape(0), true,
        theme.foreground()));
    legend.add(ChartStyling.shapeItem(HELD, ChartStyling.pointShape(1), true, good));
    legend.add(ChartStyling.shapeItem(MISSED + " (the measured mean lies outside its band)",
        ChartStyling.diamond(5.5), false, bad));
    plot.setFixedLegendItems(legend);
    chart = new JFreeChart(options.title(), theme.titleFont(), plot, false);
    ChartStyling.styleChart(chart, theme);
    if (coverage) {
      chart.addSubtitle(ChartStyling.subtitle(coverageLine(tests), theme.muted(), theme));
    }
    chart.addSubtitle(ChartStyling.legend(plot, theme));
  }

  /**
   * The curve whose back-test the screen shows for these options: the scaling chart's primary
   * curve (the first shown with a fitted law), else the first shown, else null.
   */
  public static @Nullable CurveAnalysis curveOf(ScalingAnalysis analysis,
      ScalingChartOptions options) {
    List<CurveAnalysis> shown = analysis.curves().stream()
        .filter(c -> options.shows(CurveKey.of(c))).toList();
    return shown.stream().filter(c -> c.fit() != null).findFirst()
        .orElse(shown.isEmpty() ? null : shown.get(0));
  }

  /**
   * The back-test chart of a curve (empty of forecasts when it has no back-test), with the coverage
   * above the plot (for an exported chart, which stands alone).
   */
  public static BackTestChart create(CurveAnalysis curve, ScalingChartOptions options) {
    return new BackTestChart(curve, options, true);
  }

  /** The same chart without the coverage line, for a screen that states it beside the chart. */
  public static BackTestChart createWithoutCoverage(CurveAnalysis curve,
      ScalingChartOptions options) {
    return new BackTestChart(curve, options, false);
  }

  private static void style(XYErrorRenderer renderer, int series, Color color, Shape shape,
      boolean filled) {
    renderer.setSeriesPaint(series, color);
    renderer.setSeriesShape(series, shape);
    renderer.setSeriesShapesFilled(series, filled);
    renderer.setSeriesOutlinePaint(series, color);
  }

  private static ValueAxis axis(String label, AxisTicks.Style style, ScalingChartOptions options) {
    ValueAxis axis = options.logAxes() ? new NiceLogAxis(label, style)
        : new org.jfree.chart.axis.NumberAxis(label);
    ChartStyling.styleAxis(axis, options.theme());
    return axis;
  }

  /** "5 of 7 forecasts held what was measured later (71% inside their 90% band)". */
  static String coverageLine(RollingBackTest tests) {
    if (tests.isEmpty()) {
      return "No forecasts to check.";
    }
    return tests.hits() + " of " + tests.tests().size() + " forecasts held what was measured"
        + " later (" + PlainNumbers.percent(tests.coverage()) + " inside their 90% band; a"
        + " 90% band that is honest holds about 9 in 10)";
  }

  /** Where a forecast is drawn: its size, moved aside by its origin so neighbours do not overlap. */
  private double x(BackTest t) {
    int k = origins.indexOf(t.fittedUpToN());
    double offset = (k - (origins.size() - 1) / 2.0) * ORIGIN_SPACING;
    return t.predictedN() * Math.pow(10, offset);
  }

  private String tip(int series, int item) {
    if (series == 0) {
      var s = (YIntervalSeries) ((YIntervalSeriesCollection) plot.getDataset()).getSeries(0);
      return "measured at n = " + Format.size((long) s.getX(item).doubleValue()) + ": "
          + Format.error(s.getYValue(item)) + " (90%: " + Format.error(s.getYLowValue(item))
          + " to " + Format.error(s.getYHighValue(item)) + ")";
    }
    List<BackTest> group = series == 1 ? tests.tests().stream().filter(BackTest::hit).toList()
        : series == 2 ? tests.tests().stream().filter(t -> !t.hit()).toList() : List.of();
    return item < group.size() ? group.get(item).sentence() : "";
  }

  /**
   * Draws one forecast larger with a line at the size it was fitted up to; null clears it.
   *
   * @throws IllegalArgumentException when the forecast is not one of this chart's
   */
  public void select(@Nullable BackTest test) {
    selected.clear();
    if (originMarker != null) {
      plot.removeDomainMarker(0, originMarker, Layer.BACKGROUND, false);
      originMarker = null;
    }
    if (test != null) {
      if (!tests.tests().contains(test)) {
        throw new IllegalArgumentException("not a forecast of this chart: " + test);
      }
      Interval band = test.predictedInterval();
      double upper = band.isKnown() && Double.isFinite(band.upper()) ? band.upper()
          : test.predicted();
      selected.add(x(test), test.predicted(), band.isKnown() ? band.lower() : test.predicted(),
          upper);
      originMarker = ChartStyling.verticalLine(test.fittedUpToN(), "fitted up to n = "
          + Format.size(test.fittedUpToN()), theme.muted(), ChartStyling.WINDOW, theme);
      plot.addDomainMarker(0, originMarker, Layer.BACKGROUND, false);
    }
    chart.fireChartChanged();
  }

  /** The selected forecast's origin line, or null when none is selected. */
  public @Nullable Double selectedOrigin() {
    return originMarker == null ? null : originMarker.getValue();
  }

  public JFreeChart chart() {
    return chart;
  }

  public XYPlot plot() {
    return plot;
  }

  /** The forecasts drawn, in the order of {@link RollingBackTest#tests()}. */
  public List<BackTest> tests() {
    return tests.tests();
  }

  /** Every plotted number for the CSV export: the measured means, then every forecast. */
  public List<PlottedRow> plottedRows() {
    return rows;
  }
}
