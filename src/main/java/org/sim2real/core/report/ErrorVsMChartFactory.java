package org.sim2real.core.report;

import java.awt.Color;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.sim2real.core.scaling.curve.Format;
import org.sim2real.core.scaling.curve.Observation;
import org.sim2real.core.scaling.curve.PointSummary;
import org.sim2real.core.scaling.fit.CurveAnalysis;
import org.sim2real.core.scaling.fit.ScalingAnalysis;

/**
 * The second chart: test error against the experimental size m, one line per simulation size n
 * (and per strategy), with the scratch baseline E0(m) for comparison. Only meaningful when the
 * study ran several m values; {@link #create} is empty otherwise.
 */
public final class ErrorVsMChartFactory {
  public static final String M_AXIS_LABEL = "m (experimental rows used for fine-tuning)";

  private ErrorVsMChartFactory() {}

  /** Whether the analysis has at least two named m values, the condition for this chart. */
  public static boolean hasSeveralM(ScalingAnalysis analysis) {
    return analysis.curves().stream().map(CurveAnalysis::m)
        .filter(m -> m != Observation.M_NOT_GIVEN).distinct().count() >= 2;
  }

  public static Optional<ChartWithData> create(ScalingAnalysis analysis, ScalingChartOptions options) {
    if (!hasSeveralM(analysis)) {
      return Optional.empty();
    }
    ChartTheme theme = options.theme();
    List<CurveAnalysis> visible = analysis.curves().stream()
        .filter(c -> options.shows(CurveKey.of(c)) && c.m() != Observation.M_NOT_GIVEN).toList();
    List<String> strategies = analysis.curves().stream().map(CurveAnalysis::strategy).distinct()
        .toList();
    TreeSet<Long> sizes = new TreeSet<>();
    visible.forEach(c -> c.points().forEach(p -> sizes.add(p.n())));
    List<Long> sizeOrder = List.copyOf(sizes);
    YIntervalSeriesCollection data = new YIntervalSeriesCollection();
    XYErrorRenderer renderer = new XYErrorRenderer();
    renderer.setDrawXError(false);
    renderer.setDefaultLinesVisible(true);
    renderer.setCapLength(6);
    renderer.setErrorStroke(ChartStyling.ERROR_BAR);
    List<PlottedRow> rows = new ArrayList<>();
    LegendItemCollection legend = new LegendItemCollection();
    for (String strategy : strategies) {
      Map<Long, TreeMap<Integer, PointSummary>> byN = new LinkedHashMap<>();
      for (CurveAnalysis c : visible) {
        if (c.strategy().equals(strategy)) {
          c.points().forEach(p -> byN.computeIfAbsent(p.n(), k -> new TreeMap<>()).put(c.m(), p));
        }
      }
      for (Map.Entry<Long, TreeMap<Integer, PointSummary>> e : byN.entrySet()) {
        String name = strategy + ", n = " + Format.size(e.getKey());
        YIntervalSeries series = new YIntervalSeries(name);
        e.getValue().forEach((m, p) -> {
          double lo = p.interval().isKnown() ? p.interval().lower() : p.mean();
          double hi = p.interval().isKnown() ? p.interval().upper() : p.mean();
          series.add(m, p.mean(), lo, hi);
          rows.add(new PlottedRow(name, PlottedRow.MEASURED, p.n(), p.mean(), lo, hi, Double.NaN,
              PlottedRow.Bands.NONE, "", "m = " + m));
        });
        data.addSeries(series);
        int index = data.getSeriesCount() - 1;
        Color color = sequential(sizeOrder.indexOf(e.getKey()), sizeOrder.size(), theme);
        int shape = strategies.indexOf(strategy);
        renderer.setSeriesPaint(index, color);
        renderer.setSeriesShape(index, ChartStyling.pointShape(shape));
        renderer.setSeriesStroke(index, shape == 0 ? new java.awt.BasicStroke(1.8f)
            : ChartStyling.dashed(1.8f, 6f, 3f));
        legend.add(ChartStyling.shapeItem(name, ChartStyling.pointShape(shape), true, color));
      }
    }
    addScratch(analysis, data, renderer, legend, rows, theme);
    XYPlot plot = new XYPlot();
    plot.setDomainAxis(axis(M_AXIS_LABEL, AxisTicks.Style.SIZE, options));
    plot.setRangeAxis(axis(options.errorAxisLabel(), AxisTicks.Style.VALUE, options));
    ChartStyling.stylePlot(plot, theme);
    plot.setDataset(data);
    plot.setRenderer(renderer);
    renderer.setDefaultToolTipGenerator((d, s, i) -> d.getSeriesKey(s) + "\nm = "
        + Format.size((long) d.getXValue(s, i)) + ": " + Format.error(d.getYValue(s, i)));
    plot.setFixedLegendItems(legend);
    JFreeChart chart = new JFreeChart(options.title(), theme.titleFont(), plot, false);
    ChartStyling.styleChart(chart, theme);
    chart.addSubtitle(ChartStyling.legend(plot, theme));
    return Optional.of(new ChartWithData(chart, rows));
  }

