package org.sim2real.core.study;

import java.util.concurrent.CancellationException;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Pause, resume and cancel for a running study, shared by the GUI and the command line. Workers
 * call {@link #checkpoint()} at safe points (every few training steps): it blocks while paused
 * and throws {@link CancellationException} once cancelled, so a cancel stops within one epoch and
 * nothing already recorded in the ledger is lost.
 */
public final class RunControl {
  private final ReentrantLock lock = new ReentrantLock();
  private final Condition changed = lock.newCondition();
  private boolean paused;
  private volatile boolean cancelled;
  private long pausedSince;
  private long pausedNanos;

  public void pause() {
    lock.lock();
    try {
      if (!paused && !cancelled) {
        paused = true;
        pausedSince = System.nanoTime();
        changed.signalAll();
      }
    } finally {
      lock.unlock();
    }
  }

  public void resume() {
    lock.lock();
    try {
      if (paused) {
        paused = false;
        pausedNanos += System.nanoTime() - pausedSince;
        changed.signalAll();
      }
    } finally {
      lock.unlock();
    }
  }

  public void cancel() {
    lock.lock();
    try {
      cancelled = true;
      if (paused) {
        paused = false;
        pausedNanos += System.nanoTime() - pausedSince;
      }
      changed.signalAll();
    } finally {
      lock.unlock();
    }
  }

  public boolean isCancelled() {
    return cancelled;
  }

  public boolean isPaused() {
    lock.lock();
    try {
      return paused;
    } finally {
      lock.unlock();
    }
  }

  /** Total time spent paused so far, in nanoseconds (excluded from ETA estimates). */
  public long pausedNanos() {
    lock.lock();
    try {
      return pausedNanos + (paused ? System.nanoTime() - pausedSince : 0);
    } finally {
      lock.unlock();
    }
  }

  /** Blocks while paused; throws CancellationException when the run was cancelled. */
  public void checkpoint() {
    if (cancelled) {
      throw new CancellationException("study cancelled");
    }
    lock.lock();
    try {
      while (paused && !cancelled) {
        changed.awaitUninterruptibly();
      }
    } finally {
      lock.unlock();
    }
    if (cancelled) {
      throw new CancellationException("study cancelled");
    }
  }
}
