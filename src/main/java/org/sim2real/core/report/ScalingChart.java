package org.sim2real.core.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.CompositeTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jspecify.annotations.Nullable;
import org.sim2real.core.scaling.curve.Format;
import org.sim2real.core.scaling.fit.CurveAnalysis;
import org.sim2real.core.scaling.fit.FitWindow;
import org.sim2real.core.scaling.fit.LawFit;
import org.sim2real.core.scaling.forecast.BandPoint;
import org.sim2real.core.scaling.forecast.DataNeedForecast;
import org.sim2real.core.scaling.forecast.PredictionBand;

/**
 * A built scaling chart: the {@link JFreeChart} plus what the screens change without rebuilding it
 * (the target line while it is dragged, the fit-window markers while they are dragged) and the
 * plotted data for the CSV export. The window markers and the target crossing n* belong to the
 * primary curve: the first visible curve with a fitted law. Not thread-safe: use it on one thread
 * (the FX thread in the GUI).
 */
public final class ScalingChart {
  private final JFreeChart chart;
  private final XYPlot plot;
  private final ScalingChartOptions options;
  private final @Nullable CurveAnalysis primary;
  private final @Nullable DataNeedForecast primaryNeed;
  private final List<LegendItem> baseLegend;
  private final List<PlottedRow> baseRows;
  private final XYSeries requiredNSeries;
  private final @Nullable ValueMarker windowLow;
  private final @Nullable ValueMarker windowHigh;
  private final @Nullable IntervalMarker windowShade;
  private @Nullable ValueMarker targetMarker;
  private @Nullable ValueMarker requiredNMarker;
  private final List<LegendItem> targetLegend = new ArrayList<>();
  private final List<PlottedRow> targetRows = new ArrayList<>();
  private @Nullable Double target;

  ScalingChart(JFreeChart chart, ScalingChartOptions options, @Nullable CurveAnalysis primary,
      @Nullable DataNeedForecast primaryNeed, List<LegendItem> baseLegend,
      List<PlottedRow> baseRows, XYSeries requiredNSeries, @Nullable ValueMarker windowLow,
      @Nullable ValueMarker windowHigh, @Nullable IntervalMarker windowShade) {
    this.chart = chart;
    this.plot = chart.getXYPlot();
    this.options = options;
    this.primary = primary;
    this.primaryNeed = primaryNeed;
    this.baseLegend = List.copyOf(baseLegend);
    this.baseRows = List.copyOf(baseRows);
    this.requiredNSeries = requiredNSeries;
    this.windowLow = windowLow;
    this.windowHigh = windowHigh;
    this.windowShade = windowShade;
    moveTarget(options.targetError());
  }

  public JFreeChart chart() {
    return chart;
  }

  public XYPlot plot() {
    return plot;
  }

  public ScalingChartOptions options() {
    return options;
  }

  /** The curve whose fit window and target crossing are drawn, if any visible curve has a fit. */
  public Optional<CurveAnalysis> primaryCurve() {
    return Optional.ofNullable(primary);
  }

  public @Nullable Double targetError() {
    return target;
  }

  /** The fit window of the primary curve, or null without a fit. */
  public @Nullable FitWindow window() {
    return primary == null ? null : primary.window();
  }

  /**
   * n*(T) where the primary curve's fitted law (whatever its form) reaches T; empty without a fit
   * or when T is at or below the floor C (unreachable by simulation alone).
   */
  public OptionalDouble requiredN(double targetError) {
    return LawDescriptions.requiredN(primary, targetError);
  }

  /** The fitted law with its 90% band at n (crosshair readout), or null without a fit. */
  public @Nullable BandPoint readout(double n) {
    if (primary == null || !(n > 0) || Double.isInfinite(n)) {
      return null;
    }
    return PredictionBand.at(primary, n);
  }

  /**
   * The law and its bands at n in words, each band named for what it is: "fitted law 0.432;
   * forecast 90%: 0.40 to 0.47; mean curve 90%: 0.41 to 0.45; a re-run would measure 90%: 0.39 to
   * 0.48 (extrapolated)". Inside the measured sizes the forecast and the mean-curve band are the
   * same and are named together. Null without a fit.
   */
  public @Nullable String readoutText(double n) {
    BandPoint at = readout(n);
    if (at == null) {
      return null;
    }
    StringBuilder text = new StringBuilder("fitted law ").append(Format.error(at.fitted()));
    if (at.forecast().isKnown()) {
      if (at.extrapolated()) {
        text.append("; forecast 90%: ").append(range(at.forecast()))
            .append("; mean curve 90%: ").append(range(at.meanCurve()));
      } else {
        text.append("; forecast = mean curve 90%: ").append(range(at.forecast()));
      }
      if (at.rerun().isKnown()) {
        text.append("; a re-run would measure 90%: ").append(range(at.rerun()));
      }
    }
    return text.append(at.extrapolated() ? " (extrapolated)" : "").toString();
  }

