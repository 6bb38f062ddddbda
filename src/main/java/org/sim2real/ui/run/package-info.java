/**
 * The Run screen: starting, cancelling and resuming a study, its event log, progress and live
 * scaling chart. Its place in the architecture: src/site/CONTRIBUTING.md, "Architecture".
 */
@NullMarked
package org.sim2real.ui.run;

import org.jspecify.annotations.NullMarked;
