package org.sim2real.core.study;

import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * A unit of scheduling: the cells that share one expensive step (typically one pretrained model,
 * identified by simulation size and repetition), run by one worker thread.
 */
public interface WorkGroup {
  /** Short label for progress displays, e.g. "n=1000 r=2". */
  String label();

  /** Relative cost estimate (e.g. training steps), used for ordering and for the ETA. */
  double cost();

  /** Every cell this group produces. */
  List<Cell> cells();

  /**
   * Runs the cells whose ids are not in {@code done}, handing each to {@code sink} as soon as it
   * is finished; calls {@link RunControl#checkpoint()} regularly.
   */
  void run(Set<String> done, Consumer<FinishedCell> sink, RunControl control) throws Exception;
}