  private static String range(org.sim2real.core.scaling.curve.Interval i) {
    return i.isKnown() ? Format.error(i.lower()) + " to " + Format.error(i.upper()) : "n/a";
  }

  /**
   * Moves the target line (null removes it) and its crossing n* with the primary law. Cheap: no
   * refit, no rebuild; the chart repaints through its change events.
   */
  public void moveTarget(@Nullable Double newTarget) {
    if (newTarget != null && !(newTarget > 0 && Double.isFinite(newTarget))) {
      throw new IllegalArgumentException("target error must be a positive number, got " + newTarget);
    }
    target = newTarget;
    if (targetMarker != null) {
      plot.removeRangeMarker(0, targetMarker, Layer.FOREGROUND, false);
      targetMarker = null;
    }
    if (requiredNMarker != null) {
      plot.removeDomainMarker(0, requiredNMarker, Layer.FOREGROUND, false);
      requiredNMarker = null;
    }
    requiredNSeries.clear();
    targetLegend.clear();
    targetRows.clear();
    if (newTarget != null) {
      addTarget(newTarget);
    }
    LegendItemCollection items = new LegendItemCollection();
    baseLegend.forEach(items::add);
    targetLegend.forEach(items::add);
    plot.setFixedLegendItems(items);
  }

  private void addTarget(double t) {
    ChartTheme theme = options.theme();
    OptionalDouble nStar = requiredN(t);
    LawFit fit = primary == null ? null : primary.fit();
    String value = Format.error(t);
    String label;
    if (fit == null) {
      label = "target " + value;
    } else if (nStar.isEmpty()) {
      label = "target " + value + ": at or below the floor C = "
          + Format.value(LawDescriptions.floor(primary)) + ", unreachable by simulation alone";
    } else {
      label = "target " + value;
    }
    targetMarker = ChartStyling.horizontalLine(t, label, ChartTheme.TARGET, ChartStyling.TARGET,
        theme);
    targetMarker.setLabelAnchor(RectangleAnchor.BOTTOM_LEFT);
    targetMarker.setLabelTextAnchor(TextAnchor.TOP_LEFT);
    plot.addRangeMarker(0, targetMarker, Layer.FOREGROUND, false);
    targetLegend.add(ChartStyling.lineItem(label, ChartTheme.TARGET, ChartStyling.TARGET));
    targetRows.add(new PlottedRow("target", PlottedRow.TARGET, Double.NaN, t, Double.NaN,
        Double.NaN, Double.NaN, PlottedRow.Bands.NONE, "",
        nStar.isEmpty() && fit != null ? "unreachable by simulation alone" : ""));
    if (nStar.isPresent()) {
      double n = nStar.getAsDouble();
      String needed = neededText(t, n);
      // the Forecast card's rounding (two significant digits), so both steps read the same
      requiredNMarker = ChartStyling.verticalLine(n, "n* = " + PlainNumbers.size(n),
          ChartTheme.TARGET, ChartStyling.FLOOR, theme);
      boolean nearRightEdge = axisFraction(n) > 0.85;
      // near the right edge the label goes left of the line, where it is not cut off
      requiredNMarker.setLabelAnchor(nearRightEdge ? RectangleAnchor.BOTTOM_LEFT
          : RectangleAnchor.BOTTOM_RIGHT);
      requiredNMarker.setLabelTextAnchor(nearRightEdge ? TextAnchor.BOTTOM_RIGHT
          : TextAnchor.BOTTOM_LEFT);
      plot.addDomainMarker(0, requiredNMarker, Layer.FOREGROUND, false);
      requiredNSeries.add(n, t);
      targetLegend.add(ChartStyling.shapeItem(needed, ChartStyling.diamond(6), true,
          ChartTheme.TARGET));
      targetRows.add(new PlottedRow(primary.label(), PlottedRow.REQUIRED_N, n, Double.NaN,
          Double.NaN, Double.NaN, t, PlottedRow.Bands.NONE, "", needed));
    }
    plot.getChart().fireChartChanged();
  }

  /** Where x lies along the domain axis now: 0 at its lower end, 1 at its upper end. */
  private double axisFraction(double x) {
    ValueAxis axis = plot.getDomainAxis();
    double lower = axis.getLowerBound();
    double upper = axis.getUpperBound();
    return axis instanceof LogAxis && lower > 0
        ? Math.log(x / lower) / Math.log(upper / lower) : (x - lower) / (upper - lower);
  }

