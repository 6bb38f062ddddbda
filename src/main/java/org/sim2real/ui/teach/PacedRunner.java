package org.sim2real.ui.teach;

import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.sim2real.ui.common.BackgroundTasks;
import org.sim2real.ui.common.LatestRequestRunner;

/**
 * Background recomputation at the pace of the work: one at a time, and every result that finishes
 * is shown; requests made meanwhile wait, the latest replacing the others. Unlike {@link
 * LatestRequestRunner} alone (which drops a result overtaken by a newer request), a screen fed by
 * a slider that keeps moving, or by a study filling in, keeps changing instead of waiting for the
 * requests to stop. FX thread only.
 *
 * @param <Q> the request
 * @param <R> the result
 */
final class PacedRunner<Q, R> {
  private final LatestRequestRunner<Q, R> runner;
  private final Consumer<R> onResult;
  private final Consumer<Throwable> onFailure;
  private @Nullable Q waiting;

  PacedRunner(BackgroundTasks tasks, String title, LatestRequestRunner.Work<Q, R> work,
      Consumer<R> onResult, Consumer<Throwable> onFailure) {
    this.onResult = onResult;
    this.onFailure = onFailure;
    this.runner = new LatestRequestRunner<>(tasks, title, work, this::finished, this::failed);
  }

  void submit(Q request) {
    if (runner.isRunning()) {
      waiting = request;
    } else {
      runner.submit(request);
    }
  }

  /** Running, or a request waiting. */
  boolean isBusy() {
    return runner.isRunning() || waiting != null;
  }

  private void finished(R result) {
    startWaiting();
    onResult.accept(result);
  }

  private void failed(Throwable error) {
    startWaiting();
    onFailure.accept(error);
  }

  private void startWaiting() {
    Q next = waiting;
    waiting = null;
    if (next != null) {
      runner.submit(next);
    }
  }
}
