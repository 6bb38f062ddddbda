package org.sim2real.ui.common;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * Runs core work off the FX thread and shows it in the status bar.
 *
 * <p>Two executors are injected: one for the work, one that runs on the FX thread. Tests pass
 * {@code Runnable::run} for both ({@link #sameThread()}), so work completes inside
 * {@link #run} and no test has to wait. Progress travels through a {@link CoalescingUpdater}, so
 * a loop reporting a million times a second still costs the FX thread one update per frame.
 *
 * <p>The observable properties describe the most recently started task that is still running;
 * they change only on the FX thread.
 */
public final class BackgroundTasks {
  private final Executor worker;
  private final Executor fxThread;
  private final Executor frameExecutor;
  private final List<Handle<?>> running = new ArrayList<>();
  private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
  private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", "");
  private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
  private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper(this, "notice", "");
  private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", -1);

  /**
   * @param worker runs the work (a thread pool in the application)
   * @param fxThread runs completions on the FX thread ({@code Platform::runLater})
   * @param frameExecutor applies coalesced progress on the FX thread ({@link NextFrameExecutor})
   */
  public BackgroundTasks(Executor worker, Executor fxThread, Executor frameExecutor) {
    this.worker = worker;
    this.fxThread = fxThread;
    this.frameExecutor = frameExecutor;
  }

  /** Everything on the calling thread; for tests. */
  public static BackgroundTasks sameThread() {
    return new BackgroundTasks(Runnable::run, Runnable::run, Runnable::run);
  }

  /** A running task; {@link #cancel()} asks the work to stop and suppresses its result. */
  public interface TaskHandle {
    void cancel();

    boolean isCancelled();
  }

  /**
   * Starts work. Must be called on the FX thread. Exactly one of the callbacks runs, on the FX
   * thread, unless the task is cancelled (then neither runs and the status says "Cancelled").
   */
  public <T> TaskHandle run(
      String taskTitle, BackgroundWork<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
    return run(taskTitle, work, onSuccess, onFailure, () -> {});
  }

  /**
   * As {@link #run(String, BackgroundWork, Consumer, Consumer)}, and {@code onCancelled} runs on
   * the FX thread when a cancelled task has ended, for callers that queue work behind it.
   */
  public <T> TaskHandle run(String taskTitle, BackgroundWork<T> work, Consumer<T> onSuccess,
      Consumer<Throwable> onFailure, Runnable onCancelled) {
    return run(taskTitle, work, (fraction, text) -> {}, onSuccess, onFailure, onCancelled);
  }

  /**
   * As {@link #run(String, BackgroundWork, Consumer, Consumer, Runnable)}, and {@code onProgress}
   * receives the task's progress on the FX thread (coalesced, at most once a frame, never after
   * the task has ended), for a screen that shows it next to what it concerns.
   */
  public <T> TaskHandle run(String taskTitle, BackgroundWork<T> work, ProgressListener onProgress,
      Consumer<T> onSuccess, Consumer<Throwable> onFailure, Runnable onCancelled) {
    Handle<T> handle = new Handle<>(taskTitle, onProgress);
    running.add(handle);
    showCurrent();
    worker.execute(new Job(taskTitle, () -> {
      try {
        T result = work.run(handle);
        fxThread.execute(() -> finish(handle, () -> onSuccess.accept(result), onCancelled));
      } catch (Throwable e) {
        fxThread.execute(() -> finish(handle, () -> onFailure.accept(e), onCancelled));
      }
    }));
    return handle;
  }

  /**
   * What the worker executor receives: the work of one task, with the title the status bar shows
   * for it, so that an executor (a thread pool that names its threads, or a test that queues work)
   * can tell tasks apart.
   */
  public record Job(String title, Runnable body) implements Runnable {
    @Override
    public void run() {
      body.run();
    }
  }

  /** Receives a task's progress on the FX thread. */
  @FunctionalInterface
  public interface ProgressListener {
    /**
     * @param fraction done so far, 0..1, or negative when unknown
     * @param message what is happening now
     */
    void progress(double fraction, String message);
  }

  /** Cancels the task the status bar shows. */
  public void cancelCurrent() {
    if (!running.isEmpty()) {
      running.get(running.size() - 1).cancel();
    }
  }

  public ReadOnlyBooleanProperty busyProperty() {
    return busy.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty titleProperty() {
    return title.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty messageProperty() {
    return message.getReadOnlyProperty();
  }

  /** The last thing worth telling about a finished task (for now: that it was cancelled). */
  public ReadOnlyStringProperty noticeProperty() {
    return notice.getReadOnlyProperty();
  }

  /** Fraction done of the current task, or -1 when unknown (an indeterminate bar). */
  public ReadOnlyDoubleProperty progressProperty() {
    return progress.getReadOnlyProperty();
  }

  private void finish(Handle<?> handle, Runnable callback, Runnable onCancelled) {
    running.remove(handle);
    showCurrent();
    if (handle.isCancelled()) {
      notice.set("Cancelled: " + handle.title);
      onCancelled.run();
      return;
    }
    callback.run();
  }

  private void showCurrent() {
    busy.set(!running.isEmpty());
    if (running.isEmpty()) {
      title.set("");
      message.set("");
      progress.set(-1);
      return;
    }
    Handle<?> current = running.get(running.size() - 1);
    title.set(current.title);
    progress.set(current.lastFraction);
    message.set(current.lastMessage);
  }

  private record Progress(double fraction, String message) {}

  private final class Handle<T> implements TaskHandle, TaskContext {
    private final String title;
    private volatile boolean cancelled;
    private double lastFraction = -1;
    private String lastMessage = "";
    private final CoalescingUpdater<Progress> updater;
    private final ProgressListener listener;

    Handle(String title, ProgressListener listener) {
      this.title = title;
      this.listener = listener;
      this.updater = new CoalescingUpdater<>(frameExecutor, this::apply);
    }

    @Override
    public void progress(double fraction, String text) {
      if (cancelled) {
        throw new CancellationException(title + " was cancelled");
      }
      updater.post(new Progress(Math.min(1, fraction), text));
    }

    private void apply(Progress p) {
      lastFraction = p.fraction();
      lastMessage = p.message();
      if (running.contains(this)) {
        showCurrent();
        listener.progress(p.fraction(), p.message());
      }
    }

    @Override
    public boolean isCancelled() {
      return cancelled;
    }

    @Override
    public void cancel() {
      cancelled = true;
    }
  }
}
