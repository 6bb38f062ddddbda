/** See STYLE.md for what belongs in this package. */
@NullMarked
package org.sim2real.core.feature;

import org.jspecify.annotations.NullMarked;
