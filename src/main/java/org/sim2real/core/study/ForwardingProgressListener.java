package org.sim2real.core.study;

/**
 * A listener that passes every report on to another; a subclass overrides what it adds (a note told
 * once, a hold after each cell) and calls {@code super} to pass the report on.
 */
public class ForwardingProgressListener implements ProgressListener {
  private final ProgressListener target;

  public ForwardingProgressListener(ProgressListener target) {
    this.target = target;
  }

  @Override
  public void studyStarted(Progress progress) {
    target.studyStarted(progress);
  }

  @Override
  public void workStarted(String label, Progress progress) {
    target.workStarted(label, progress);
  }

  @Override
  public void workProgress(String label, String phase, double fraction) {
    target.workProgress(label, phase, fraction);
  }

  @Override
  public void cellFinished(CellResult result, Progress progress) {
    target.cellFinished(result, progress);
  }

  @Override
  public void message(String text) {
    target.message(text);
  }

  @Override
  public void studyFinished(StudyOutcome outcome) {
    target.studyFinished(outcome);
  }
}
