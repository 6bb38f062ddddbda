/**
 * The Study screen: the design form (featurizer, model settings, size schedule, strategies) and
 * its preview. Its place in the architecture: src/site/CONTRIBUTING.md, "Architecture".
 */
@NullMarked
package org.sim2real.ui.study;

import org.jspecify.annotations.NullMarked;
