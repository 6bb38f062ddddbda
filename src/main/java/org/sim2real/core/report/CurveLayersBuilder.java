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

  private final ChartLayers layers;
  private final ScalingChartOptions options;
  private final boolean severalCurves;
  private boolean anyNotFitted;
  private boolean anyNegativeTransfer;
  private double extrapolatedTo;
  private boolean anyShaded;

  CurveLayersBuilder(ChartLayers layers, ScalingChartOptions options, boolean severalCurves) {
    this.layers = layers;
    this.options = options;
    this.severalCurves = severalCurves;
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
      series.add(p.n(), p.mean(), lower, upper);
      layers.include(p.n(), lower);
      layers.include(p.n(), upper);
      boolean fitted = fit != null && window != null && window.contains(p.n());
      inside[i] = fit == null || fitted;
      anyNotFitted |= !inside[i];
      String reason = fit == null || fitted ? ""
          : excluded.getOrDefault(p.n(), "outside the fit window");
      StringBuilder tip = new StringBuilder(label).append("\nn = ").append(Format.size(p.n()))
          .append(": ").append(Format.withInterval(new Estimate(p.mean(), interval))).append(", ")
          .append(p.repetitions()).append(p.repetitions() == 1 ? " repetition" : " repetitions");
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
        rings.add(p.n(), p.mean());
        anyNegativeTransfer = true;
        ringTips.add(tip.toString());
      }
      tips.add(tip.toString());
      BandPoint band = fit == null ? null : PredictionBand.at(curve, p.n());
      String note = String.join("; ", nonEmpty(reason, negativeNote));
      layers.rows.add(new PlottedRow(label, PlottedRow.MEASURED, p.n(), p.mean(), lower, upper,
          band == null ? Double.NaN : band.fitted(),
          band == null ? Double.NaN : band.interval().lower(),
          band == null ? Double.NaN : band.interval().upper(),
          fit == null ? "" : fitted ? "yes" : "no", note));
    }
    layers.addPointSeries(series, inside, tips, color, shape);
    if (!ringTips.isEmpty()) {
      int index = layers.addMarkSeries(rings, ringTips, ChartTheme.NEGATIVE_TRANSFER,
          ChartStyling.ring(), false, ChartStyling.RING);
      layers.markRenderer.setSeriesVisibleInLegend(index, false);
    }
    layers.legend.add(ChartStyling.shapeItem(label + ": mean, 90% interval", shape, true, color));
  }

  /** Draws the fitted law over its window and beyond to nMax with the 90% band. */
  void addLaw(CurveAnalysis curve, @Nullable CurveForecast forecast, double nMax, Color color) {
    LawFit fit = curve.fit();
    FitWindow window = curve.window();
    if (fit == null || window == null) {
      return;
    }
    String label = CurveKey.of(curve).label();
    PredictionBand band = bandOf(curve, forecast, nMax);
    XYSeries law = new XYSeries("fit: " + label);
    XYSeries beyond = new XYSeries("extrapolation: " + label);
    YIntervalSeries shade = new YIntervalSeries("90% band: " + label);
    for (BandPoint p : band.points()) {
      (p.extrapolated() ? beyond : law).add(p.n(), p.fitted());
      if (p.interval().isKnown()) {
        shade.add(p.n(), p.fitted(), p.interval().lower(), p.interval().upper());
        layers.include(p.n(), p.interval().lower());
        layers.include(p.n(), p.interval().upper());
      }
      layers.include(p.n(), p.fitted());
      layers.rows.add(new PlottedRow(label, p.extrapolated() ? PlottedRow.EXTRAPOLATION
          : PlottedRow.FIT, p.n(), Double.NaN, Double.NaN, Double.NaN, p.fitted(),
          p.interval().lower(), p.interval().upper(), "", ""));
    }
    // the grid does not hit the window's end exactly: join the two lines there
    law.add(window.high(), fit.value(window.high()));
    if (!beyond.isEmpty()) {
      beyond.add(window.high(), fit.value(window.high()));
    }
    if (options.showBand() && !shade.isEmpty()) {
      layers.addBandSeries(shade, color);
    }
    layers.addLawSeries(law, color, ChartStyling.FIT);
    layers.legend.add(ChartStyling.lineItem(equation(curve, fit), color, ChartStyling.FIT));
    if (!beyond.isEmpty()) {
      layers.addLawSeries(beyond, color, ChartStyling.EXTRAPOLATION);
      double last = band.points().get(band.points().size() - 1).n();
      boolean shaded = options.showBand() && !shade.isEmpty();
      if (severalCurves) {
        // one neutral entry for all curves keeps the legend readable
        extrapolatedTo = Math.max(extrapolatedTo, last);
        anyShaded |= shaded;
      } else {
        layers.legend.add(ChartStyling.lineItem("extrapolation to n = "
            + AxisTicks.sizeLabel(last) + (shaded ? " (shaded: 90% band)" : ""), color,
            ChartStyling.EXTRAPOLATION));
      }
    }
  }

  /** Legend entries explaining hollow points and rings, once for all curves. */
  void addSymbolLegend(ChartTheme theme) {
    if (extrapolatedTo > 0) {
      layers.legend.add(ChartStyling.lineItem("dotted: extrapolation to n = "
          + AxisTicks.sizeLabel(extrapolatedTo) + (anyShaded ? ", shaded: 90% band" : ""),
          theme.muted(), ChartStyling.EXTRAPOLATION));
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

  /** "fit: 0.830·n^-0.149 + 0.214 (R²log 0.97)". */
  String equation(CurveAnalysis curve, LawFit fit) {
    String prefix = severalCurves ? "fit (" + CurveKey.of(curve).label() + "): " : "fit: ";
    String text = prefix + Format.value(fit.parameter(0)) + "\u00b7n^-"
        + Format.value(fit.parameter(1)) + " + " + Format.value(fit.parameter(2));
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
