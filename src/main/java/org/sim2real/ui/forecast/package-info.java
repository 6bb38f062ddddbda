/** See STYLE.md for what belongs in this package. */
@NullMarked
package org.sim2real.ui.forecast;

import org.jspecify.annotations.NullMarked;
