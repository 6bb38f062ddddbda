package org.sim2real.core.study;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * How a run of a study ended.
 *
 * @param failures what went wrong, one message each (the out-of-memory message among them)
 * @param memory the cells this run left out because the heap was too small, or null when memory
 *     sufficed
 */
public record StudyOutcome(Status status, Progress progress, List<String> failures,
    @Nullable MemoryShortfall memory) {
  public enum Status {
    /** Every cell of the design (or shard) is in the ledger. */
    COMPLETED,
    /** Stopped by the user; the ledger holds every finished cell and the run can resume. */
    CANCELLED,
    /**
     * Some work groups ran out of memory (or were skipped after one did) and nothing else failed:
     * every other cell is in the ledger, a run with more memory does the missing ones.
     */
    INCOMPLETE,
    /** Some work failed; finished cells are in the ledger, the failures say what went wrong. */
    FAILED
  }

  public StudyOutcome {
    failures = List.copyOf(failures);
  }

  /** An outcome without a memory shortfall. */
  public StudyOutcome(Status status, Progress progress, List<String> failures) {
    this(status, progress, failures, null);
  }

  /**
   * The cells a run left out for lack of memory: those of the work groups that ran out of memory
   * and those of the groups skipped after that because their n was at least as large. None of
   * them is in the ledger, so a later run (with more memory, fewer threads or without the large
   * n) runs them.
   *
   * @param ranOut labels of the work groups that ran out of memory, e.g. "n=200 r=0"
   * @param skipped labels of the work groups not started because of it
   * @param cells ids of the cells left out, in the order of the groups
   * @param message what happened, the memory estimate against the heap, and the ways out (also
   *     among the outcome's failures)
   * @param advice the ways out alone ("What to do: ..."), the end of {@code message}
   */
  public record MemoryShortfall(List<String> ranOut, List<String> skipped, List<String> cells,
      String message, String advice) {
    public MemoryShortfall {
      ranOut = List.copyOf(ranOut);
      skipped = List.copyOf(skipped);
      cells = List.copyOf(cells);
    }
  }
}
