package org.sim2real.core.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jfree.chart.axis.AxisState;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueTick;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sim2real.core.scaling.curve.Format;
import org.sim2real.core.scaling.curve.LearningCurveTable;
import org.sim2real.core.scaling.curve.Observation;
import org.sim2real.core.scaling.fit.CurveAnalysis;
import org.sim2real.core.scaling.fit.LawFit;
import org.sim2real.core.scaling.fit.ScalingAnalysis;
import org.sim2real.core.scaling.fit.ScalingAnalyzer;
import org.sim2real.core.scaling.fit.TrustLevel;
import org.sim2real.core.scaling.forecast.CurveForecast;
import org.sim2real.core.scaling.forecast.ForecastRequest;
import org.sim2real.core.scaling.forecast.Forecaster;

class ScalingChartFactoryTest {
  private static ScalingAnalysis synthetic;
  private static ScalingAnalysis bandGap;

  @BeforeAll
  static void analyze() {
    synthetic = ChartFixtures.synthetic();
    bandGap = ChartFixtures.bandGap();
  }

  private static ScalingChart chart(ScalingAnalysis analysis) {
    return ScalingChartFactory.create(analysis, ScalingChartOptions.defaults());
  }

  private static int seriesIndex(XYDataset dataset, String key) {
    for (int s = 0; s < dataset.getSeriesCount(); s++) {
      if (key.equals(dataset.getSeriesKey(s))) {
        return s;
      }
    }
    throw new AssertionError("no series " + key);
  }

  private static int itemAt(XYDataset dataset, int series, double n) {
    for (int i = 0; i < dataset.getItemCount(series); i++) {
      if (dataset.getXValue(series, i) == n) {
        return i;
      }
    }
    throw new AssertionError("no item at n = " + n);
  }

  @Test
  void syntheticChartHasPointsFitExtrapolationAndBand() {
    List<String> names = chart(synthetic).seriesNames();
    assertTrue(names.containsAll(List.of("transfer, m = 500", "fit: transfer, m = 500",
        "extrapolation: transfer, m = 500", "90% forecast band: transfer, m = 500",
        "mean curve 90% lower edge: transfer, m = 500",
        "mean curve 90% upper edge: transfer, m = 500")), names.toString());
  }

  @Test
  void bandIsShadedAroundTheLawAndWidensBeyondTheData() {
    ScalingChart chart = chart(synthetic);
    XYDataset bands = chart.plot().getDataset(ChartLayers.BAND);
    var band = (org.jfree.data.xy.YIntervalSeriesCollection) bands;
    int last = band.getItemCount(0) - 1;
    double widthAtStart = band.getEndYValue(0, 0) - band.getStartYValue(0, 0);
    double widthAtEnd = band.getEndYValue(0, last) - band.getStartYValue(0, last);
    assertTrue(widthAtEnd > widthAtStart, widthAtStart + " vs " + widthAtEnd);
    assertTrue(band.getStartYValue(0, last) <= band.getYValue(0, last));
    assertTrue(band.getEndYValue(0, last) >= band.getYValue(0, last));
  }

  @Test
  void forecastBandEqualsTheMeanCurveBandInsideTheDataAndIsWiderBeyondIt() {
    CurveAnalysis curve = synthetic.curves().get(0);
    List<PlottedRow> law = chart(synthetic).plottedRows().stream()
        .filter(r -> r.kind().equals(PlottedRow.FIT) || r.kind().equals(PlottedRow.EXTRAPOLATION))
        .toList();
    for (PlottedRow r : law) {
      PlottedRow.Bands b = r.bands();
      assertTrue(b.forecast().contains(r.fitted()) && b.meanCurve().contains(r.fitted()), r.toString());
      if (r.kind().equals(PlottedRow.FIT)) {
        assertEquals(b.meanCurve(), b.forecast(), "inside the data at n = " + r.n());
      }
    }
    PlottedRow far = law.get(law.size() - 1);
    assertEquals(PlottedRow.EXTRAPOLATION, far.kind());
    assertEquals(10.0 * curve.largestMeasuredN(), far.n(), 1);
    assertTrue(width(far.bands().forecast()) > 1.05 * width(far.bands().meanCurve()),
        far.bands().toString());
    assertTrue(width(far.bands().rerun()) > width(far.bands().meanCurve()), far.bands().toString());
  }

