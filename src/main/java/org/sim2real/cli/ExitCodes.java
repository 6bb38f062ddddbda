package org.sim2real.cli;

/** Process exit codes of the command line. */
public final class ExitCodes {
  public static final int OK = 0;
  public static final int INTERNAL_ERROR = 1;
  public static final int USER_ERROR = 2;
  /**
   * {@code merge --expect-shards}: some shard lacks cells (an adaptive study's: its planner,
   * replayed over the shards' ledgers, has not reached its verdict or lacks cells of a wave),
   * nothing was merged; {@code run}: some
   * cells did not fit in memory, the others finished (run again to do the missing ones).
   */
  public static final int INCOMPLETE = 3;
  /** A run stopped by the user (Ctrl-C); its ledger can be resumed. */
  public static final int INTERRUPTED = 130;

  private ExitCodes() {}
}
