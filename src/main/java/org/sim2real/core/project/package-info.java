/**
 * Project files ({@code .s2r}): a JSON document with a {@code schemaVersion}, written by
 * {@link org.sim2real.core.project.ProjectStore}.
 *
 * <ul>
 *   <li>Saving is atomic: temporary file in the same folder, flushed to disk, previous version
 *       copied to {@code name.s2r.bak}, then an atomic rename. A failed save leaves the old file
 *       and its backup as they were.
 *   <li>Reading treats the file as untrusted: at most 16 MB and 64 levels of nesting, no
 *       polymorphic typing, no lenient type coercion; every defect becomes a
 *       {@link org.sim2real.core.io.UserFacingException} naming the file, the field and the
 *       line and column. A newer {@code schemaVersion} is refused with "written by a newer
 *       version".
 *   <li>Data files are stored relative to the project when they lie inside its folder tree and
 *       absolute otherwise; a relative path that climbs above the project's folder is never
 *       followed (see {@link org.sim2real.core.project.DatasetPaths}). Each data file's SHA-256
 *       is checked on open; moved and changed files are reported as
 *       {@link org.sim2real.core.project.DataFileProblem}s for the user to resolve.
 *   <li>Unsaved changes are autosaved, debounced, to {@code .name.s2r.autosave} and offered on
 *       the next open ({@link org.sim2real.core.project.ProjectAutosave}).
 * </ul>
 */
@NullMarked
package org.sim2real.core.project;

import org.jspecify.annotations.NullMarked;
