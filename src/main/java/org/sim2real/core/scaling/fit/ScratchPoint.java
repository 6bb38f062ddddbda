package org.sim2real.core.scaling.fit;

import org.sim2real.core.scaling.curve.Interval;

/** The scratch baseline at one experimental size m: mean error over repetitions, 90% interval. */
public record ScratchPoint(int m, double mean, Interval interval, int repetitions) {}
