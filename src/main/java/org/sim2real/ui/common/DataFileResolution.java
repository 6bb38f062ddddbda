package org.sim2real.ui.common;

import java.nio.file.Path;

/** What the user decided about a data file that moved or changed. */
public sealed interface DataFileResolution {
  /** Use this file instead (the user located it). */
  record Locate(Path file) implements DataFileResolution {}

  /** Keep the changed file at its place and accept its new content. */
  record AcceptChanged() implements DataFileResolution {}

  /** Leave it for now; the project opens with the data file unresolved. */
  record Skip() implements DataFileResolution {}
}
