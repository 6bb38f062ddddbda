package org.sim2real.core.scaling.fit;

import java.util.List;
import org.sim2real.core.scaling.curve.Format;

/**
 * The scratch learning curve E0(m) = a m^-b + c: the error of training on m experiments alone,
 * fitted when the baseline was run at 3 or more m values (same bounds as the transfer law: a > 0, b
 * in (1e-6, 3], c >= 0). Needed for the equivalent experimental sample size m_eq.
 *
 * @param parameters a, b, c with 90% intervals
 * @param goodness how well E0 describes the measured baselines (R2 in log space, chi-square against
 *     their noise)
 * @param trust its own grade: how far m_eq values read off it may be trusted
 * @param draws the bootstrap refits, draw b matching draw b of every other quantity of the study
 */
public record ScratchCurveFit(
    List<ScratchPoint> points,
    LawFit fit,
    List<ParameterEstimate> parameters,
    double r2Log,
    GoodnessOfFit goodness,
    TrustAssessment trust,
    BootstrapSummary bootstrap,
    FitBootstrap draws) {

  public ScratchCurveFit {
    points = List.copyOf(points);
    parameters = List.copyOf(parameters);
  }

  public double value(double m) {
    return fit.value(m);
  }

  /** Smallest m the baseline was measured at. */
  public int smallestM() {
    return points.get(0).m();
  }

  /** Largest m the baseline was measured at. */
  public int largestM() {
    return points.get(points.size() - 1).m();
  }

  /** "E0(m) = 2.1 * m^-0.35 + 0.12". */
  public String lawSentence() {
    return "E0(m) = " + Format.value(fit.parameter(0)) + " * m^-" + Format.value(fit.parameter(1))
        + " + " + Format.value(fit.parameter(2));
  }
}