  private static double width(org.sim2real.core.scaling.curve.Interval i) {
    return i.upper() - i.lower();
  }

  @Test
  void meanCurveEdgesAreDrawnBeyondTheDataOnlyAndInsideTheForecastBand() {
    ScalingChart chart = chart(synthetic);
    CurveAnalysis curve = synthetic.curves().get(0);
    XYDataset laws = chart.plot().getDataset(ChartLayers.LAW);
    int lower = seriesIndex(laws, "mean curve 90% lower edge: transfer, m = 500");
    int upper = seriesIndex(laws, "mean curve 90% upper edge: transfer, m = 500");
    assertEquals(curve.largestMeasuredN(), laws.getXValue(lower, 0), 1e-6,
        "the edges start where the widening starts");
    var band = (org.jfree.data.xy.YIntervalSeriesCollection) chart.plot().getDataset(ChartLayers.BAND);
    int last = band.getItemCount(0) - 1;
    int edgeLast = laws.getItemCount(lower) - 1;
    assertEquals(band.getXValue(0, last), laws.getXValue(lower, edgeLast), 1e-6);
    assertTrue(band.getStartYValue(0, last) < laws.getYValue(lower, edgeLast));
    assertTrue(band.getEndYValue(0, last) > laws.getYValue(upper, edgeLast));
  }

  @Test
  void legendNamesTheLawFormTheForecastBandAndTheMeanCurve() {
    CurveAnalysis curve = synthetic.curves().get(0);
    LawFit fit = curve.fit();
    assertEquals(org.sim2real.core.scaling.fit.LawForm.POWER_LAW_WITH_OFFSET, fit.form());
    String expected = "fit: power law with offset E(n) = " + Format.value(fit.parameter(0))
        + "\u00b7n^-" + Format.value(fit.parameter(1)) + " + " + Format.value(fit.parameter(2))
        + " (R\u00b2log ";
    List<String> legend = chart(synthetic).legendLabels();
    assertTrue(legend.stream().anyMatch(l -> l.startsWith(expected)), legend.toString());
    assertTrue(legend.contains("90% forecast band"), legend.toString());
    assertTrue(legend.contains("mean curve 90% (thin dashes beyond the data)"), legend.toString());
  }

  @Test
  void brokenPowerLawIsNamedAndItsBreakIsMarkedAsTheRegimeOnsetFromTheFit() {
    ScalingAnalysis broken = ChartFixtures.broken();
    CurveAnalysis curve = broken.curves().get(0);
    assertEquals(org.sim2real.core.scaling.fit.LawForm.BROKEN_POWER_LAW, curve.fit().form());
    ScalingChart chart = chart(broken);
    List<String> legend = chart.legendLabels();
    assertTrue(legend.stream().anyMatch(l -> l.startsWith("fit: broken power law E(n) = ")),
        legend.toString());
    double nb = curve.parameter("n_b").value();
    assertTrue(legend.stream().anyMatch(l -> l.startsWith("break n_b = " + Format.size(nb))
        && l.endsWith("regime onset from the fit")), legend.toString());
    assertTrue(chart.plot().getDomainMarkers(Layer.BACKGROUND).stream().anyMatch(m ->
        m instanceof ValueMarker v && v.getValue() == nb
            && "break (regime onset from the fit)".equals(v.getLabel())));
    assertTrue(chart.plottedRows().stream().anyMatch(r -> r.kind().equals(PlottedRow.BREAK)
        && r.n() == nb));
  }

