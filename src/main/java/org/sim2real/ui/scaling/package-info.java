/**
 * The Scaling screen: the scaling chart with its side panel, fit window choice, fit details and
 * chart export. Its place in the architecture: src/site/CONTRIBUTING.md, "Architecture".
 */
@NullMarked
package org.sim2real.ui.scaling;

import org.jspecify.annotations.NullMarked;
