/**
 * The bottom of core: reading untrusted files safely (limits, strict JSON binding), writing files
 * atomically, safe CSV writing, hashing, quoting input in messages ({@link
 * org.sim2real.core.io.InputEcho}) and the error a user can fix ({@link
 * org.sim2real.core.io.UserFacingException}). Depends on no other package of the workbench. Its
 * place in the architecture: src/site/CONTRIBUTING.md, "Architecture".
 */
@NullMarked
package org.sim2real.core.io;

import org.jspecify.annotations.NullMarked;
