package org.sim2real.core.study.adaptive;

import java.util.List;
import java.util.Set;

/**
 * How an adaptive study ended.
 *
 * @param waves every wave's report, the last one holding the verdict when {@code ended}
 * @param ended the planner ended the study (precision, budget, no regime, cannot improve); false
 *     when the run was stopped or a wave failed (run again to resume: the same waves follow)
 * @param measured the groups the waves chose and ran
 */
public record AdaptiveOutcome(List<WaveReport> waves, boolean ended, Set<WaveGroup> measured) {
  public AdaptiveOutcome {
    waves = List.copyOf(waves);
    measured = Set.copyOf(measured);
  }

  public WaveReport last() {
    return waves.get(waves.size() - 1);
  }
}