  @Test
  void targetCrossingFollowsTheBrokenPowerLawItself() {
    ScalingAnalysis broken = ChartFixtures.broken();
    CurveAnalysis curve = broken.curves().get(0);
    double target = 0.9 * curve.points().get(curve.points().size() - 1).mean();
    double nStar = chart(broken).requiredN(target).orElseThrow();
    assertEquals(target, curve.fit().value(nStar), 1e-6 * target);
  }

  @Test
  void readoutNamesEachBandForWhatItIs() {
    ScalingChart chart = chart(synthetic);
    String beyond = chart.readoutText(300_000);
    assertTrue(beyond.startsWith("fitted law "), beyond);
    assertTrue(beyond.contains("; forecast 90%: ") && beyond.contains("; mean curve 90%: ")
        && beyond.contains("; a re-run would measure 90%: ") && beyond.endsWith("(extrapolated)"),
        beyond);
    String inside = chart.readoutText(10_000);
    assertTrue(inside.contains("; forecast = mean curve 90%: "), inside);
    assertFalse(inside.contains("extrapolated"), inside);
  }

  @Test
  void bothAxesAreLogarithmicWithReadableLabels() {
    ScalingChart chart = chart(bandGap);
    assertInstanceOf(LogAxis.class, chart.plot().getDomainAxis());
    assertInstanceOf(LogAxis.class, chart.plot().getRangeAxis());
    assertEquals(ScalingChartFactory.N_AXIS_LABEL, chart.plot().getDomainAxis().getLabel());
    assertEquals("test MAE (experimental)", chart.plot().getRangeAxis().getLabel());
    BufferedImage image = new BufferedImage(900, 600, BufferedImage.TYPE_INT_RGB);
    Graphics2D g2 = image.createGraphics();
    chart.chart().draw(g2, new Rectangle(900, 600));
    Rectangle area = new Rectangle(80, 40, 780, 460);
    List<String> n = tickLabels((LogAxis) chart.plot().getDomainAxis(), g2, area, RectangleEdge.BOTTOM);
    List<String> error = tickLabels((LogAxis) chart.plot().getRangeAxis(), g2, area, RectangleEdge.LEFT);
    g2.dispose();
    assertTrue(n.containsAll(List.of("100", "1k", "10k", "100k")), n.toString());
    assertTrue(error.containsAll(List.of("0.40", "0.45", "0.50")), error.toString());
  }

  private static List<String> tickLabels(LogAxis axis, Graphics2D g2, Rectangle area, RectangleEdge edge) {
    @SuppressWarnings("unchecked")
    List<ValueTick> ticks = axis.refreshTicks(g2, new AxisState(), area, edge);
    return ticks.stream().map(ValueTick::getText).filter(t -> !t.isEmpty()).toList();
  }

  @Test
  void linearAxesOnRequest() {
    ScalingChart chart = ScalingChartFactory.create(synthetic,
        ScalingChartOptions.defaults().withLogAxes(false));
    assertInstanceOf(NumberAxis.class, chart.plot().getDomainAxis());
    assertInstanceOf(NumberAxis.class, chart.plot().getRangeAxis());
  }

  @Test
  void pointsOutsideTheWindowAreHollowGreyAndSayWhy() {
    ScalingChart chart = chart(bandGap);
    XYDataset points = chart.plot().getDataset(ChartLayers.POINTS);
    MeasuredPointRenderer renderer =
        (MeasuredPointRenderer) chart.plot().getRenderer(ChartLayers.POINTS);
    int series = seriesIndex(points, "finetune, m = 3683");
    int outside = itemAt(points, series, 100);
    int inside = itemAt(points, series, 21544);
    assertFalse(renderer.getItemShapeFilled(series, outside));
    assertEquals(ChartTheme.LIGHT.notFitted(), renderer.getItemPaint(series, outside));
    assertTrue(renderer.getItemShapeFilled(series, inside));
    String tip = renderer.getToolTipGenerator(series, outside).generateToolTip(points, series, outside);
    assertTrue(tip.contains("not fitted: before the last negative transfer")
        || tip.contains("not fitted: negative transfer"), tip);
    String insideTip = renderer.getToolTipGenerator(series, inside).generateToolTip(points, series, inside);
    assertTrue(insideTip.contains("in the fit window, residual "), insideTip);
    assertTrue(chart.legendLabels().contains("not fitted (outside the fit window)"));
  }

