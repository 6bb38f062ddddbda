package org.sim2real.ui.common;

/** What background work sees of its task: a place to report progress and a cancel flag. */
public interface TaskContext {
  /**
   * Reports progress; cheap to call often (updates are coalesced before they reach the screen),
   * also from threads the work fans out to (rows checked in parallel).
   *
   * @param fraction done so far, 0..1, or negative when unknown
   * @param message what is happening now, shown in the status bar
   */
  void progress(double fraction, String message);

  /** True once the user pressed Cancel; long work should check it and stop early. */
  boolean isCancelled();
}
