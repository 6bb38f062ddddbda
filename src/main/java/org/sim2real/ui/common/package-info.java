/**
 * What every screen uses: the shell and step navigation, background tasks, dialogs, preferences,
 * undo, the project session and actions, the status bar, shared number formats (Texts). Sub-
 * packages hold what two screens share: chart, data (the data session) and study (the design
 * session). Its place in the architecture: src/site/CONTRIBUTING.md, "Architecture".
 */
@NullMarked
package org.sim2real.ui.common;

import org.jspecify.annotations.NullMarked;
