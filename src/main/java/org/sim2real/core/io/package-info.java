/** Reading untrusted files safely: limits, strict binding and user-facing messages. */
@NullMarked
package org.sim2real.core.io;

import org.jspecify.annotations.NullMarked;
