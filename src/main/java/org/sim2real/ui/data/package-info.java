/** See STYLE.md for what belongs in this package. */
@NullMarked
package org.sim2real.ui.data;

import org.jspecify.annotations.NullMarked;
