package org.sim2real.core.scaling.fit;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.sim2real.core.scaling.curve.Format;
import org.sim2real.core.scaling.curve.Observation;
import org.sim2real.core.scaling.curve.PointSummary;

/**
 * Everything the workbench says about one (strategy, m) learning curve: the measured points, the
 * regime onset and negative transfer, the fit window, the law E(n) = D n^-alpha + C with 90%
 * bootstrap intervals, the AICc comparison of forms, goodness of fit, the back-test and the trust
 * grade. Plain data for the CLI, the GUI and the report; {@link #draws()} holds the bootstrap draws
 * for forecasts ({@code core.scaling.forecast.Forecaster}) and prediction bands.
 *
 * @param fit the power law with offset on the window, or null when no fit was possible
 * @param parameters D, alpha, C with intervals (empty without a fit)
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
    @Nullable BackTest backTest,
    @Nullable BootstrapSummary bootstrap,
    TrustAssessment trust,
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

  /** Estimate of a parameter by name ("D", "alpha", "C"). */
  public ParameterEstimate parameter(String name) {
    return parameters.stream().filter(p -> p.name().equals(name)).findFirst()
        .orElseThrow(() -> new IllegalStateException("no parameter " + name + " (no fit?)"));
  }

  /** "E(n) = 1.04 * n^-0.149 + 0.214", or a sentence saying there is no fit. */
  public String lawSentence() {
    if (fit == null) {
      return "No law fitted.";
    }
    return "E(n) = " + Format.value(fit.parameter(0)) + " * n^-" + Format.value(fit.parameter(1))
        + " + " + Format.value(fit.parameter(2));
  }
}
