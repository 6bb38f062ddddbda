/** See STYLE.md for what belongs in this package. */
@NullMarked
package org.sim2real.ui.teach;

import org.jspecify.annotations.NullMarked;
