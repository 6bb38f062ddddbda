package org.sim2real.core.data;

import java.util.Locale;

/**
 * What to do with rows whose normalized key (composition, canonical SMILES) occurs more than once.
 * In DFT data duplicates are usually polymorphs, so the default keeps them all, as the reference
 * protocol "bandgap-v1" does.
 */
public enum DuplicatePolicy {
  /** Keep every row; duplicates are only counted as a warning. */
  KEEP_ALL("keep-all"),
  /** Keep the first row of each key; later rows are rejected, naming the line kept. */
  KEEP_FIRST("keep-first"),
  /** One row per key whose target is the mean of all rows with that key. */
  MEAN("mean"),
  /** Reject later rows whose target differs from the first row's by more than the tolerance. */
  REJECT_CONFLICTS("reject");

  private final String label;

  DuplicatePolicy(String label) {
    this.label = label;
  }

  /** The short name used on the command line and in reports, e.g. "keep-all". */
  public String label() {
    return label;
  }

  /** Parses a label ("keep-all", "keep-first", "mean", "reject") or an enum name. */
  public static DuplicatePolicy fromLabel(String text) {
    String t = text.strip().toLowerCase(Locale.ROOT).replace('_', '-');
    for (DuplicatePolicy p : values()) {
      if (p.label.equals(t) || p.name().toLowerCase(Locale.ROOT).replace('_', '-').equals(t)) {
        return p;
      }
    }
    throw ImportMessages.unknownDuplicatePolicy(text);
  }
}
