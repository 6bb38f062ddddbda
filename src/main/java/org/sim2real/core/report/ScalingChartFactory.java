package org.sim2real.core.report;

import java.awt.Color;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.block.BlockContainer;
import org.jfree.chart.block.FlowArrangement;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.CompositeTitle;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.chart.ui.VerticalAlignment;
import org.jfree.data.xy.XYSeries;
import org.jspecify.annotations.Nullable;
import org.sim2real.core.scaling.curve.Format;
import org.sim2real.core.scaling.curve.Observation;
import org.sim2real.core.scaling.curve.PointSummary;
import org.sim2real.core.scaling.fit.CurveAnalysis;
import org.sim2real.core.scaling.fit.FitWindow;
import org.sim2real.core.scaling.fit.LawFit;
import org.sim2real.core.scaling.fit.LawForm;
import org.sim2real.core.scaling.fit.ParameterEstimate;
import org.sim2real.core.scaling.fit.ScalingAnalysis;
import org.sim2real.core.scaling.forecast.CurveForecast;

/**
 * Builds the log-log scaling chart every part of the workbench shows (Scaling screen, Run screen,
 * forecast memo, teaching mode): measured mean errors with 90% intervals per strategy and m, the
 * fitted law E(n) = D n^-alpha + C over its window and extrapolated with its 90% band, the scratch
 * baseline, the floor C, an optional target with its crossing n*, and the trust of each fit.
 * AWT only (no JavaFX): the same chart renders in the GUI and to PNG, SVG and PDF.
 */
public final class ScalingChartFactory {
  public static final String N_AXIS_LABEL = "n (simulation rows used for pretraining)";
  public static final String COST_AXIS_LABEL =
      "cost of the simulation rows (n \u00d7 the source's cost per row)";

  private ScalingChartFactory() {}

  public static ScalingChart create(ScalingAnalysis analysis, ScalingChartOptions options) {
    return create(analysis, Map.of(), options);
  }

  /**
   * @param forecasts forecasts per curve: their prediction band is drawn when it reaches the
   *     chart's n_max, and the target's n* is labelled with its interval when the forecast was made
   *     for the same target
   */
  public static ScalingChart create(
      ScalingAnalysis analysis, Map<CurveKey, CurveForecast> forecasts, ScalingChartOptions options) {
    return create(analysis, forecasts, options, null);
  }

  /**
   * The cost view: each source's curve against what its simulation rows cost (n times its cost
   * per row, {@code costs}), so that sources compare at equal spending; curves of sources without
   * a cost are left out. The fit window, n*, the floors and the breaks stay on the n view.
   */
  public static ScalingChart createAgainstCost(ScalingAnalysis analysis,
      Map<CurveKey, CurveForecast> forecasts, ScalingChartOptions options, SourceCosts costs) {
    return create(analysis, forecasts, options, costs);
  }

