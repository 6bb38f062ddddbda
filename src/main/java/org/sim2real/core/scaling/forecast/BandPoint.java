package org.sim2real.core.scaling.forecast;

import org.sim2real.core.scaling.curve.Interval;

/**
 * One point of a prediction band: the fitted law at n with the 90% percentile band of the refits.
 *
 * @param extrapolated n lies beyond the largest measured size of the fit window
 */
public record BandPoint(double n, double fitted, Interval interval, boolean extrapolated) {}
