package org.sim2real.core.scaling.fit;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.sim2real.core.scaling.curve.PointSummary;

/**
 * Where transfer starts to pay off (src/site/SCIENCE.md, "Fit window").
 *
 * @param baseline the scratch baseline (n = 0) of this m, or null when the table has none
 * @param onset regime onset: smallest n from which on transfer beats scratch beyond its interval
 *     (the transfer point's upper 90% bound below the scratch mean's lower 90% bound) at every
 *     larger measured n; null when there is no baseline or transfer never beats it
 * @param onsetSustained false when transfer beats scratch at {@code onset} but not at every larger
 *     n (then onset is the first n where it beats scratch at all)
 * @param gains gain over scratch at every measured n (empty without a baseline)
 * @param firstEligibleN smallest n a proposed fit window may start at: above the largest n below
 *     the onset where the transfer mean is not below the scratch mean
 * @param sentence plain-language summary
 */
public record RegimeAssessment(
    @Nullable PointSummary baseline,
    @Nullable Long onset,
    boolean onsetSustained,
    List<TransferGain> gains,
    long firstEligibleN,
    String sentence) {

  public RegimeAssessment {
    gains = List.copyOf(gains);
  }

  /** Sizes with negative transfer (significant or possible), ascending. */
  public List<TransferGain> negativeTransfer() {
    return gains.stream().filter(g -> g.negativeTransfer() != NegativeTransfer.NONE).toList();
  }
}