  @Test
  void negativeTransferPointsOfTheBandGapStudyAreRinged() {
    ScalingChart chart = chart(bandGap);
    XYDataset marks = chart.plot().getDataset(ChartLayers.MARKS);
    int rings = seriesIndex(marks, "negative transfer: finetune, m = 3683");
    assertEquals(2154, marks.getXValue(rings, itemAt(marks, rings, 2154)));
    assertTrue(chart.legendLabels().contains("negative transfer (worse than scratch)"));
    String tip = chart.plot().getRenderer(ChartLayers.MARKS).getToolTipGenerator(rings, 0)
        .generateToolTip(marks, rings, 0);
    assertTrue(tip.contains("negative transfer"), tip);
  }

  @Test
  void scratchBaselineIsALineWithItsBand() {
    Collection<?> markers = chart(bandGap).plot().getRangeMarkers(Layer.BACKGROUND);
    assertTrue(markers.stream().anyMatch(m -> m instanceof ValueMarker v
        && "scratch 0.516".equals(v.getLabel()) && Math.abs(v.getValue() - 0.516) < 1e-5),
        () -> markers.stream().map(m -> m instanceof ValueMarker v ? v.getLabel() + "@" + v.getValue() : "band").toList().toString());
    assertTrue(markers.stream().anyMatch(m -> m instanceof org.jfree.chart.plot.IntervalMarker i
        && i.getStartValue() < 0.516 && i.getEndValue() > 0.516));
  }

  @Test
  void floorIsADottedAsymptoteLabelledWithItsValue() {
    double c = synthetic.curves().get(0).fit().parameter(2);
    Collection<?> markers = chart(synthetic).plot().getRangeMarkers(Layer.BACKGROUND);
    assertTrue(markers.stream().anyMatch(m -> m instanceof ValueMarker v
        && ("floor C = " + Format.value(c)).equals(v.getLabel())));
  }

  @Test
  void targetLineMarksTheCrossingWithTheFittedLaw() {
    ScalingChart chart = ScalingChartFactory.create(synthetic,
        ScalingChartOptions.defaults().withTargetError(0.25));
    LawFit fit = synthetic.curves().get(0).fit();
    double expected = Math.pow((0.25 - fit.parameter(2)) / fit.parameter(0), -1 / fit.parameter(1));
    assertEquals(expected, chart.requiredN(0.25).orElseThrow(), expected * 1e-12);
    XYDataset marks = chart.plot().getDataset(ChartLayers.MARKS);
    int star = seriesIndex(marks, "n* for target");
    assertEquals(expected, marks.getXValue(star, 0), expected * 1e-12);
    assertEquals(0.25, marks.getYValue(star, 0));
    assertTrue(chart.legendLabels().stream().anyMatch(l -> l.startsWith("n* = ")));
    assertTrue(chart.plot().getRangeAxis().getLowerBound() <= 0.25);
  }

  @Test
  void draggedTargetMovesLiveAndATargetBelowTheFloorIsUnreachable() {
    ScalingChart chart = chart(synthetic);
    assertNull(chart.targetError());
    double c = synthetic.curves().get(0).fit().parameter(2);
    chart.moveTarget(c * 0.9);
    assertTrue(chart.requiredN(c * 0.9).isEmpty());
    assertTrue(chart.legendLabels().stream().anyMatch(l -> l.contains("unreachable by simulation alone")));
    assertEquals(0, chart.plot().getDataset(ChartLayers.MARKS)
        .getItemCount(seriesIndex(chart.plot().getDataset(ChartLayers.MARKS), "n* for target")));
    chart.moveTarget(null);
    assertFalse(chart.legendLabels().stream().anyMatch(l -> l.startsWith("target")));
  }

