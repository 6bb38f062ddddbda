/**
 * The headless commands (inspect, run, merge, fit, forecast, report) over core, with picocli; no
 * JavaFX. Its place in the architecture: src/site/CONTRIBUTING.md, "Architecture".
 */
@NullMarked
package org.sim2real.cli;

import org.jspecify.annotations.NullMarked;
