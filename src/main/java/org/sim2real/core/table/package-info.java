/**
 * Reading table files as files, the same for every table the workbench reads (datasets,
 * learning-curve tables, a study's cells.csv): format detection from the first bytes (gzip, xlsx,
 * old .xls, binary), strict UTF-8 and UTF-16 with a byte-order mark, delimiter detection, RFC 4180
 * quoting with fields that span lines, the size limits, and every message about them ({@link
 * org.sim2real.core.table.TableMessages}). It knows nothing of what a table holds: records go to a
 * {@link org.sim2real.core.table.RecordSink}. Depends on {@code core.io} only. Its place in the
 * architecture: src/site/CONTRIBUTING.md, "Architecture".
 */
@NullMarked
package org.sim2real.core.table;

import org.jspecify.annotations.NullMarked;
