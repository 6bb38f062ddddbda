package org.sim2real.ui.common;

import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Runs expensive recomputations (bootstrap refits) in the background, one at a time, latest
 * request wins: a request made while one runs waits, and replaces any request already waiting. So
 * dragging a fit window across ten sizes costs at most two refits, not ten, and the FX thread
 * never waits. A result overtaken by a newer request is dropped instead of shown.
 *
 * <p>The request-side counterpart of {@link CoalescingUpdater}. FX thread only.
 *
 * @param <Q> the request, e.g. a table with fit options
 * @param <R> the result
 */
public final class LatestRequestRunner<Q, R> {
  /** The work for one request; runs off the FX thread and must not touch JavaFX. */
  @FunctionalInterface
  public interface Work<Q, R> {
    R compute(Q request, TaskContext context) throws Exception;
  }

  private final BackgroundTasks tasks;
  private final String title;
  private final Work<Q, R> work;
  private final Consumer<R> onResult;
  private final Consumer<Throwable> onFailure;
  private @Nullable Job current;
  private @Nullable Q pending;

  public LatestRequestRunner(BackgroundTasks tasks, String title, Work<Q, R> work,
      Consumer<R> onResult, Consumer<Throwable> onFailure) {
    this.tasks = tasks;
    this.title = title;
    this.work = work;
    this.onResult = onResult;
    this.onFailure = onFailure;
  }

  /** Asks for a recomputation; starts now when idle, otherwise after the running one. */
  public void submit(Q request) {
    Job running = current;
    if (running != null && !running.cancelled()) {
      pending = request;
      return;
    }
    start(request);
  }

  /** True while a request runs (a cancelled one no longer counts). */
  public boolean isRunning() {
    return current != null && !current.cancelled();
  }

  private void start(Q request) {
    Job job = new Job();
    current = job;
    pending = null;
    job.handle = tasks.run(title, context -> work.compute(request, context),
        result -> finished(job, result, null), error -> finished(job, null, error));
  }

  private void finished(Job job, @Nullable R result, @Nullable Throwable error) {
    if (current != job) {
      return;
    }
    current = null;
    Q next = pending;
    if (next != null) {
      start(next); // this result is already out of date
      return;
    }
    if (error != null) {
      onFailure.accept(error);
    } else {
      onResult.accept(result);
    }
  }

  private static final class Job {
    private BackgroundTasks.@Nullable TaskHandle handle;

    boolean cancelled() {
      return handle != null && handle.isCancelled();
    }
  }
}
