/**
 * The data session: the simulation and experimental datasets being imported, their import state
 * and column roles ({@link org.sim2real.ui.common.data.DataSession}). The Data screen edits it; the
 * Study screen reads it to build a design.
 */
@NullMarked
package org.sim2real.ui.common.data;

import org.jspecify.annotations.NullMarked;
