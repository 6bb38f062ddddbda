/**
 * Datasets and their import: the records of a table file (read by {@code core.table}) become a
 * header, rows and rejections ({@code RowCollector}), column profiles and
 * roles, the representation check, validation, duplicates, target statistics and the
 * simulation-versus-experiment comparison. Its place in the architecture:
 * src/site/CONTRIBUTING.md, "Architecture".
 */
@NullMarked
package org.sim2real.core.data;

import org.jspecify.annotations.NullMarked;
