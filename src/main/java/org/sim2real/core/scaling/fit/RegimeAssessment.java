package org.sim2real.core.scaling.fit;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.sim2real.core.scaling.curve.PointSummary;

/**
 * Where transfer starts to pay off (src/site/SCIENCE.md, "Fit window").
 *
 * @param baseline the scratch baseline (n = 0) of this m, or null when the table has none
 * @param onset regime onset: smallest n from which on transfer beats scratch beyond its interval
 *     (the 90% interval of the paired gain lies above 0) at every larger measured n; null when there
 *     is no baseline or transfer does not beat it at the largest n
 * @param onsetSustained false when transfer beats scratch somewhere but not at the largest n (then
 *     onset is the first n where it beats scratch at all)
 * @param regimeSizes how many consecutive sizes, ending at the largest, beat scratch
 * @param gains gain over scratch at every measured n (empty without a baseline)
 * @param firstEligibleN smallest n a proposed fit window may start at: the first size after the
 *     last one with significant negative transfer (the curve rises there, which no law form
 *     describes)
 * @param sentence plain-language summary
 */
public record RegimeAssessment(
    @Nullable PointSummary baseline,
    @Nullable Long onset,
    boolean onsetSustained,
    int regimeSizes,
    List<TransferGain> gains,
    long firstEligibleN,
    String sentence) {

  /** Consecutive sizes that must beat scratch, ending at the largest, for an established regime. */
  public static final int ESTABLISHED_SIZES = 2;

  public RegimeAssessment {
    gains = List.copyOf(gains);
  }

  /**
   * The regime is established: transfer beats scratch beyond its interval at 2 or more consecutive
   * sizes up to the largest. Without a baseline this cannot be known (false).
   */
  public boolean established() {
    return regimeSizes >= ESTABLISHED_SIZES;
  }

  /** Sizes with negative transfer (significant or possible), ascending. */
  public List<TransferGain> negativeTransfer() {
    return gains.stream().filter(g -> g.negativeTransfer() != NegativeTransfer.NONE).toList();
  }
}
