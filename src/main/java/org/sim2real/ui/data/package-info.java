/**
 * The Data screen: importing the simulation and experimental datasets, previews, column roles,
 * validation and the data summary. Its place in the architecture: src/site/CONTRIBUTING.md,
 * "Architecture".
 */
@NullMarked
package org.sim2real.ui.data;

import org.jspecify.annotations.NullMarked;
