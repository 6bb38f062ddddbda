/**
 * What a fitted curve says about the future: the data need n*(T) for a target error, the
 * prediction band, the marginal value of more simulation, budget advice and what simulations are
 * worth in experiments. Entry point: {@link org.sim2real.core.scaling.forecast.Forecaster}. Builds
 * on {@code core.scaling.fit}.
 */
@NullMarked
package org.sim2real.core.scaling.forecast;

import org.jspecify.annotations.NullMarked;
