package org.sim2real.core.report;

import java.awt.Color;
import java.util.Comparator;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.jspecify.annotations.Nullable;
import org.sim2real.core.scaling.curve.Format;
import org.sim2real.core.scaling.curve.Interval;
import org.sim2real.core.study.AdaptiveSettings;
import org.sim2real.core.study.adaptive.QuestionAnswer;
import org.sim2real.core.study.adaptive.WaveReport;

/**
 * An adaptive study's answer wave by wave (the Run step's "Answer by wave" view): after each wave
 * the question's answer with its 90% interval, against the share of the full grid's compute spent
 * when it was computed, and the requested precision as a band around the latest answer, so that
 * the interval is seen narrowing toward the band (for the ranking of sources: the difference
 * between the runner-up's error and the leader's, with the band around 0, where the two are
 * equivalent). n* is drawn on a log axis. An interval open upwards (more than 5% of the draws
 * never reach the target) is drawn to the top of the plot and its tooltip says so; waves without
 * an answer yet (the first, or no law fitted) are left out.
 */
public final class WaveAnswerChart {
  static final String ANSWERS = "answer after each wave, 90% interval";
  static final String ANSWERS_RANKING = "difference after each wave: the runner-up's error minus"
      + " the leader's, 90% interval";
  static final String WANTED = "requested precision around the latest answer";
  static final String WANTED_RANKING = "equivalent within the requested precision (decided when"
      + " the interval leaves 0)";
  static final String X_LABEL = "share of the full grid's compute spent (%)";
  /** How far above the highest finite value an open interval's bar reaches (log: a factor). */
  private static final double OPEN_REACH = 1.6;

  private WaveAnswerChart() {}

  /** The chart of these waves (any order of arrival; drawn by wave number) for this question. */
  public static JFreeChart create(List<WaveReport> waves, AdaptiveSettings settings,
      ChartTheme theme) {
    boolean log = settings.question() == AdaptiveSettings.Question.NSTAR;
    List<WaveReport> answered = waves.stream()
        .filter(w -> answerOf(w) != null)
        .sorted(Comparator.comparingInt(WaveReport::wave)).toList();
    double top = top(answered, log);
    YIntervalSeries series = new YIntervalSeries(ANSWERS, false, true);
    for (WaveReport w : answered) {
      QuestionAnswer a = answerOf(w);
      Interval i = a.interval();
      boolean ends = !Double.isNaN(i.lower()) && !Double.isNaN(i.upper()); // the upper may be open
      double lower = ends && Double.isFinite(i.lower()) && (i.lower() > 0 || !log) ? i.lower()
          : a.value();
      double upper = !ends ? a.value() : Double.isFinite(i.upper()) ? i.upper() : top;
      series.add(100 * w.spentFraction(), a.value(), lower, upper);
    }
    YIntervalSeriesCollection data = new YIntervalSeriesCollection();
    data.addSeries(series);
    Color answer = theme.foreground();
    XYErrorRenderer renderer = new XYErrorRenderer();
    renderer.setDrawXError(false);
    renderer.setDefaultLinesVisible(true);
    renderer.setCapLength(6);
    renderer.setErrorStroke(ChartStyling.ERROR_BAR);
    renderer.setSeriesPaint(0, answer);
    renderer.setSeriesShape(0, ChartStyling.pointShape(0));
    renderer.setSeriesShapesFilled(0, true);
    renderer.setSeriesStroke(0, ChartStyling.MEAN_CURVE_EDGE);
    renderer.setDefaultToolTipGenerator((dataset, s, item) ->
        tip(answered.get(item)));

    XYPlot plot = new XYPlot();
    NumberAxis x = new NumberAxis(X_LABEL);
    ChartStyling.styleAxis(x, theme);
    x.setRange(0, 100);
    plot.setDomainAxis(x);
    boolean ranking = settings.question() == AdaptiveSettings.Question.RANKING;
    String yLabel = ranking ? "difference" : settings.describeQuestion();
    ValueAxis y = log ? new NiceLogAxis(yLabel, AxisTicks.Style.SIZE) : new NumberAxis(yLabel);
    ChartStyling.styleAxis(y, theme);
    plot.setRangeAxis(y);
    ChartStyling.stylePlot(plot, theme);
    plot.setDataset(data);
    plot.setRenderer(renderer);

    Color band = ChartTheme.translucent(ChartTheme.TARGET, 60);
    Interval wanted = answered.isEmpty() ? Interval.NONE
        : answerOf(answered.get(answered.size() - 1)).wanted();
    if (wanted.isKnown()) {
      IntervalMarker marker = new IntervalMarker(wanted.lower(), wanted.upper(), band);
      plot.addRangeMarker(marker, Layer.BACKGROUND);
    }
    LegendItemCollection legend = new LegendItemCollection();
    legend.add(ChartStyling.shapeItem(ranking ? ANSWERS_RANKING : ANSWERS,
        ChartStyling.pointShape(0), true, answer));
    if (wanted.isKnown()) {
      legend.add(ChartStyling.bandItem(ranking ? WANTED_RANKING : WANTED, band));
    }
    plot.setFixedLegendItems(legend);
    JFreeChart chart = new JFreeChart(null, theme.titleFont(), plot, false);
    ChartStyling.styleChart(chart, theme);
    chart.addSubtitle(ChartStyling.legend(plot, theme));
    return chart;
  }

  /** Whether any of these waves has an answer to draw (before that the chart would be empty). */
  public static boolean anyAnswer(List<WaveReport> waves) {
    return waves.stream().anyMatch(w -> answerOf(w) != null);
  }

  private static @Nullable QuestionAnswer answerOf(WaveReport report) {
    QuestionAnswer a = report.decision().answer();
    return a != null && Double.isFinite(a.value()) ? a : null;
  }

  /** Where open intervals end: above the highest finite value drawn. */
  private static double top(List<WaveReport> answered, boolean log) {
    double max = Double.NEGATIVE_INFINITY;
    double min = Double.POSITIVE_INFINITY;
    for (WaveReport w : answered) {
      QuestionAnswer a = answerOf(w);
      max = Math.max(max, a.value());
      min = Math.min(min, a.value());
      if (a.interval().isKnown() && Double.isFinite(a.interval().upper())) {
        max = Math.max(max, a.interval().upper());
      }
    }
    if (!Double.isFinite(max)) {
      return Double.NaN;
    }
    return log ? max * OPEN_REACH : max + (OPEN_REACH - 1) * Math.max(max - min, 0.1 * max);
  }

  private static String tip(WaveReport w) {
    QuestionAnswer a = answerOf(w);
    String open = !Double.isNaN(a.interval().lower())
        && a.interval().upper() == Double.POSITIVE_INFINITY
        ? " (the interval is open upwards: more than 5% of the draws never reach the target)"
        : "";
    return "Wave " + w.wave() + ", after " + Format.percent(w.spentFraction())
        + " of the full grid's compute: " + a.sentence() + open;
  }
}
