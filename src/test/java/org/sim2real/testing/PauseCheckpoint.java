package org.sim2real.testing;

import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.locks.LockSupport;
import org.sim2real.core.study.RunControl;

/**
 * Where a paused study's workers wait: {@link RunControl#checkpoint()}. A test that paused a run
 * waits until a worker really stands there before it checks that nothing moves, instead of
 * hoping that the worker got there in time.
 */
public final class PauseCheckpoint {
  private PauseCheckpoint() {}

  /** Whether some thread waits in the pause checkpoint now. */
  public static boolean aWorkerWaitsThere() {
    return Thread.getAllStackTraces().entrySet().stream().anyMatch(e ->
        e.getKey().getState() == Thread.State.WAITING && Arrays.stream(e.getValue())
            .anyMatch(frame -> frame.getClassName().equals(RunControl.class.getName())
                && frame.getMethodName().equals("checkpoint")));
  }

  /** Waits until a worker waits in the pause checkpoint; fails after {@code max}. */
  public static void awaitAWorkerThere(Duration max) {
    long deadline = System.nanoTime() + max.toNanos();
    while (!aWorkerWaitsThere()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("no worker reached the pause checkpoint within " + max);
      }
      LockSupport.parkNanos(Duration.ofMillis(5).toNanos()); // polls, as TestFX's waitFor does
    }
  }
}
