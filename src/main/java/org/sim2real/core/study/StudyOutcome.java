package org.sim2real.core.study;

import java.util.List;

/** How a run of a study ended. */
public record StudyOutcome(Status status, Progress progress, List<String> failures) {
  public enum Status {
    /** Every cell of the design (or shard) is in the ledger. */
    COMPLETED,
    /** Stopped by the user; the ledger holds every finished cell and the run can resume. */
    CANCELLED,
    /** Some work failed; finished cells are in the ledger, the failures say what went wrong. */
    FAILED
  }

  public StudyOutcome {
    failures = List.copyOf(failures);
  }
}
