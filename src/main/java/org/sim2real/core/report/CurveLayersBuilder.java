package org.sim2real.core.report;

import java.awt.Color;
import java.awt.Shape;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.YIntervalSeries;
import org.jspecify.annotations.Nullable;
import org.sim2real.core.scaling.curve.Estimate;
import org.sim2real.core.scaling.curve.Format;
import org.sim2real.core.scaling.curve.Interval;
import org.sim2real.core.scaling.curve.PointSummary;
import org.sim2real.core.scaling.fit.CurveAnalysis;
import org.sim2real.core.scaling.fit.ExcludedPoint;
import org.sim2real.core.scaling.fit.FitWindow;
import org.sim2real.core.scaling.fit.LawFit;
import org.sim2real.core.scaling.fit.NegativeTransfer;
import org.sim2real.core.scaling.fit.TransferGain;
import org.sim2real.core.scaling.forecast.BandPoint;
import org.sim2real.core.scaling.forecast.CurveForecast;
import org.sim2real.core.scaling.forecast.PredictionBand;

/** Adds one learning curve to the {@link ChartLayers}: its points, negative transfer, law and band. */
final class CurveLayersBuilder {
  static final int BAND_POINTS = 80;

  /** The shaded band's name: the band a decision needs. */
  static final String FORECAST_BAND = "90% forecast band";

  static final String MEAN_CURVE_LOWER = "mean curve 90% lower edge";
  static final String MEAN_CURVE_UPPER = "mean curve 90% upper edge";

  /** The dashed edges beyond the data: the band without the chance that the law changes. */
  static final String MEAN_CURVE_LEGEND = "mean curve 90% (thin dashes beyond the data)";

  private final ChartLayers layers;
  private final ScalingChartOptions options;
  private final boolean severalCurves;
  private boolean anyNotFitted;
  private boolean anyNegativeTransfer;
  private double extrapolatedTo;
  private boolean anyShaded;
  private boolean anyEdges;
  /** What x is per simulation row: 1 on the n axis, the cost per row on the cost axis. */
  private double xScale = 1;

  CurveLayersBuilder(ChartLayers layers, ScalingChartOptions options, boolean severalCurves) {
    this.layers = layers;
    this.options = options;
    this.severalCurves = severalCurves;
  }

  /** Plots the next curves against n times {@code costPerRow} (the cost view) instead of n. */
  void scaleX(double costPerRow) {
    xScale = costPerRow;
  }

  private double x(double n) {
    return n * xScale;
  }

  void addPoints(CurveAnalysis curve, Color color, Shape shape) {
    String label = CurveKey.of(curve).label();
    YIntervalSeries series = new YIntervalSeries(label);
    FitWindow window = curve.window();
    LawFit fit = curve.fit();
    Map<Long, String> excluded = new HashMap<>();
    if (window != null) {
      for (ExcludedPoint p : window.excluded()) {
        excluded.put(p.n(), p.reason());
      }
    }
    Map<Long, TransferGain> negative = new HashMap<>();
    for (TransferGain g : curve.regime().negativeTransfer()) {
      negative.put(g.n(), g);
    }
    List<PointSummary> points = curve.points();
    boolean[] inside = new boolean[points.size()];
    List<String> tips = new ArrayList<>();
    XYSeries rings = new XYSeries("negative transfer: " + label);
    List<String> ringTips = new ArrayList<>();
    for (int i = 0; i < points.size(); i++) {
      PointSummary p = points.get(i);
      Interval interval = p.interval();
      double lower = interval.isKnown() ? interval.lower() : p.mean();
      double upper = interval.isKnown() ? interval.upper() : p.mean();
      series.add(x(p.n()), p.mean(), lower, upper);
      layers.include(x(p.n()), lower);
      layers.include(x(p.n()), upper);
      boolean fitted = fit != null && window != null && window.contains(p.n());
      inside[i] = fit == null || fitted;
      anyNotFitted |= !inside[i];
      String reason = fit == null || fitted ? ""
          : excluded.getOrDefault(p.n(), "outside the fit window");
      StringBuilder tip = new StringBuilder(label).append("\nn = ").append(Format.size(p.n()))
          .append(": ").append(Format.withInterval(new Estimate(p.mean(), interval))).append(", ")
          .append(p.repetitions()).append(p.repetitions() == 1 ? " repetition" : " repetitions");
      if (xScale != 1) {
        tip.append("\ncost ").append(Format.value(x(p.n()))).append(" (")
            .append(Format.value(xScale)).append(" per row)");
      }
      if (fitted) {
        tip.append("\nin the fit window");
        if (options.showResiduals()) {
          tip.append(", residual ").append(signed(p.mean() - fit.value(p.n())));
        }
      } else if (fit != null) {
        tip.append("\nnot fitted: ").append(reason);
      }
      TransferGain gain = negative.get(p.n());
      String negativeNote = "";
      if (gain != null) {
        negativeNote = (gain.negativeTransfer() == NegativeTransfer.SIGNIFICANT
            ? "negative transfer: worse than scratch by "
            : "possible negative transfer: worse than scratch by ")
            + Format.withInterval(new Estimate(-gain.gain().value(),
                flip(gain.gain().interval())));
        tip.append('\n').append(negativeNote);
        rings.add(x(p.n()), p.mean());
        anyNegativeTransfer = true;
        ringTips.add(tip.toString());
      }
      tips.add(tip.toString());
      BandPoint band = fit == null ? null : PredictionBand.at(curve, p.n());
      String note = String.join("; ", nonEmpty(reason, negativeNote));
      layers.rows.add(new PlottedRow(label, PlottedRow.MEASURED, p.n(), p.mean(), lower, upper,
          band == null ? Double.NaN : band.fitted(),
          band == null ? PlottedRow.Bands.NONE : PlottedRow.Bands.of(band),
          fit == null ? "" : fitted ? "yes" : "no", note));
    }
    layers.addPointSeries(series, inside, tips, color, shape);
    if (!ringTips.isEmpty()) {
      int index = layers.addMarkSeries(rings, ringTips, ChartTheme.NEGATIVE_TRANSFER,
          ChartStyling.ring(), false, ChartStyling.RING);
      layers.markRenderer.setSeriesVisibleInLegend(index, false);
    }
    // with several curves one entry per curve names its points and its law, to keep the legend
    // short enough to leave the plot room
    String entry = label + ": mean, 90% interval" + (!severalCurves ? ""
        : fit == null ? "; no law fitted" : "; " + equation(curve));
    layers.legend.add(ChartStyling.shapeItem(entry, shape, true, color));
  }