  @Test
  void forecastForTheSameTargetLabelsNStarWithItsInterval() {
    CurveAnalysis curve = synthetic.curves().get(0);
    CurveForecast forecast = Forecaster.forecast(synthetic, curve, ForecastRequest.forTarget(0.25));
    ScalingChart chart = ScalingChartFactory.create(synthetic, Map.of(CurveKey.of(curve), forecast),
        ScalingChartOptions.defaults().withTargetError(0.25));
    // an open upper end reads "unbounded", as on the Forecast card
    // in the Forecast card's rounding: two significant digits
    assertTrue(chart.legendLabels().contains("n* = "
        + PlainNumbers.size(forecast.dataNeed().requiredN().value()) + " "
        + PlainNumbers.sizeInterval(forecast.dataNeed().requiredN())
        + " for target " + Format.error(0.25)), chart.legendLabels().toString());
  }

  @Test
  void nStarFarBeyondTheDataHasItsOpenForecastIntervalCalledUnbounded() {
    CurveAnalysis curve = synthetic.curves().get(0);
    CurveForecast forecast = Forecaster.forecast(synthetic, curve, ForecastRequest.forTarget(0.21));
    assertEquals(TrustLevel.DO_NOT_EXTRAPOLATE, forecast.dataNeed().trust().level());
    ScalingChart chart = ScalingChartFactory.create(synthetic, Map.of(CurveKey.of(curve), forecast),
        ScalingChartOptions.defaults().withTargetError(0.21));
    String label = chart.legendLabels().stream().filter(l -> l.startsWith("n* = ")).findFirst()
        .orElseThrow();
    assertTrue(label.endsWith(") for target " + Format.error(0.21)), label);
    assertTrue(Double.isInfinite(forecast.dataNeed().requiredN().upper()));
    assertTrue(label.contains(" (90%: "), label);
    assertTrue(label.contains(" to unbounded)"), label);
    assertFalse(label.contains("infinity"), label);
  }

  @Test
  void extrapolationReachesTheRequestedN() {
    ScalingChart chart = ScalingChartFactory.create(synthetic,
        ScalingChartOptions.defaults().withExtrapolateTo(5e6));
    XYDataset laws = chart.plot().getDataset(ChartLayers.LAW);
    int beyond = seriesIndex(laws, "extrapolation: transfer, m = 500");
    double last = 0;
    for (int i = 0; i < laws.getItemCount(beyond); i++) {
      last = Math.max(last, laws.getXValue(beyond, i));
    }
    assertEquals(5e6, last, 1);
    assertTrue(chart.plot().getDomainAxis().getUpperBound() >= 5e6);
  }

  @Test
  void subtitleStatesTheTrustLevelAndItsReason() {
    CurveAnalysis curve = bandGap.curves().get(0);
    String expected = "Trust: " + curve.trust().level().label() + " \u2014 " + curve.trust().reason();
    assertEquals(expected, chart(bandGap).subtitleText());
  }

  @Test
  void hiddenCurvesDisappearAndTheOthersKeepTheirColours() {
    ScalingAnalysis grid = ScalingAnalyzer.analyze(ChartFixtures.grid(), ChartFixtures.OPTIONS);
    ScalingChart all = chart(grid);
    ScalingChart some = ScalingChartFactory.create(grid, ScalingChartOptions.defaults()
        .withHiddenCurves(Set.of(new CurveKey("transfer", 200))));
    assertTrue(all.seriesNames().contains("transfer, m = 200"));
    assertFalse(some.seriesNames().contains("transfer, m = 200"));
    assertTrue(some.seriesNames().contains("transfer, m = 1000"));
    var allPoints = all.plot().getRenderer(ChartLayers.POINTS);
    var somePoints = some.plot().getRenderer(ChartLayers.POINTS);
    assertEquals(allPoints.getSeriesPaint(1), somePoints.getSeriesPaint(0));
  }

