/**
 * Fitting scaling laws to a learning curve and judging the fit: the law forms, the bounded
 * least-squares fitter, bootstrap parameter intervals, the fit window and regime onset, the
 * back-test, model comparison, the trust grade, the scratch and two-dimensional fits, and their
 * JSON form. Entry point:
 * {@link org.sim2real.core.scaling.fit.ScalingAnalyzer}. Builds on {@code core.scaling.curve}.
 */
@NullMarked
package org.sim2real.core.scaling.fit;

import org.jspecify.annotations.NullMarked;
