/**
 * The Teach screen: a simulated study from a known law, revealed step by step, with the fit
 * checked against the truth, a guided tour and a presentation window. Its place in the
 * architecture: src/site/CONTRIBUTING.md, "Architecture".
 */
@NullMarked
package org.sim2real.ui.teach;

import org.jspecify.annotations.NullMarked;