  private static void addScratch(ScalingAnalysis analysis, YIntervalSeriesCollection data,
      XYErrorRenderer renderer, LegendItemCollection legend, List<PlottedRow> rows,
      ChartTheme theme) {
    TreeMap<Integer, PointSummary> baselines = new TreeMap<>();
    for (CurveAnalysis c : analysis.curves()) {
      if (c.regime().baseline() != null && c.m() != Observation.M_NOT_GIVEN) {
        baselines.putIfAbsent(c.m(), c.regime().baseline());
      }
    }
    if (baselines.size() < 2) {
      return;
    }
    YIntervalSeries scratch = new YIntervalSeries("scratch (experiments only)");
    baselines.forEach((m, p) -> {
      double lo = p.interval().isKnown() ? p.interval().lower() : p.mean();
      double hi = p.interval().isKnown() ? p.interval().upper() : p.mean();
      scratch.add(m, p.mean(), lo, hi);
      rows.add(new PlottedRow("scratch (experiments only)", PlottedRow.BASELINE, 0, p.mean(), lo,
          hi, analysis.scratchCurve() == null ? Double.NaN : analysis.scratchCurve().value(m),
          PlottedRow.Bands.NONE, "", "m = " + m));
    });
    data.addSeries(scratch);
    int index = data.getSeriesCount() - 1;
    renderer.setSeriesPaint(index, theme.baseline());
    renderer.setSeriesStroke(index, ChartStyling.dashed(2f, 8f, 4f));
    renderer.setSeriesShape(index, ChartStyling.diamond(5));
    legend.add(ChartStyling.lineItem("scratch baseline E0(m) (experiments only)", theme.baseline(),
        ChartStyling.dashed(2f, 8f, 4f)));
  }

  private static ValueAxis axis(String label, AxisTicks.Style style, ScalingChartOptions options) {
    ValueAxis axis = options.logAxes() ? new NiceLogAxis(label, style) : new NumberAxis(label);
    ChartStyling.styleAxis(axis, options.theme());
    return axis;
  }

  /**
   * Colour i of count along viridis (small n light/yellow-green... large n dark blue-purple),
   * which stays ordered for colour-blind readers; the dark end is cut on the dark theme.
   */
  static Color sequential(int index, int count, ChartTheme theme) {
    double[][] viridis = {{68, 1, 84}, {59, 82, 139}, {33, 145, 140}, {94, 201, 98}, {253, 231, 37}};
    double from = theme == ChartTheme.DARK ? 0.3 : 0.0;
    double to = theme == ChartTheme.DARK ? 1.0 : 0.9;
    double t = count <= 1 ? to : to - (to - from) * index / (count - 1.0);
    double position = t * (viridis.length - 1);
    int k = Math.min((int) Math.floor(position), viridis.length - 2);
    double f = position - k;
    int[] rgb = new int[3];
    for (int c = 0; c < 3; c++) {
      rgb[c] = (int) Math.round(viridis[k][c] + f * (viridis[k + 1][c] - viridis[k][c]));
    }
    return new Color(rgb[0], rgb[1], rgb[2]);
  }
}
