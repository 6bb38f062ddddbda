package org.sim2real.ui.common;

import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * "Latest value wins" hand-over from background threads to the FX thread.
 *
 * <p>Background threads may {@link #post} at any rate; only the newest value is kept, and at most
 * one apply is waiting on the frame executor at any time. With {@link NextFrameExecutor} the FX
 * thread therefore applies at most one value per frame, however fast a run reports, and never
 * applies a stale value after a newer one.
 *
 * @param <T> the value type, e.g. a progress snapshot or a chart's data
 */
public final class CoalescingUpdater<T> {
  private final Executor frameExecutor;
  private final Consumer<T> apply;
  private final AtomicReference<@Nullable T> pending = new AtomicReference<>();

  /**
   * @param frameExecutor runs the apply step on the FX thread (at the next frame in production,
   *     immediately or on demand in tests)
   * @param apply receives the newest value on the FX thread
   */
  public CoalescingUpdater(Executor frameExecutor, Consumer<T> apply) {
    this.frameExecutor = frameExecutor;
    this.apply = apply;
  }

  /** Offers a value from any thread; replaces a value not yet applied. */
  public void post(T value) {
    if (pending.getAndSet(value) == null) {
      frameExecutor.execute(this::applyPending);
    }
  }

  private void applyPending() {
    T value = pending.getAndSet(null);
    if (value != null) {
      apply.accept(value);
    }
  }
}
