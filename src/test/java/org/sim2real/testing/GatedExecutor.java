package org.sim2real.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Background threads for a GUI test that the test can hold at a point of its choosing: each task
 * runs on a new daemon thread, as on the workbench's own thread pools, except while the gate is
 * closed; then tasks wait, in the order they came, until the test lets them go. So a test that
 * needs a run to stand still (to pause it, cancel it, close the window over it) makes it stand
 * still, instead of racing a click against real work.
 *
 * <p>With {@code -Dsim2real.test.taskDelayMillis=N} every task waits N ms on its thread before
 * it runs: a deliberately slow machine, to show that no test depends on background work being
 * quick (or slow).
 */
public final class GatedExecutor implements Executor {
  /** The delay of the slow-machine mode, 0 normally. */
  public static final long TASK_DELAY_MILLIS = Long.getLong("sim2real.test.taskDelayMillis", 0);

  private final String threadName;
  private final AtomicInteger started = new AtomicInteger();
  private final List<Runnable> held = new ArrayList<>();
  private boolean closed;

  public GatedExecutor(String threadName) {
    this.threadName = threadName;
  }

  @Override
  public void execute(Runnable task) {
    synchronized (this) {
      if (closed) {
        held.add(task);
        return;
      }
    }
    start(task);
  }

  /** From now on, tasks wait until {@link #release} or {@link #open}. */
  public synchronized void close() {
    closed = true;
  }

  /** Starts the tasks that wait now; tasks that come later wait too (the gate stays closed). */
  public void release() {
    List<Runnable> waiting;
    synchronized (this) {
      waiting = List.copyOf(held);
      held.clear();
    }
    waiting.forEach(this::start);
  }

  /** Opens the gate: the waiting tasks start, and later ones start at once. */
  public void open() {
    synchronized (this) {
      closed = false;
    }
    release();
  }

  /** How many tasks wait at the gate. */
  public synchronized int waiting() {
    return held.size();
  }

  private void start(Runnable task) {
    Thread.ofPlatform().daemon().name(threadName + started.incrementAndGet()).start(() -> {
      slowDown();
      task.run();
    });
  }

  private static void slowDown() {
    if (TASK_DELAY_MILLIS > 0) {
      try {
        Thread.sleep(TASK_DELAY_MILLIS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
