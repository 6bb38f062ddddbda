/** See STYLE.md for what belongs in this package. */
@NullMarked
package org.sim2real.ui.scaling;

import org.jspecify.annotations.NullMarked;
