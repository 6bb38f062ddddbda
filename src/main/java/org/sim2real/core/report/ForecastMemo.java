package org.sim2real.core.report;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.sim2real.core.scaling.fit.CurveAnalysis;
import org.sim2real.core.scaling.fit.ParameterEstimate;
import org.sim2real.core.scaling.fit.ScalingAnalysis;
import org.sim2real.core.scaling.forecast.CurveForecast;
import org.sim2real.core.scaling.forecast.Forecaster;

/**
 * The content of the one-page forecast memo for a lab manager, independent of its format: the
 * chosen curve with its law, the headline answers ({@link ForecastCard}) each with its trust, the
 * fit window and left-out points, a negative-transfer warning, and the reproducibility stamp.
 * {@link MemoHtml} and {@link MemoPdf} render it; {@link #chart()} draws its chart.
 *
 * @param cards the answers shown; the budget card only when costs and a budget were given
 * @param otherCurves a sentence naming the curves not shown, or empty when there are none
 * @param sources which simulation source to grow, or null for a study of one source
 */
public record ForecastMemo(
    String title,
    MemoSettings settings,
    ScalingAnalysis analysis,
    CurveAnalysis curve,
    CurveForecast forecast,
    List<ForecastCard> cards,
    String windowSentence,
    @Nullable String negativeTransferWarning,
    String otherCurves,
    ReproducibilityStamp stamp,
    @Nullable SourceRanking sources) {

  public ForecastMemo {
    cards = List.copyOf(cards);
  }

  /** Forecasts the chosen curve and assembles the memo; runs the forecast on this thread. */
  public static ForecastMemo build(
      ScalingAnalysis analysis, MemoSettings settings, ReproducibilityStamp stamp) {
    CurveAnalysis curve = CurveChoice.choose(analysis, settings.strategy(), settings.m());
    CurveForecast forecast = Forecaster.forecast(analysis, curve, settings.request());
    return build(analysis, curve, forecast, settings, stamp);
  }

  /** Assembles the memo from a forecast already made (the Forecast screen has one). */
  public static ForecastMemo build(ScalingAnalysis analysis, CurveAnalysis curve,
      CurveForecast forecast, MemoSettings settings, ReproducibilityStamp stamp) {
    boolean costsGiven = settings.request().budget() != null;
    List<ForecastCard> cards = ForecastCards.of(analysis, curve, forecast, settings.error())
        .stream().filter(c -> costsGiven || c.kind() != ForecastCard.Kind.BUDGET).toList();
    String title = settings.title() != null ? settings.title()
        : "Simulation forecast: " + CurveKey.of(curve).label();
    List<String> others = analysis.curves().stream().filter(c -> c != curve)
        .map(c -> CurveKey.of(c).label()).toList();
    String otherCurves = others.isEmpty() ? "" : "Also analysed but not shown: "
        + CurveSummaries.joined(others) + " (choose with --strategy and --m, or on the Forecast"
        + " screen).";
    return new ForecastMemo(title, settings, analysis, curve, forecast, cards,
        CurveSummaries.windowSentence(curve), CurveSummaries.negativeTransferWarning(curve),
        otherCurves, stamp, null);
  }

  /** This memo with the section "Which source to grow" (the Forecast screen's card, as a table). */
  public ForecastMemo withSources(@Nullable SourceRanking value) {
    return new ForecastMemo(title, settings, analysis, curve, forecast, cards, windowSentence,
        negativeTransferWarning, otherCurves, stamp, value);
  }

  /**
   * "power law with offset E(n) = 1.06·n^-0.0859 + 0" or "broken power law E(n) = ...", or that
   * no law was fitted.
   */
  public String lawSentence() {
    return LawDescriptions.lawWithForm(curve);
  }

  /**
   * Which sources of uncertainty the memo's intervals include (repetitions, test set,
   * extrapolation) and which are missing, in plain words.
   */
  public String uncertaintySentence() {
    return LawDescriptions.uncertaintySentence(curve);
  }

  /** "D = 1.06 (90%: ...)", "alpha = ...", "C = ..." (empty without a fit). */
  public List<String> parameterSentences() {
    return curve.parameters().stream().map(ParameterEstimate::sentence).toList();
  }

  /** The card of a kind, or null when the memo does not show it. */
  public @Nullable ForecastCard card(ForecastCard.Kind kind) {
    return cards.stream().filter(c -> c.kind() == kind).findFirst().orElse(null);
  }

  /** The memo's chart: only the chosen curve, its forecast band and target, light theme. */
  public ScalingChart chart() {
    Set<CurveKey> hidden = analysis.curves().stream().filter(c -> c != curve).map(CurveKey::of)
        .collect(Collectors.toSet());
    ScalingChartOptions options = ScalingChartOptions.defaults()
        .withHiddenCurves(hidden)
        .withTargetError(settings.request().target())
        .withExtrapolateTo(settings.request().bandMaxN())
        .withError(settings.error().label(), settings.error().unit())
        .withTheme(ChartTheme.LIGHT);
    return ScalingChartFactory.create(analysis, Map.of(CurveKey.of(curve), forecast), options);
  }
}
