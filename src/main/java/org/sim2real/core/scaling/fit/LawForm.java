package org.sim2real.core.scaling.fit;

import java.util.List;

/**
 * The curve shapes compared on a fit window (src/site/SCIENCE.md, "Model choice"). All describe
 * an error that falls with n; they differ in how it starts and how it approaches its floor, which
 * is exactly what decides a forecast:
 *
 * <ul>
 *   <li>{@link #POWER_LAW_WITH_OFFSET} E = D n^-alpha + C, the transfer scaling law (Minami et
 *       al.).
 *   <li>{@link #PURE_POWER_LAW} E = D n^-alpha (C = 0): no floor, simulation alone could reach any
 *       error.
 *   <li>{@link #EXPONENTIAL_SATURATION} E = C + D exp(-n / n0): the error approaches its floor
 *       exponentially, so beyond a few n0 more simulation buys nothing. The opposite extrapolation
 *       hypothesis: if it wins, the power law's forecasts are likely optimistic.
 *   <li>{@link #BROKEN_POWER_LAW} E = C + D (1 + n / n_b)^-alpha: flat (C + D) while n is well below
 *       the break n_b, then the power law C + D n_b^alpha n^-alpha (Caballero et al. 2022, "Broken
 *       Neural Scaling Laws", with one break and sharpness 1). This is the shape of a Sim2Real curve
 *       whose transfer only starts to pay off at some size; its break is the regime onset the fit
 *       sees, and its alpha and C mean what they mean in the power law with offset.
 * </ul>
 *
 * Parameter order of {@link LawFit#parameters()}: [D, alpha, C], [D, alpha], [D, n0, C], [D, alpha,
 * C, n_b].
 */
public enum LawForm {
  POWER_LAW_WITH_OFFSET("D*n^-alpha + C", List.of("D", "alpha", "C")),
  PURE_POWER_LAW("D*n^-alpha", List.of("D", "alpha")),
  EXPONENTIAL_SATURATION("C + D*exp(-n/n0)", List.of("D", "n0", "C")),
  BROKEN_POWER_LAW("C + D*(1 + n/n_b)^-alpha", List.of("D", "alpha", "C", "n_b"));

  /** Bounds of the reference (scipy curve_fit in the reference implementation). */
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
      case BROKEN_POWER_LAW -> p[2] + p[0] * Math.pow(1 + x / p[3], -p[1]);
    };
  }

  /** The floor C the curve approaches for large n (0 for the pure power law). */
  public double floor(double[] p) {
    return this == PURE_POWER_LAW ? 0 : p[2];
  }

  /**
   * The exponent alpha of the power-law tail, NaN for the exponential saturation (which has none).
   */
  public double exponent(double[] p) {
    return this == EXPONENTIAL_SATURATION ? Double.NaN : p[1];
  }

  /**
   * D of the tail written as D n^-alpha + C: D itself for the power laws, D n_b^alpha for the
   * broken power law (its tail), NaN for the exponential saturation.
   */
  public double tailPrefactor(double[] p) {
    return switch (this) {
      case POWER_LAW_WITH_OFFSET, PURE_POWER_LAW -> p[0];
      case BROKEN_POWER_LAW -> p[0] * Math.pow(p[3], p[1]);
      case EXPONENTIAL_SATURATION -> Double.NaN;
    };
  }

  /** True for the forms forecasts are made with (their alpha and C are the scaling law's). */
  public boolean forecasts() {
    return this == POWER_LAW_WITH_OFFSET || this == BROKEN_POWER_LAW;
  }

  /** Label for tables, e.g. "power law + offset". */
  public String label() {
    return switch (this) {
      case POWER_LAW_WITH_OFFSET -> "power law + offset";
      case PURE_POWER_LAW -> "pure power law";
      case EXPONENTIAL_SATURATION -> "exponential saturation";
      case BROKEN_POWER_LAW -> "broken power law";
    };
  }
}
