/**
 * Start-up and wiring: the launcher, the main window, the services constructed once and handed to
 * the screens (no static singletons). Its place in the architecture: src/site/CONTRIBUTING.md,
 * "Architecture".
 */
@NullMarked
package org.sim2real.app;

import org.jspecify.annotations.NullMarked;
