/**
 * The Forecast screen: the forecast cards, the what-if inputs and the memo. Its place in the
 * architecture: src/site/CONTRIBUTING.md, "Architecture".
 */
@NullMarked
package org.sim2real.ui.forecast;

import org.jspecify.annotations.NullMarked;
