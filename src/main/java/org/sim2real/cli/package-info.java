/** See STYLE.md for what belongs in this package. */
@NullMarked
package org.sim2real.cli;

import org.jspecify.annotations.NullMarked;
