package org.sim2real.core.report;

import org.jspecify.annotations.Nullable;
import org.sim2real.core.scaling.forecast.ForecastRequest;

/**
 * What a forecast memo is asked for.
 *
 * @param title heading of the memo, or null for one made from the curve
 * @param strategy the transfer strategy to forecast, or null to let {@link CurveChoice} choose
 * @param m the experimental size to forecast, or null to let {@link CurveChoice} choose
 * @param request target error, costs, budget and n_max of the extrapolation
 * @param error the error's name and unit for the sentences and the chart axis
 */
public record MemoSettings(
    @Nullable String title,
    @Nullable String strategy,
    @Nullable Integer m,
    ForecastRequest request,
    ErrorMeasure error) {

  /** Longer titles would not fit the memo's heading line. */
  public static final int MAX_TITLE_LENGTH = 200;

  public MemoSettings {
    if (title != null && title.length() > MAX_TITLE_LENGTH) {
      throw new IllegalArgumentException(
          "the memo title must be at most " + MAX_TITLE_LENGTH + " characters");
    }
    if (title != null && title.isBlank()) {
      title = null;
    }
  }

  /** No title, the preferred curve, a target (or none), MAE without unit. */
  public static MemoSettings forTarget(@Nullable Double target) {
    return new MemoSettings(null, null, null, ForecastRequest.forTarget(target), ErrorMeasure.MAE);
  }
}
