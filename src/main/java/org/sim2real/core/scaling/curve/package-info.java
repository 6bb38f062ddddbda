/**
 * A measured learning curve and its uncertainty, before any law is fitted: the observations
 * (strategy, n, m, repetition, error), the curves and tables built from them, the reader of
 * {@code cells.csv} and plain curve tables, the repetition bootstrap with its point summaries and
 * intervals, and the number formatting every layer above shares. Depends on nothing in core but
 * {@code core.io}.
 */
@NullMarked
package org.sim2real.core.scaling.curve;

import org.jspecify.annotations.NullMarked;
