/**
 * What leaves the workbench: the scaling charts (JFreeChart, headless), their export, the plotted
 * data as CSV, the forecast memo (HTML and PDF) and its reproducibility stamps. Its place in the
 * architecture: src/site/CONTRIBUTING.md, "Architecture".
 */
@NullMarked
package org.sim2real.core.report;

import org.jspecify.annotations.NullMarked;
