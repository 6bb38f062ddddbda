/** See STYLE.md for what belongs in this package. */
@NullMarked
package org.sim2real.core.model;

import org.jspecify.annotations.NullMarked;