  /**
   * Draws the fitted law over its window and beyond to nMax with the 90% forecast band (shaded)
   * and, beyond the largest measured size, the edges of the mean curve's 90% band (thin dashes):
   * inside the data the two bands are the same, beyond it the gap between them is the chance
   * that the law changes its form there.
   */
  void addLaw(CurveAnalysis curve, @Nullable CurveForecast forecast, double nMax, Color color) {
    LawFit fit = curve.fit();
    FitWindow window = curve.window();
    if (fit == null || window == null) {
      return;
    }
    String label = CurveKey.of(curve).label();
    PredictionBand band = bandOf(curve, forecast, nMax);
    double largest = curve.largestMeasuredN();
    XYSeries law = new XYSeries("fit: " + label);
    XYSeries beyond = new XYSeries("extrapolation: " + label);
    YIntervalSeries shade = new YIntervalSeries(FORECAST_BAND + ": " + label);
    XYSeries meanLow = new XYSeries(MEAN_CURVE_LOWER + ": " + label);
    XYSeries meanHigh = new XYSeries(MEAN_CURVE_UPPER + ": " + label);
    List<BandPoint> points = new ArrayList<>(band.points());
    if (points.get(points.size() - 1).n() > largest && points.get(0).n() < largest) {
      // the widening starts exactly at the largest measured size, which the grid rarely hits
      points.add(PredictionBand.at(curve, largest));
      points.sort(java.util.Comparator.comparingDouble(BandPoint::n));
    }
    for (BandPoint p : points) {
      boolean atOrBeyond = p.n() >= largest * (1 - 1e-9);
      (p.extrapolated() ? beyond : law).add(x(p.n()), p.fitted());
      if (p.forecast().isKnown()) {
        shade.add(x(p.n()), p.fitted(), p.forecast().lower(), p.forecast().upper());
        layers.include(x(p.n()), p.forecast().lower());
        layers.include(x(p.n()), p.forecast().upper());
      }
      if (atOrBeyond && p.meanCurve().isKnown()) {
        meanLow.add(x(p.n()), p.meanCurve().lower());
        meanHigh.add(x(p.n()), p.meanCurve().upper());
      }
      layers.include(x(p.n()), p.fitted());
      layers.rows.add(new PlottedRow(label, p.extrapolated() ? PlottedRow.EXTRAPOLATION
          : PlottedRow.FIT, p.n(), Double.NaN, Double.NaN, Double.NaN, p.fitted(),
          PlottedRow.Bands.of(p), "", ""));
    }
    // join the solid and the dotted line at the largest measured size
    if (!beyond.isEmpty()) {
      beyond.add(x(largest), fit.value(largest));
    }
    boolean shaded = options.showBand() && !shade.isEmpty();
    if (shaded) {
      layers.addBandSeries(shade, color);
    }
    layers.addLawSeries(law, color, ChartStyling.FIT);
    if (!severalCurves) {
      layers.legend.add(ChartStyling.lineItem(equation(curve), color, ChartStyling.FIT));
    }
    if (beyond.isEmpty()) {
      if (shaded && !severalCurves) {
        layers.legend.add(ChartStyling.bandItem(FORECAST_BAND, translucentBand(color)));
      }
      anyShaded |= shaded;
      return;
    }
    layers.addLawSeries(beyond, color, ChartStyling.EXTRAPOLATION);
    boolean edges = shaded && meanLow.getItemCount() > 1;
    if (edges) {
      layers.addLawSeries(meanLow, color, ChartStyling.MEAN_CURVE_EDGE);
      layers.addLawSeries(meanHigh, color, ChartStyling.MEAN_CURVE_EDGE);
    }
    double last = points.get(points.size() - 1).n();
    if (severalCurves) {
      // one neutral entry for all curves keeps the legend readable
      extrapolatedTo = Math.max(extrapolatedTo, last);
      anyShaded |= shaded;
      anyEdges |= edges;
    } else {
      layers.legend.add(ChartStyling.lineItem("extrapolation to n = " + AxisTicks.sizeLabel(last),
          color, ChartStyling.EXTRAPOLATION));
      if (shaded) {
        layers.legend.add(ChartStyling.bandItem(FORECAST_BAND, translucentBand(color)));
      }
      if (edges) {
        layers.legend.add(ChartStyling.lineItem(MEAN_CURVE_LEGEND, color,
            ChartStyling.MEAN_CURVE_EDGE));
      }
    }
  }