  private static ScalingChart create(ScalingAnalysis analysis,
      Map<CurveKey, CurveForecast> forecasts, ScalingChartOptions options,
      @Nullable SourceCosts costs) {
    ChartTheme theme = options.theme();
    List<CurveAnalysis> all = analysis.curves();
    List<CurveAnalysis> visible = all.stream().filter(c -> options.shows(CurveKey.of(c)))
        .filter(c -> costs == null || costs.of(c.strategy()) != null).toList();
    List<String> strategies = all.stream().map(CurveAnalysis::strategy).distinct().toList();
    ChartLayers layers = new ChartLayers(theme);
    CurveLayersBuilder curves = new CurveLayersBuilder(layers, options, visible.size() > 1);
    // the curve the Forecast step answers for by default, so both steps show the same n*
    CurveAnalysis primary = costs != null ? null : visible.stream().filter(c -> c.fit() != null)
        .min(CurveChoice.preference()).orElse(null);
    for (CurveAnalysis curve : visible) {
      if (costs != null) {
        curves.scaleX(java.util.Objects.requireNonNull(costs.of(curve.strategy())));
      }
      Color color = theme.seriesColor(all.indexOf(curve));
      curves.addPoints(curve, color, ChartStyling.pointShape(strategies.indexOf(curve.strategy())));
      curves.addLaw(curve, forecasts.get(CurveKey.of(curve)),
          extrapolationEnd(curve, curve == primary ? options.targetError() : null, options), color);
    }
    curves.addSymbolLegend(theme);
    if (costs != null) {
      List<String> unpriced = all.stream().filter(c -> options.shows(CurveKey.of(c)))
          .filter(c -> costs.of(c.strategy()) == null).map(c -> c.strategy()).distinct().toList();
      if (!unpriced.isEmpty()) {
        layers.legend.add(ChartStyling.lineItem("not drawn, no cost per row: "
            + String.join(", ", unpriced), theme.muted(), ChartStyling.EXTRAPOLATION));
      }
    }
    XYPlot plot = new LabelledXYPlot(); // line labels placed so that they never overlap
    plot.setDomainAxis(axis(costs == null ? N_AXIS_LABEL : COST_AXIS_LABEL,
        costs == null ? AxisTicks.Style.SIZE : AxisTicks.Style.VALUE, options));
    plot.setRangeAxis(axis(options.errorAxisLabel(), AxisTicks.Style.VALUE, options));
    ChartStyling.stylePlot(plot, theme);
    addBaselines(plot, visible, layers, options);
    // with several curves only the primary one's floor is drawn, like its window and target
    List<CurveAnalysis> withMarks = visible.size() > 1 && primary != null ? List.of(primary)
        : visible;
    if (costs == null) { // the cost view compares the curves; their marks are on the n view
      addFloors(plot, withMarks, all, layers, options);
      addBreaks(plot, withMarks, all, layers, theme);
    }
    Map<String, ValueMarker> window = addWindow(plot, primary, layers, theme);
    XYSeries requiredN = new XYSeries("n* for target");
    layers.addMarkSeries(requiredN, List.of(), ChartTheme.TARGET, ChartStyling.diamond(6), true,
        ChartStyling.OUTLINE);
    includeTarget(layers, primary, options);
    if (!layers.closeFrame()) {
      // every curve hidden: keep the axes of the whole analysis so that nothing jumps
      all.forEach(c -> c.points().forEach(p -> layers.include(p.n(), p.mean())));
      layers.closeFrame();
    }
    plot.setDataset(ChartLayers.BAND, layers.bands);
    plot.setRenderer(ChartLayers.BAND, layers.bandRenderer);
    plot.setDataset(ChartLayers.LAW, layers.laws);
    plot.setRenderer(ChartLayers.LAW, layers.lawRenderer);
    plot.setDataset(ChartLayers.POINTS, layers.points);
    plot.setRenderer(ChartLayers.POINTS, layers.pointRenderer);
    plot.setDataset(ChartLayers.MARKS, layers.marks);
    plot.setRenderer(ChartLayers.MARKS, layers.markRenderer);
    plot.setDataset(ChartLayers.FRAME, layers.frame);
    plot.setRenderer(ChartLayers.FRAME, layers.frameRenderer);
    plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);

