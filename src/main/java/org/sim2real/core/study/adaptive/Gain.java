package org.sim2real.core.study.adaptive;

import java.util.List;

/** How much a candidate's cells are expected to narrow the question's interval ({@link WavePlanner}). */
interface Gain {
  /**
   * The expected narrowing, as a share of today's interval width.
   *
   * @param n the candidate's size (0: a scratch repetition)
   * @param measuredRepetitions repetitions measured at n so far
   * @param groups the candidate's groups
   */
  double narrowing(int n, int measuredRepetitions, List<WaveGroup> groups);

  /** Whether one more scratch repetition is scored as a candidate of its own. */
  boolean scoresScratch();
}
