package org.sim2real.core.scaling.fit;

import java.util.List;

/**
 * The curve shapes compared on a fit window (src/site/SCIENCE.md, "Model choice"). All three describe an
 * error that falls with n; they differ in how it approaches its floor, which is exactly what decides
 * a forecast:
 *
 * <ul>
 *   <li>{@link #POWER_LAW_WITH_OFFSET} E = D n^-alpha + C, the transfer scaling law (Minami et al.);
 *       every forecast uses it.
 *   <li>{@link #PURE_POWER_LAW} E = D n^-alpha (C = 0): no floor, simulation alone could reach any
 *       error.
 *   <li>{@link #EXPONENTIAL_SATURATION} E = C + D exp(-n / n0): the error approaches its floor
 *       exponentially, so beyond a few n0 more simulation buys nothing. Chosen as the saturating
 *       alternative because it has as many parameters as the power law with offset (AICc then
 *       compares shape, not parameter count) and because it is the opposite extrapolation
 *       hypothesis: if it wins, the power law's forecasts are likely optimistic.
 * </ul>
 *
 * Parameter order of {@link LawFit#parameters()}: [D, alpha, C], [D, alpha], [D, n0, C].
 */
public enum LawForm {
  POWER_LAW_WITH_OFFSET("D*n^-alpha + C", List.of("D", "alpha", "C")),
  PURE_POWER_LAW("D*n^-alpha", List.of("D", "alpha")),
  EXPONENTIAL_SATURATION("C + D*exp(-n/n0)", List.of("D", "n0", "C"));

  /** Bounds of the reference (scipy curve_fit in s2r_reference.py). */
  public static final double MIN_D = 1e-12;

  public static final double MIN_ALPHA = 1e-6;
  public static final double MAX_ALPHA = 3.0;

  private final String formula;
  private final List<String> parameterNames;

  LawForm(String formula, List<String> parameterNames) {
    this.formula = formula;
    this.parameterNames = parameterNames;
  }

  public String formula() {
    return formula;
  }

  public List<String> parameterNames() {
    return parameterNames;
  }

  public int parameterCount() {
    return parameterNames.size();
  }

  /** The curve at x (n, or m for the scratch learning curve). */
  public double value(double[] p, double x) {
    return switch (this) {
      case POWER_LAW_WITH_OFFSET -> p[0] * Math.pow(x, -p[1]) + p[2];
      case PURE_POWER_LAW -> p[0] * Math.pow(x, -p[1]);
      case EXPONENTIAL_SATURATION -> p[2] + p[0] * Math.exp(-x / p[1]);
    };
  }

  /** Label for tables, e.g. "power law + offset". */
  public String label() {
    return switch (this) {
      case POWER_LAW_WITH_OFFSET -> "power law + offset";
      case PURE_POWER_LAW -> "pure power law";
      case EXPONENTIAL_SATURATION -> "exponential saturation";
    };
  }
}
