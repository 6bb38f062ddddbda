package org.sim2real.ui.forecast;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.sim2real.core.report.ErrorMeasure;
import org.sim2real.core.report.ForecastCard;
import org.sim2real.core.report.ForecastCards;
import org.sim2real.core.report.SourceRanking;
import org.sim2real.core.scaling.fit.CurveAnalysis;
import org.sim2real.core.scaling.fit.ScalingAnalysis;
import org.sim2real.core.scaling.forecast.CurveForecast;
import org.sim2real.core.scaling.forecast.ForecastRequest;

/**
 * One computed forecast of the Forecast screen: what was asked, the forecast and the cards made
 * from it, plus the sentences shown under the cards (the law, the sources of uncertainty its
 * intervals include and miss, the window, negative transfer) and, for a study of several
 * simulation sources, which one to grow (null otherwise). Immutable; the memo is written from
 * exactly this, so it says what the screen showed.
 */
record ForecastOutcome(
    ScalingAnalysis analysis,
    CurveAnalysis curve,
    ForecastRequest request,
    ErrorMeasure error,
    CurveForecast forecast,
    List<ForecastCard> cards,
    String law,
    String uncertainty,
    String window,
    @Nullable String negativeTransfer,
    @Nullable SourceRanking sources) {

  ForecastOutcome {
    cards = List.copyOf(cards);
  }

  /**
   * This outcome with the cards whose what-if input is not valid replaced by the field's problem
   * ({@link ForecastCards#waitingForInput}); itself when there are none.
   */
  ForecastOutcome holding(Map<ForecastCard.Kind, String> held) {
    if (held.isEmpty()) {
      return this;
    }
    List<ForecastCard> shown = cards.stream().map(c -> held.containsKey(c.kind())
        ? ForecastCards.waitingForInput(c.kind(), held.get(c.kind()), forecast.fitTrust()) : c)
        .toList();
    return shown.equals(cards) ? this : new ForecastOutcome(analysis, curve, request, error,
        forecast, shown, law, uncertainty, window, negativeTransfer, sources);
  }

  /** The card of a kind, or null when there is none ("Which source to grow" for one source). */
  @Nullable ForecastCard card(ForecastCard.Kind kind) {
    return cards.stream().filter(c -> c.kind() == kind).findFirst().orElse(null);
  }
}
