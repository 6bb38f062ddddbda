/**
 * Learning curves with a known answer, drawn from a chosen law with seeded noise: the material of
 * the Teach screen (and of the known-answer tests of the fits).
 */
@NullMarked
package org.sim2real.core.scaling.teaching;

import org.jspecify.annotations.NullMarked;
