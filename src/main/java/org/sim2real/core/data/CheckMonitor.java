package org.sim2real.core.data;

/**
 * Watches the rows of a table being checked against the column roles (the step after reading,
 * slower than it for formulas): told the rows checked so far after every {@link #ROWS_PER_BLOCK}
 * rows of a chunk, and asked before each such block whether to stop, so a cancelled check ends
 * within one block per thread. Called from the threads that check the chunks, concurrently.
 */
public interface CheckMonitor {
  /** Rows between two calls on one thread. */
  int ROWS_PER_BLOCK = 4096;

  /** Watches nothing and never cancels. */
  CheckMonitor NONE = (checked, total) -> {};

  /**
   * @param checked rows checked so far, by all threads
   * @param total the rows of the table
   */
  void checked(int checked, int total);

  /** True when checking should stop; it then throws a {@code CancellationException}. */
  default boolean isCancelled() {
    return false;
  }
}
