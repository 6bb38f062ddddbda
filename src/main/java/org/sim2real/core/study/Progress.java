package org.sim2real.core.study;

import java.time.Duration;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A snapshot of a running study for progress displays.
 *
 * @param cellsDone cells finished, including those found in the ledger at start
 * @param cellsResumed cells that were already in the ledger when this run started
 * @param elapsed active time of this run (pauses excluded)
 * @param eta estimated remaining time, null until enough work is done to estimate it
 * @param running labels of the work in progress, one per busy worker
 */
public record Progress(
    int cellsDone,
    int cellsTotal,
    int cellsResumed,
    Duration elapsed,
    @Nullable Duration eta,
    List<String> running) {

  public Progress {
    running = List.copyOf(running);
  }

  /** Fraction of cells done, 0..1. */
  public double fraction() {
    return cellsTotal == 0 ? 1 : (double) cellsDone / cellsTotal;
  }
}
