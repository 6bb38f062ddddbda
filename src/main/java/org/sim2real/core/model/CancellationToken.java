package org.sim2real.core.model;

import java.util.concurrent.CancellationException;

/**
 * Asked by long-running training loops whether the user wants them to stop. Trainers poll it every
 * few steps and at every epoch end, so a cancel takes effect within one epoch at most.
 */
@FunctionalInterface
public interface CancellationToken {
  /** A token that is never cancelled. */
  CancellationToken NONE = () -> false;

  boolean isCancelled();

  /** Throws {@link CancellationException} if cancellation was requested. */
  default void throwIfCancelled() {
    if (isCancelled()) {
      throw new CancellationException("training cancelled");
    }
  }
}
