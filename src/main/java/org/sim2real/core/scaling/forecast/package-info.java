/**
 * What a fitted curve says about the future: the data need n*(T) for a target error, the
 * prediction band, the marginal value of more simulation, budget advice, what simulations are
 * worth in experiments, and which of several simulation sources to grow ({@link
 * org.sim2real.core.scaling.forecast.SourceComparison}). Entry point: {@link
 * org.sim2real.core.scaling.forecast.Forecaster}. Builds on {@code core.scaling.fit}.
 */
@NullMarked
package org.sim2real.core.scaling.forecast;

import org.jspecify.annotations.NullMarked;
