/** See STYLE.md for what belongs in this package. */
@NullMarked
package org.sim2real.ui.common;

import org.jspecify.annotations.NullMarked;
