package org.sim2real.core.scaling.fit;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.sim2real.core.scaling.curve.Format;
import org.sim2real.core.scaling.curve.Observation;
import org.sim2real.core.scaling.curve.PointSummary;

/**
 * Everything the workbench says about one (strategy, m) learning curve: the measured points, the
 * regime onset and negative transfer, the fit window, the law (the power law with offset E(n) = D
 * n^-alpha + C, or the broken power law when the curve is flat before it falls) with 90%
 * intervals, the AICc comparison of forms, goodness of fit, the rolling-origin back-test, the
 * extrapolation spread and the trust grade. Plain data for the CLI, the GUI and the report; {@link
 * #draws()} holds the draws for forecasts ({@code core.scaling.forecast.Forecaster}) and bands.
 *
 * @param fit the law on the window, or null when no fit was possible
 * @param parameters D (of the tail D n^-alpha + C), alpha, C, and n_b for a broken power law, with
 *     intervals (empty without a fit)
 * @param backTests the analysis replayed as if the study had stopped at each earlier size, each
 *     replay's forecasts against what was measured later (empty when the window is too short)
 * @param lawBackTests the forecasts that the law's own form made from the latest earlier sizes:
 *     what its trust grade and its extrapolation spread rest on
 * @param extrapolation how the forecast band widens beyond the measured sizes (null without a fit)
 * @param testRowsIncluded whether the intervals resample the test rows (the table had per-row
 *     errors); if not, the test set's sampling error is missing from every interval
 * @param weighted whether the fit was inverse-variance weighted
 * @param notes further plain-language remarks (e.g. why weighting was not possible)
 */
public record CurveAnalysis(
    String strategy,
    int m,
    List<PointSummary> points,
    RegimeAssessment regime,
    @Nullable FitWindow window,
    @Nullable LawFit fit,
    List<ParameterEstimate> parameters,
    @Nullable ModelComparison comparison,
    @Nullable GoodnessOfFit goodness,
    RollingBackTest backTests,
    RollingBackTest lawBackTests,
    @Nullable Extrapolation extrapolation,
    @Nullable BootstrapSummary bootstrap,
    TrustAssessment trust,
    boolean testRowsIncluded,
    boolean weighted,
    List<String> notes,
    @Nullable CurveDraws draws) {

  public CurveAnalysis {
    points = List.copyOf(points);
    parameters = List.copyOf(parameters);
    notes = List.copyOf(notes);
  }

  /** "transfer, m = 3683". */
  public String label() {
    return strategy + ", " + Observation.describeM(m);
  }

  public long largestMeasuredN() {
    return points.get(points.size() - 1).n();
  }

  /** The latest prediction of the rolling back-test (the largest size), or null. */
  public @Nullable BackTest backTest() {
    return backTests.latest();
  }

  /** Estimate of a parameter by name ("D", "alpha", "C", "n_b"). */
  public ParameterEstimate parameter(String name) {
    return parameters.stream().filter(p -> p.name().equals(name)).findFirst()
        .orElseThrow(() -> new IllegalStateException("no parameter " + name + " (no fit?)"));
  }

  /** True when a parameter of that name was estimated. */
  public boolean hasParameter(String name) {
    return parameters.stream().anyMatch(p -> p.name().equals(name));
  }

  /**
   * "E(n) = 1.04 * n^-0.149 + 0.214", or for a broken power law "E(n) = 0.21 + 0.35 * (1 +
   * n/5,200)^-0.8", or a sentence saying there is no fit.
   */
  public String lawSentence() {
    if (fit == null) {
      return "No law fitted.";
    }
    double[] p = fit.parameters();
    if (fit.form() == LawForm.BROKEN_POWER_LAW) {
      return "E(n) = " + Format.value(p[2]) + " + " + Format.value(p[0]) + " * (1 + n/"
          + Format.size(p[3]) + ")^-" + Format.value(p[1]);
    }
    return "E(n) = " + Format.value(p[0]) + " * n^-" + Format.value(p[1]) + " + "
        + Format.value(fit.form().floor(p));
  }
}
