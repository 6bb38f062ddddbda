package org.sim2real.core.scaling.fit;

import java.util.List;
import org.sim2real.core.scaling.curve.Format;

/**
 * The two-dimensional law of Mikami et al., E(n, m) = delta (gamma + n^-alpha) m^-beta, fitted
 * jointly over the (n, m) grid of one strategy: every cell whose n lies inside the fit window of its
 * own m's curve (so cells below a curve's regime onset are left out, as in the 1-D fits). Bounds:
 * delta > 0, gamma >= 0, alpha in (1e-6, 3), beta in (0, 3).
 *
 * @param parameters delta, gamma, alpha, beta with 90% intervals
 * @param points number of (n, m) cells fitted
 * @param chiSquare residuals against the cells' noise (see {@link GoodnessOfFit#chiSquare()})
 * @param trust its own grade, which the budget advice carries
 * @param draws the bootstrap refits (parameter order as above)
 */
public record TwoDimensionalFit(
    String strategy,
    List<Long> sizes,
    List<Integer> mValues,
    double[] values,
    List<ParameterEstimate> parameters,
    int points,
    double r2Log,
    double chiSquare,
    int degreesOfFreedom,
    double chiSquareP,
    TrustAssessment trust,
    BootstrapSummary bootstrap,
    FitBootstrap draws) {

  public TwoDimensionalFit {
    sizes = List.copyOf(sizes);
    mValues = List.copyOf(mValues);
    values = values.clone();
    parameters = List.copyOf(parameters);
  }

  /** E(n, m) from parameters {delta, gamma, alpha, beta}. */
  public static double value(double[] p, double n, double m) {
    return p[0] * (p[1] + Math.pow(n, -p[2])) * Math.pow(m, -p[3]);
  }

  public long smallestN() {
    return sizes.get(0);
  }

  public long largestN() {
    return sizes.get(sizes.size() - 1);
  }

  public int smallestM() {
    return mValues.get(0);
  }

  public int largestM() {
    return mValues.get(mValues.size() - 1);
  }

  public double value(double n, double m) {
    return value(values, n, m);
  }

  /** "E(n, m) = 3.1 * (0.05 + n^-0.3) * m^-0.2". */
  public String lawSentence() {
    return "E(n, m) = " + Format.value(values[0]) + " * (" + Format.value(values[1]) + " + n^-"
        + Format.value(values[2]) + ") * m^-" + Format.value(values[3]);
  }
}