  @Test
  void severalCurvesGetOneLegendEntryEachForPointsAndLawAndOneForTheBaselines() {
    ScalingAnalysis grid = ScalingAnalyzer.analyze(ChartFixtures.grid(), ChartFixtures.OPTIONS);
    List<String> legend = chart(grid).legendLabels();
    for (CurveAnalysis c : grid.curves()) {
      assertTrue(legend.stream().anyMatch(l -> l.startsWith(CurveKey.of(c).label()
          + ": mean, 90% interval; fit: power law with offset (R\u00b2log ")
          || l.startsWith(CurveKey.of(c).label() + ": mean, 90% interval; fit: broken power law")),
          legend.toString());
    }
    assertFalse(legend.stream().anyMatch(l -> l.startsWith("fit:") || l.startsWith("fit (")),
        legend.toString());
    assertEquals(1, legend.stream().filter(l -> l.startsWith("scratch baseline")).count(),
        legend.toString());
    assertTrue(legend.contains("shaded: 90% forecast band"), legend.toString());
  }

  @Test
  void everyCurveHiddenKeepsTheAxesAndSaysWhy() {
    ScalingChart chart = ScalingChartFactory.create(synthetic, ScalingChartOptions.defaults()
        .withHiddenCurves(Set.of(new CurveKey("transfer", 500))));
    assertTrue(chart.subtitleText().contains("Every series is hidden"));
    assertTrue(chart.plot().getDomainAxis().getUpperBound() >= 100_000);
  }

  @Test
  void curveWithoutALawShowsItsPointsAndSaysWhyThereIsNoFit() {
    LearningCurveTable tiny = LearningCurveTable.of("tiny", List.of(
        new Observation("transfer", 100, 1000, 0, 0.5), new Observation("transfer", 100, 1000, 1, 0.52),
        new Observation("transfer", 100, 10000, 0, 0.4), new Observation("transfer", 100, 10000, 1, 0.41)));
    ScalingChart chart = chart(ScalingAnalyzer.analyze(tiny, ChartFixtures.OPTIONS));
    assertTrue(chart.seriesNames().contains("transfer, m = 100"));
    assertFalse(chart.seriesNames().stream().anyMatch(s -> s.startsWith("fit:")));
    assertTrue(chart.subtitleText().startsWith("No law fitted."), chart.subtitleText());
    assertTrue(chart.primaryCurve().isEmpty());
    assertNull(chart.window());
  }

  @Test
  void windowPreviewMovesTheMarkersWithoutRefitting() {
    ScalingChart chart = chart(bandGap);
    double[] before = chart.windowMarkers();
    assertNotNull(before);
    assertEquals(chart.window().low(), before[0]);
    chart.previewWindow(46416, 2154);
    assertEquals(2154, chart.windowMarkers()[0]);
    assertEquals(46416, chart.windowMarkers()[1]);
    assertEquals(bandGap.curves().get(0).window(), chart.window());
  }

  @Test
  void crosshairReadoutGivesTheLawAndItsBandAtAnyN() {
    ScalingChart chart = chart(synthetic);
    var at = chart.readout(300_000);
    assertNotNull(at);
    assertTrue(at.extrapolated());
    assertTrue(at.interval().lower() < at.fitted() && at.fitted() < at.interval().upper());
    assertEquals(synthetic.curves().get(0).fit().value(300_000), at.fitted(), 1e-12);
  }

  @Test
  void plottedRowsCoverPointsLawBaselineAndFloor() {
    List<PlottedRow> rows = chart(bandGap).plottedRows();
    assertEquals(10, rows.stream().filter(r -> r.kind().equals(PlottedRow.MEASURED)).count());
    assertTrue(rows.stream().anyMatch(r -> r.kind().equals(PlottedRow.EXTRAPOLATION)
        && r.bands().forecast().contains(r.fitted()) && r.bands().rerun().contains(r.fitted())));
    assertTrue(rows.stream().anyMatch(r -> r.kind().equals(PlottedRow.BASELINE)));
    assertTrue(rows.stream().anyMatch(r -> r.kind().equals(PlottedRow.FLOOR)));
    PlottedRow first = rows.get(0);
    assertEquals("no", first.inFitWindow());
    assertTrue(first.note().startsWith("negative transfer: worse than scratch beyond its interval")
        || first.note().startsWith("before the last negative transfer"), first.note());
  }

