package org.sim2real.core.model;

/**
 * The mini-batch losses of one training phase, kept as sums over consecutive blocks of steps (a
 * thousandth of the planned steps each, at most about a thousand blocks), from which {@link
 * #convergence()} compares the last tenth of the steps with the tenth before it. Only whole blocks
 * count, so up to one block of steps at the end may be left out of the comparison.
 */
final class LossTrace {
  private static final int TARGET_BLOCKS = 1000;
  private final long blockSteps;
  private final double[] blockSums;
  private long steps;
  private double openSum;

  /** @param plannedSteps the steps the phase will take at most */
  LossTrace(long plannedSteps) {
    if (plannedSteps < 0) {
      throw new IllegalArgumentException("planned steps must be >= 0, got " + plannedSteps);
    }
    this.blockSteps = Math.max(1, (plannedSteps + TARGET_BLOCKS - 1) / TARGET_BLOCKS);
    this.blockSums = new double[(int) (plannedSteps / blockSteps) + 1];
  }

  /** Adds the mean loss of the next step's mini-batch. */
  void add(double loss) {
    openSum += loss;
    steps++;
    if (steps % blockSteps == 0) {
      int block = (int) (steps / blockSteps) - 1;
      if (block >= blockSums.length) {
        throw new IllegalStateException("more steps than planned");
      }
      blockSums[block] = openSum;
      openSum = 0;
    }
  }

  /** The comparison of the last two tenths of the whole blocks; see {@link LossConvergence}. */
  LossConvergence convergence() {
    int blocks = (int) (steps / blockSteps);
    int window = (int) Math.floor(blocks * LossConvergence.WINDOW_FRACTION);
    long windowSteps = window * blockSteps;
    if (windowSteps < LossConvergence.MIN_WINDOW_STEPS) {
      return LossConvergence.unknown();
    }
    double earlier = 0;
    double last = 0;
    for (int b = blocks - 2 * window; b < blocks - window; b++) {
      earlier += blockSums[b];
    }
    for (int b = blocks - window; b < blocks; b++) {
      last += blockSums[b];
    }
    double improvement = (earlier - last) / earlier;
    if (!(earlier > 0) || !Double.isFinite(earlier) || !Double.isFinite(improvement)) {
      return LossConvergence.unknown();
    }
    return new LossConvergence(improvement, windowSteps);
  }
}
