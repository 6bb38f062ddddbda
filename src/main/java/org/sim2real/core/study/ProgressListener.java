package org.sim2real.core.study;

/**
 * Receives the events of a running study. The GUI and the command line both implement it.
 * Methods are called from worker threads; implementations must be thread-safe and quick (a GUI
 * coalesces them before touching the screen).
 */
public interface ProgressListener {
  ProgressListener NONE = new ProgressListener() {};

  default void studyStarted(Progress progress) {}

  default void workStarted(String label, Progress progress) {}

  /**
   * Progress inside one piece of work, e.g. pretraining ("pretrain", 0.4 of its steps done);
   * called after every training epoch.
   */
  default void workProgress(String label, String phase, double fraction) {}

  default void cellFinished(CellResult result, Progress progress) {}

  /** A warning or note worth showing in the event log (torn ledger line, cached model used...). */
  default void message(String text) {}

  default void studyFinished(StudyOutcome outcome) {}
}
