package org.sim2real.core.data;

/**
 * Something the user should know that did not make a row unusable: duplicates kept, charges
 * stripped from formulas, blank lines skipped, renamed header columns.
 *
 * @param category a stable short name, e.g. "duplicate keys"
 * @param count how many rows (or columns) it concerns
 * @param message the explanation, with the first line numbers where that helps
 */
public record ImportWarning(String category, int count, String message) {}
