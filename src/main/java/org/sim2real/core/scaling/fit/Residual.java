package org.sim2real.core.scaling.fit;

/**
 * Measured minus fitted at one n of the fit window.
 *
 * @param standardized residual divided by the standard error of the mean (NaN with one repetition)
 */
public record Residual(long n, double measured, double fitted, double residual, double standardized) {}