    JFreeChart chart = new JFreeChart(options.title(), theme.titleFont(), plot, false);
    ChartStyling.styleChart(chart, theme);
    addTrustLines(chart, visible, theme);
    chart.addSubtitle(ChartStyling.legend(plot, theme));
    return new ScalingChart(chart, options, primary,
        primary == null || forecasts.get(CurveKey.of(primary)) == null ? null
            : forecasts.get(CurveKey.of(primary)).dataNeed(),
        layers.legend, layers.rows, requiredN, window.get("low"), window.get("high"),
        window.isEmpty() ? null : (IntervalMarker) plot.getDomainMarkers(Layer.BACKGROUND).stream()
            .filter(m -> m instanceof IntervalMarker).findFirst().orElse(null));
  }

  /** n_max of a curve's extrapolation: the option, else 10x the data, stretched to reach n*. */
  static double extrapolationEnd(CurveAnalysis curve, @Nullable Double target,
      ScalingChartOptions options) {
    double largest = curve.largestMeasuredN();
    double limit = largest * ScalingChartOptions.MAX_EXTRAPOLATION_FACTOR;
    double end = options.extrapolateTo() != null ? options.extrapolateTo() : 10 * largest;
    OptionalDouble nStar = target == null ? OptionalDouble.empty()
        : LawDescriptions.requiredN(curve, target);
    if (nStar.isPresent() && nStar.getAsDouble() > end && nStar.getAsDouble() <= limit) {
      end = nStar.getAsDouble() * 1.5;
    }
    return Math.min(Math.max(end, largest), limit);
  }

  private static ValueAxis axis(String label, AxisTicks.Style style, ScalingChartOptions options) {
    ValueAxis axis = options.logAxes() ? new NiceLogAxis(label, style) : new NumberAxis(label);
    ChartStyling.styleAxis(axis, options.theme());
    return axis;
  }

  private static void addBaselines(XYPlot plot, List<CurveAnalysis> visible, ChartLayers layers,
      ScalingChartOptions options) {
    if (!options.showBaseline()) {
      return;
    }
    ChartTheme theme = options.theme();
    Map<Integer, PointSummary> baselines = new LinkedHashMap<>();
    for (CurveAnalysis c : visible) {
      if (c.regime().baseline() != null) {
        baselines.putIfAbsent(c.m(), c.regime().baseline());
      }
    }
    for (Map.Entry<Integer, PointSummary> e : baselines.entrySet()) {
      PointSummary b = e.getValue();
      String m = baselines.size() > 1 ? ", " + Observation.describeM(e.getKey()) : "";
      String text = "scratch " + Format.error(b.mean()) + m;
      if (b.interval().isKnown()) {
        IntervalMarker band = new IntervalMarker(b.interval().lower(), b.interval().upper(),
            ChartTheme.translucent(theme.baseline(), theme == ChartTheme.DARK ? 60 : 36));
        plot.addRangeMarker(0, band, Layer.BACKGROUND, false);
        layers.include(Double.NaN, b.interval().lower());
        layers.include(Double.NaN, b.interval().upper());
      }
      plot.addRangeMarker(0, ChartStyling.horizontalLine(b.mean(), text, theme.baseline(),
          ChartStyling.BASELINE, theme), Layer.BACKGROUND, false);
      layers.include(Double.NaN, b.mean());
      String band = b.interval().isKnown() ? ", 90% band " + Format.value(b.interval().lower())
          + " to " + Format.value(b.interval().upper()) : "";
      if (baselines.size() == 1) {
        layers.legend.add(ChartStyling.lineItem("scratch baseline (experiments only): "
            + Format.error(b.mean()) + band, theme.baseline(), ChartStyling.BASELINE));
      }
      layers.rows.add(new PlottedRow("scratch baseline" + m, PlottedRow.BASELINE, Double.NaN,
          b.mean(), b.interval().lower(), b.interval().upper(), Double.NaN, PlottedRow.Bands.NONE,
          "", b.repetitions() + " repetitions, trained on the experiments alone"));
    }
    if (baselines.size() > 1) {
      // one entry for all: each line carries its value and m on the plot, the CSV has the bands
      layers.legend.add(ChartStyling.lineItem("scratch baseline per m (experiments only), value"
          + " on each line", theme.baseline(), ChartStyling.BASELINE));
    }
  }

  private static void addFloors(XYPlot plot, List<CurveAnalysis> visible, List<CurveAnalysis> all,
      ChartLayers layers, ScalingChartOptions options) {
    if (!options.showFloor()) {
      return;
    }
    ChartTheme theme = options.theme();
    double lowestData = layers.lowestY();
    for (CurveAnalysis c : visible) {
      LawFit fit = c.fit();
      if (fit == null) {
        continue;
      }
      Color color = theme.seriesColor(all.indexOf(c));
      ParameterEstimate estimate = c.parameter("C");
      double floor = estimate.value();
      String label = "floor C = " + Format.value(floor);
      String legend = label + (all.size() > 1 ? " (" + CurveKey.of(c).label() + ")" : "");
      layers.rows.add(new PlottedRow(CurveKey.of(c).label(), PlottedRow.FLOOR, Double.NaN,
          Double.NaN, estimate.interval().lower(), estimate.interval().upper(), floor,
          PlottedRow.Bands.NONE, "", "the error no amount of this simulation removes; lower and"
              + " upper: its 90% interval"));
      if (floor <= 0) {
        layers.legend.add(ChartStyling.lineItem(legend + ": no floor visible in the window", color,
            ChartStyling.FLOOR));
      } else if (options.logAxes() && floor < lowestData / 3) {
        layers.legend.add(ChartStyling.lineItem(legend + " (below the plotted range)", color,
            ChartStyling.FLOOR));
      } else {
        ValueMarker marker = ChartStyling.horizontalLine(floor, label, color, ChartStyling.FLOOR,
            theme);
        marker.setLabelAnchor(RectangleAnchor.TOP_LEFT);
        marker.setLabelTextAnchor(TextAnchor.BOTTOM_LEFT);
        plot.addRangeMarker(0, marker, Layer.BACKGROUND, false);
        layers.include(Double.NaN, floor);
        layers.legend.add(ChartStyling.lineItem(legend, color, ChartStyling.FLOOR));
      }
    }
  }

  /**
   * The break n_b of a broken power law as a vertical line at the foot of the plot: where the fit
   * puts the onset of the regime in which more simulation pays off.
   */
  private static void addBreaks(XYPlot plot, List<CurveAnalysis> curves, List<CurveAnalysis> all,
      ChartLayers layers, ChartTheme theme) {
    for (CurveAnalysis c : curves) {
      LawFit fit = c.fit();
      if (fit == null || fit.form() != LawForm.BROKEN_POWER_LAW || !c.hasParameter("n_b")) {
        continue;
      }
      Color color = theme.seriesColor(all.indexOf(c));
      ParameterEstimate nb = c.parameter("n_b");
      ValueMarker marker = ChartStyling.verticalLine(nb.value(), "break (regime onset from the fit)",
          color, ChartStyling.BREAK, theme);
      marker.setLabelAnchor(RectangleAnchor.BOTTOM_RIGHT);
      marker.setLabelTextAnchor(TextAnchor.BOTTOM_LEFT);
      plot.addDomainMarker(0, marker, Layer.BACKGROUND, false);
      String interval = nb.interval().isKnown() ? " (90%: " + Format.size(nb.interval().lower())
          + " to " + Format.size(nb.interval().upper()) + ")" : "";
      layers.legend.add(ChartStyling.lineItem("break n_b = " + Format.size(nb.value()) + interval
          + ": regime onset from the fit" + (all.size() > 1 ? " (" + CurveKey.of(c).label() + ")"
              : ""), color, ChartStyling.BREAK));
      layers.rows.add(new PlottedRow(CurveKey.of(c).label(), PlottedRow.BREAK, nb.value(),
          Double.NaN, nb.interval().lower(), nb.interval().upper(), Double.NaN,
          PlottedRow.Bands.NONE, "", "break of the broken power law: the regime onset the fit"
              + " sees; lower and upper: its 90% interval"));
    }
  }

  /** The primary curve's window as two draggable lines over a faint shade; keys low and high. */
  private static Map<String, ValueMarker> addWindow(XYPlot plot, @Nullable CurveAnalysis primary,
      ChartLayers layers, ChartTheme theme) {
    Map<String, ValueMarker> markers = new LinkedHashMap<>();
    FitWindow window = primary == null ? null : primary.window();
    if (window == null) {
      return markers;
    }
    IntervalMarker shade = new IntervalMarker(window.low(), window.high(),
        ChartTheme.translucent(theme.muted(), theme == ChartTheme.DARK ? 26 : 16));
    plot.addDomainMarker(0, shade, Layer.BACKGROUND, false);
    ValueMarker low = ChartStyling.verticalLine(window.low(), "window start", theme.muted(),
        ChartStyling.WINDOW, theme);
    ValueMarker high = ChartStyling.verticalLine(window.high(), "window end", theme.muted(),
        ChartStyling.WINDOW, theme);
    high.setLabelAnchor(RectangleAnchor.TOP_LEFT);
    high.setLabelTextAnchor(TextAnchor.TOP_RIGHT);
    // one text row lower than the start label, so the two never overlap in a narrow window
    high.setLabelOffset(new RectangleInsets(22, 2, 4, 2));
    plot.addDomainMarker(0, low, Layer.BACKGROUND, false);
    plot.addDomainMarker(0, high, Layer.BACKGROUND, false);
    markers.put("low", low);
    markers.put("high", high);
    layers.legend.add(ChartStyling.lineItem("fit window n = " + Format.size(window.low()) + " to "
        + Format.size(window.high()) + (window.userChosen() ? " (set by you)" : " (proposed)"),
        theme.muted(), ChartStyling.WINDOW));
    return markers;
  }

  private static void includeTarget(ChartLayers layers, @Nullable CurveAnalysis primary,
      ScalingChartOptions options) {
    Double target = options.targetError();
    if (target == null) {
      return;
    }
    layers.include(Double.NaN, target);
    OptionalDouble nStar = LawDescriptions.requiredN(primary, target);
    if (primary != null && nStar.isPresent() && nStar.getAsDouble()
        <= primary.largestMeasuredN() * ScalingChartOptions.MAX_EXTRAPOLATION_FACTOR) {
      layers.include(nStar.getAsDouble(), target);
    }
  }

  private static void addTrustLines(JFreeChart chart, List<CurveAnalysis> visible,
      ChartTheme theme) {
    if (visible.isEmpty()) {
      chart.addSubtitle(ChartStyling.subtitle(
          "Every series is hidden: tick a series to show it.", theme.muted(), theme));
    } else if (visible.size() == 1) {
      CurveAnalysis c = visible.get(0);
      chart.addSubtitle(ChartStyling.subtitle(trustLine(c), theme.trustColor(c.trust().level()),
          theme));
    } else {
      // one short coloured entry per curve on a shared line; the reasons would fill the chart
      BlockContainer line = new BlockContainer(new FlowArrangement(HorizontalAlignment.LEFT,
          VerticalAlignment.CENTER, 14, 2));
      for (CurveAnalysis c : visible) {
        line.add(ChartStyling.subtitle(CurveKey.of(c).label() + ": " + (c.fit() == null
            ? "no law fitted" : "trust " + c.trust().level().label()),
            theme.trustColor(c.trust().level()), theme));
      }
      CompositeTitle trust = new CompositeTitle(line);
      trust.setPosition(RectangleEdge.TOP);
      trust.setHorizontalAlignment(HorizontalAlignment.LEFT);
      chart.addSubtitle(trust);
    }
  }

  /** "Trust: caution — back-test missed ...", or why there is no law. */
  static String trustLine(CurveAnalysis c) {
    return c.fit() == null ? "No law fitted. " + c.trust().reason()
        : "Trust: " + c.trust().level().label() + " — " + c.trust().reason();
  }
}
