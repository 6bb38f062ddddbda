package org.sim2real.core.scaling.fit;

/** A measured size left out of the fit window, and why in plain words. */
public record ExcludedPoint(long n, String reason) {}