  @Test
  void darkThemeColoursTheBackground() {
    ScalingChart chart = ScalingChartFactory.create(bandGap,
        ScalingChartOptions.defaults().withTheme(ChartTheme.DARK));
    assertEquals(ChartTheme.DARK.background(), chart.chart().getBackgroundPaint());
    assertEquals(ChartTheme.DARK.plotBackground(), chart.plot().getBackgroundPaint());
  }

  @Test
  void errorUnitAppearsInTheAxisLabel() {
    ScalingChart chart = ScalingChartFactory.create(bandGap,
        ScalingChartOptions.defaults().withError("MAE", "eV"));
    assertEquals("test MAE in eV (experimental)", chart.plot().getRangeAxis().getLabel());
  }

  @Test
  void theCostViewDrawsEachSourceAgainstNTimesItsCostPerRow() {
    CurveAnalysis curve = synthetic.curves().get(0);
    ScalingChart byN = chart(synthetic);
    ScalingChart byCost = ScalingChartFactory.createAgainstCost(synthetic, java.util.Map.of(),
        ScalingChartOptions.defaults(), new SourceCosts(2.5, java.util.Map.of()));

    XYDataset points = byCost.plot().getDataset(ChartLayers.POINTS);
    int series = seriesIndex(points, CurveKey.of(curve).label());
    assertEquals(curve.points().size(), points.getItemCount(series));
    for (int i = 0; i < curve.points().size(); i++) {
      assertEquals(2.5 * curve.points().get(i).n(), points.getXValue(series, i), 1e-9);
      assertEquals(curve.points().get(i).mean(), points.getYValue(series, i), 1e-12);
    }
    XYDataset lawsByN = byN.plot().getDataset(ChartLayers.LAW);
    XYDataset lawsByCost = byCost.plot().getDataset(ChartLayers.LAW);
    int law = seriesIndex(lawsByCost, "fit: " + CurveKey.of(curve).label());
    int lawN = seriesIndex(lawsByN, "fit: " + CurveKey.of(curve).label());
    assertEquals(2.5 * lawsByN.getXValue(lawN, 3), lawsByCost.getXValue(law, 3), 1e-6);
    assertEquals(lawsByN.getYValue(lawN, 3), lawsByCost.getYValue(law, 3), 1e-12);
    assertEquals(ScalingChartFactory.COST_AXIS_LABEL, byCost.plot().getDomainAxis().getLabel());
  }

  @Test
  void theCostViewLeavesOutCurvesOfSourcesWithoutACostAndSaysSo() {
    ScalingChart byCost = ScalingChartFactory.createAgainstCost(synthetic, java.util.Map.of(),
        ScalingChartOptions.defaults(), new SourceCosts(null, java.util.Map.of("oqmd", 0.1)));

    String label = CurveKey.of(synthetic.curves().get(0)).label();
    assertFalse(byCost.seriesNames().contains(label), byCost.seriesNames().toString());
    assertTrue(byCost.legendLabels().contains("not drawn, no cost per row: "
        + synthetic.curves().get(0).strategy()), byCost.legendLabels().toString());
  }

  @Test
  void sourceCostsFindTheCostOfACurvesSourceByItsStrategy() {
    SourceCosts costs = new SourceCosts(1.0, java.util.Map.of("oqmd", 0.05));
    assertEquals(1.0, costs.of("finetune"));
    assertEquals(0.05, costs.of("finetune@oqmd"));
    assertEquals(0.05, costs.of("frozen@oqmd"));
    assertEquals(null, costs.of("finetune@aflow"));
    assertFalse(SourceCosts.NONE.any());
  }
}