  /**
   * "n* = 32,000 for target 0.45", with the forecast's interval when it is for this target, in the
   * Forecast card's rounding
   * ("unbounded" at the top, as on the Forecast card, when more than 5% of the refits never reach
   * it). The label stays short: a legend that gains a row while the target is dragged would move
   * the plot under the mouse.
   */
  private String neededText(double t, double n) {
    DataNeedForecast need = primaryNeed;
    if (need != null && Math.abs(need.target() - t) <= 1e-12 * t
        && Double.isFinite(need.requiredN().value())) {
      // the same interval as the Forecast card's, an open top read as there: "unbounded"
      return "n* = " + PlainNumbers.size(need.requiredN().value()) + " "
          + PlainNumbers.sizeInterval(need.requiredN()) + " for target " + Format.error(t);
    }
    return "n* = " + PlainNumbers.size(n) + " for target " + Format.error(t) + " (fitted law)";
  }

  /** Moves the window markers (while the user drags them); the fit changes only on release. */
  public void previewWindow(double low, double high) {
    if (windowLow == null || windowHigh == null || windowShade == null) {
      return;
    }
    windowLow.setValue(Math.min(low, high));
    windowHigh.setValue(Math.max(low, high));
    windowShade.setStartValue(Math.min(low, high));
    windowShade.setEndValue(Math.max(low, high));
  }

  /** Values of the window markers now (after any preview), or null without a window. */
  public double @Nullable [] windowMarkers() {
    return windowLow == null || windowHigh == null ? null
        : new double[] {windowLow.getValue(), windowHigh.getValue()};
  }

  /** Every plotted number, in the order drawn, for the CSV export. */
  public List<PlottedRow> plottedRows() {
    List<PlottedRow> rows = new ArrayList<>(baseRows);
    rows.addAll(targetRows);
    return rows;
  }

  /** The legend's labels, in order. */
  public List<String> legendLabels() {
    List<String> labels = new ArrayList<>();
    LegendItemCollection items = plot.getFixedLegendItems();
    for (int i = 0; i < items.getItemCount(); i++) {
      labels.add(items.get(i).getLabel());
    }
    return labels;
  }

  /** The keys of every series of every dataset (for tests and diagnostics). */
  public List<String> seriesNames() {
    List<String> names = new ArrayList<>();
    for (int d = 0; d < plot.getDatasetCount(); d++) {
      var dataset = plot.getDataset(d);
      if (dataset != null) {
        for (int s = 0; s < dataset.getSeriesCount(); s++) {
          names.add(String.valueOf(dataset.getSeriesKey(s)));
        }
      }
    }
    return names;
  }

  /**
   * Keeps only the grade of a single curve's trust line ("Trust: caution") and puts {@code where}
   * in place of its reason, for a screen that explains the reason elsewhere: the reason can take
   * three lines of a small chart.
   */
  public void shortenTrustLine(String where) {
    for (Object t : chart.getSubtitles()) {
      if (t instanceof TextTitle title && title.getText().startsWith("Trust: ")) {
        int dash = title.getText().indexOf(" \u2014 ");
        if (dash > 0) {
          title.setText(title.getText().substring(0, dash) + " \u2014 " + where);
        }
      }
    }
  }

  /** The subtitles' text (trust lines and notes), one per line. */
  public String subtitleText() {
    StringBuilder text = new StringBuilder();
    for (Object t : chart.getSubtitles()) {
      if (t instanceof TextTitle title) {
        text.append(title.getText()).append('\n');
      } else if (t instanceof CompositeTitle composite) {
        List<String> parts = new ArrayList<>();
        for (Object block : composite.getContainer().getBlocks()) {
          if (block instanceof TextTitle title) {
            parts.add(title.getText());
          }
        }
        text.append(String.join("; ", parts)).append('\n');
      }
    }
    return text.toString().strip();
  }

  /**
   * The line labels (floor C, target, n*, ...) as last drawn, with their bounds: placed so that
   * no two overlap and all lie inside the data area ({@link LabelledXYPlot}).
   */
  public List<LabelledXYPlot.PlacedLabel> placedLabels() {
    return plot instanceof LabelledXYPlot labelled ? labelled.placedLabels() : List.of();
  }

  /** The plot's data area as last drawn, or null before the first drawing. */
  public java.awt.geom.@Nullable Rectangle2D dataArea() {
    return plot instanceof LabelledXYPlot labelled ? labelled.lastDataArea() : null;
  }
}
