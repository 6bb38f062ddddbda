/**
 * The study design being edited and what it will cost: the design session and its checks, the
 * cell and step counts, the size schedule, the plan service, the presets and the summary of the
 * design, plus the form controls bound to design fields. The Study screen edits the design; the Run
 * screen shows its summary and runs it.
 */
@NullMarked
package org.sim2real.ui.common.study;

import org.jspecify.annotations.NullMarked;
