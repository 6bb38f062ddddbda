package org.sim2real.ui.teach;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.sim2real.core.report.ChartTheme;
import org.sim2real.core.report.CurveKey;
import org.sim2real.core.report.ScalingChart;
import org.sim2real.core.report.ScalingChartFactory;
import org.sim2real.core.report.ScalingChartOptions;
import org.sim2real.core.scaling.curve.Observation;
import org.sim2real.core.scaling.fit.CurveAnalysis;
import org.sim2real.core.scaling.fit.LawFit;
import org.sim2real.core.scaling.forecast.CurveForecast;

/**
 * Builds the Teach screen's chart: the workbench's scaling chart of the simulated study (points
 * with intervals, fitted law with its equation and band, scratch baseline, fitted floor, target
 * with n*) plus the truth ({@link TruthOverlay}), on axes that stay put while the study fills in
 * and while sliders move gently. For a projector every font is enlarged ({@link ChartFonts}). AWT
 * only: built off the FX thread.
 */
final class TeachChart {
  /** Fonts and lines of the presentation view, relative to the normal chart. */
  static final double PRESENTATION_SCALE = 1.75;

  /** The smallest enlargement, for a projector of 1280 x 720 or less. */
  static final double SMALL_PRESENTATION_SCALE = 1.3;

  /** The legend of the presentation: what the lines' own labels on the chart do not name. */
  private static final List<String> PRESENTATION_LEGEND = List.of("truth", "fit: ", "90% forecast");

  /**
   * How the chart looks: colours, projector size (with how much every font and line is
   * enlarged), whether the truth is drawn.
   */
  record Style(ChartTheme theme, boolean presentation, boolean showTruth, double scale) {
    Style(ChartTheme theme, boolean presentation, boolean showTruth) {
      this(theme, presentation, showTruth, presentation ? PRESENTATION_SCALE : 1);
    }

    /**
     * The presentation's enlargement for a screen {@code height} pixels high: full size from
     * 1,000 pixels, less on a small projector, where large type would leave no plot.
     */
    static double presentationScale(double height) {
      double t = Math.max(0, Math.min(1, (height - 720) / (1000 - 720)));
      return SMALL_PRESENTATION_SCALE + t * (PRESENTATION_SCALE - SMALL_PRESENTATION_SCALE);
    }
  }

  /** A built chart and the axis ranges to show it with (set again after a zoom-keeping show). */
  record Drawn(ScalingChart chart, double xLow, double xHigh, double yLow, double yHigh) {
    /** Sets the axes to the ranges chosen for the study. */
    void applyRange() {
      XYPlot plot = chart.plot();
      plot.getDomainAxis().setRange(xLow, xHigh);
      plot.getRangeAxis().setRange(yLow, yHigh);
    }
  }

  private TeachChart() {}

  static Drawn build(TeachResult result, Style style) {
    TeachingSetup setup = result.setup();
    CurveAnalysis curve = result.curve();
    CurveForecast forecast = result.forecast();
    ScalingChartOptions options = ScalingChartOptions.defaults().withTheme(style.theme())
        .withTargetError(result.target());
    ScalingChart chart = ScalingChartFactory.create(result.analysis(),
        curve == null || forecast == null ? Map.of() : Map.of(CurveKey.of(curve), forecast),
        options);
    double xLow = setup.nMin() / 1.6;
    double xHigh = rightEnd(result) * 1.25;
    double[] y = errorRange(result, xHigh);
    boolean floorInView = setup.c() >= y[0];
    if (style.showTruth()) {
      TruthOverlay.add(chart, setup, setup.nMin() / 1.2, xHigh, style.theme(), floorInView);
    }
    // the window's lines are labelled on the chart; the legend is long enough for a class
    dropLegend(chart.plot(), "fit window");
    centreTargetLabel(chart.plot());
    // the trust's reason is under the chart, in the numbers; on it, one line leaves the plot room
    shortenTrustLine(chart.chart());
    if (style.presentation()) {
      keepLegend(chart.plot(), PRESENTATION_LEGEND);
      ChartFonts.scale(chart.chart(), style.scale());
    }
    Drawn drawn = new Drawn(chart, xLow, xHigh, y[0], y[1]);
    drawn.applyRange();
    return drawn;
  }

  /**
   * The target's label moves from the left end to the middle: the tour sets targets just above
   * the floor, whose label sits at the left end.
   */
  private static void centreTargetLabel(XYPlot plot) {
    for (Object m : plot.getRangeMarkers(Layer.FOREGROUND) == null ? List.of()
        : plot.getRangeMarkers(Layer.FOREGROUND)) {
      if (m instanceof ValueMarker marker && marker.getLabel() != null
          && marker.getLabel().startsWith("target")) {
        marker.setLabelAnchor(RectangleAnchor.BOTTOM);
        marker.setLabelTextAnchor(TextAnchor.TOP_CENTER);
      }
    }
  }