  /** The shade of the forecast band in the legend: as drawn (the band renderer's alpha). */
  private Color translucentBand(Color color) {
    return ChartTheme.translucent(color, Math.round(255 * layers.bandRenderer.getAlpha()));
  }

  /** Legend entries explaining hollow points, rings and the bands, once for all curves. */
  void addSymbolLegend(ChartTheme theme) {
    if (extrapolatedTo > 0) {
      layers.legend.add(ChartStyling.lineItem("dotted: extrapolation to n = "
          + AxisTicks.sizeLabel(extrapolatedTo), theme.muted(), ChartStyling.EXTRAPOLATION));
    }
    if (severalCurves && anyShaded) {
      layers.legend.add(ChartStyling.bandItem("shaded: " + FORECAST_BAND,
          translucentBand(theme.muted())));
    }
    if (severalCurves && anyEdges) {
      layers.legend.add(ChartStyling.lineItem(MEAN_CURVE_LEGEND, theme.muted(),
          ChartStyling.MEAN_CURVE_EDGE));
    }
    if (anyNotFitted) {
      layers.legend.add(ChartStyling.shapeItem("not fitted (outside the fit window)",
          ChartStyling.pointShape(0), false, theme.notFitted()));
    }
    if (anyNegativeTransfer) {
      layers.legend.add(ChartStyling.shapeItem("negative transfer (worse than scratch)",
          ChartStyling.ring(), false, ChartTheme.NEGATIVE_TRANSFER));
    }
  }

  private static PredictionBand bandOf(CurveAnalysis curve, @Nullable CurveForecast forecast,
      double nMax) {
    PredictionBand given = forecast == null ? null : forecast.band();
    if (given != null && !given.points().isEmpty()
        && given.points().get(given.points().size() - 1).n() >= nMax * (1 - 1e-9)
        && given.points().get(given.points().size() - 1).n() <= nMax * (1 + 1e-9)) {
      return given;
    }
    return PredictionBand.of(curve, nMax, BAND_POINTS);
  }

  /**
   * "fit: power law with offset E(n) = 0.830·n^-0.149 + 0.214 (R²log 0.97)" or "fit: broken power
   * law E(n) = 0.479 + 0.248·(1 + n/21,400)^-1.63 (R²log 0.99)". With several curves only the form
   * ("fit: broken power law (R²log 0.99)", joined to the curve's points entry): four formulas
   * would fill the chart with legend, and the side panel and the crosshair give each curve's
   * numbers.
   */
  String equation(CurveAnalysis curve) {
    LawFit fit = curve.fit();
    String text = severalCurves && fit != null
        ? "fit: " + LawDescriptions.formName(fit.form())
        : "fit: " + LawDescriptions.lawWithForm(curve);
    if (options.showResiduals() && curve.goodness() != null) {
      text += String.format(java.util.Locale.ROOT, " (R\u00b2log %.2f)", curve.goodness().r2Log());
    }
    return text;
  }

  private static String signed(double v) {
    return (v >= 0 ? "+" : "") + Format.value(v);
  }

  private static Interval flip(Interval i) {
    return i.isKnown() ? new Interval(-i.upper(), -i.lower()) : i;
  }

  private static List<String> nonEmpty(String... parts) {
    List<String> kept = new ArrayList<>();
    for (String p : parts) {
      if (!p.isEmpty()) {
        kept.add(p);
      }
    }
    return kept;
  }
}