  /**
   * Keeps the legend entries that start with one of the prefixes and the points' entry (the
   * first): the scratch baseline, the floors, the target and n* are named by their labels on the
   * chart, and a projector's large type leaves no room for a legend that repeats them.
   */
  private static void keepLegend(XYPlot plot, List<String> prefixes) {
    LegendItemCollection items = plot.getFixedLegendItems();
    if (items == null) {
      return;
    }
    LegendItemCollection kept = new LegendItemCollection();
    for (int i = 0; i < items.getItemCount(); i++) {
      String label = items.get(i).getLabel();
      if (i == 0 || prefixes.stream().anyMatch(label::startsWith)) {
        kept.add(items.get(i));
      }
    }
    plot.setFixedLegendItems(kept);
  }

  /**
   * "Trust: caution" without its reason: the reason wraps onto a second line (in large type onto
   * a third) and pushes the axis label into it; the numbers under the chart give it in full.
   */
  private static void shortenTrustLine(JFreeChart chart) {
    for (Object t : chart.getSubtitles()) {
      if (t instanceof TextTitle title && title.getText() != null
          && title.getText().startsWith("Trust: ") && title.getText().contains(" \u2014 ")) {
        title.setText(title.getText().substring(0, title.getText().indexOf(" \u2014 ")));
      }
    }
  }

  private static void dropLegend(XYPlot plot, String prefix) {
    LegendItemCollection items = plot.getFixedLegendItems();
    if (items == null) {
      return;
    }
    LegendItemCollection kept = new LegendItemCollection();
    for (int i = 0; i < items.getItemCount(); i++) {
      if (!items.get(i).getLabel().startsWith(prefix)) {
        kept.add(items.get(i));
      }
    }
    plot.setFixedLegendItems(kept);
  }

  /**
   * The right end of the n axis: 10x the study's largest n like the chart's extrapolation,
   * stretched (as the chart stretches it, up to 10,000x) to show the fitted and the true n*.
   */
  static double rightEnd(TeachResult result) {
    TeachingSetup setup = result.setup();
    double largest = setup.nMax();
    double limit = largest * ScalingChartOptions.MAX_EXTRAPOLATION_FACTOR;
    double end = 10 * largest;
    OptionalDouble trueNeed = setup.trueRequiredN(result.target());
    if (trueNeed.isPresent() && trueNeed.getAsDouble() * 1.5 <= limit) {
      end = Math.max(end, trueNeed.getAsDouble() * 1.5);
    }
    CurveAnalysis curve = result.curve();
    LawFit fit = curve == null ? null : curve.fit();
    if (fit != null && result.target() > fit.parameter(2)) {
      double nStar = Math.pow((result.target() - fit.parameter(2)) / fit.parameter(0),
          -1 / fit.parameter(1));
      double fitLimit = curve.largestMeasuredN() * ScalingChartOptions.MAX_EXTRAPOLATION_FACTOR;
      if (nStar <= fitLimit) {
        end = Math.max(end, Math.min(nStar * 1.5, limit));
      }
    }
    return end;
  }

  /**
   * The error axis: the whole study's expected spread (so that it does not jump while the points
   * arrive), the points so far, the baseline, the target and the floors that are close enough to
   * the data to be worth drawing (a floor far below would squash the curve on a log axis).
   */
  static double[] errorRange(TeachResult result, double xHigh) {
    TeachingSetup setup = result.setup();
    double spread = 2.5 * setup.noiseAtM();
    List<Double> values = new ArrayList<>();
    for (double e : new double[] {setup.trueError(setup.nMin()), setup.scratchError()}) {
      values.add(e * (1 + spread));
      values.add(e * Math.max(0.2, 1 - spread));
    }
    values.add(setup.trueError(xHigh));
    values.add(result.target());
    for (Observation o : result.table().observations()) {
      values.add(o.error());
    }
    double low = values.stream().filter(v -> v > 0).mapToDouble(Double::doubleValue).min()
        .orElse(0.01);
    double high = values.stream().mapToDouble(Double::doubleValue).max().orElse(1);
    CurveAnalysis curve = result.curve();
    LawFit fit = curve == null ? null : curve.fit();
    double lowest = low;
    for (double floor : new double[] {setup.c(), fit == null ? 0 : fit.parameter(2)}) {
      if (floor > lowest / 3) {
        low = Math.min(low, floor);
      }
    }
    return new double[] {low / 1.12, high * 1.12};
  }
}
