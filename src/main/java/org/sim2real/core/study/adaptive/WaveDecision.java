package org.sim2real.core.study.adaptive;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What the planner decided after a wave: the answer so far, the groups to run next with the reason
 * for each, or the verdict that ends the study and why.
 *
 * @param answer the question's answer from what is measured, or null before the first wave
 * @param choices the groups to run next (empty when the study ends)
 * @param verdict whether to go on, and if not why
 * @param sentence the verdict in words ("Precision reached: ...", "No forecast can be given: ...")
 * @param spentCost relative cost of what is measured (the grid's units)
 * @param fullCost relative cost of the full grid
 * @param spentCells cells measured
 * @param projectedCost relative cost still needed for the requested precision, if the interval
 *     keeps narrowing as 1/sqrt(compute); NaN when unknown (open interval, no law yet)
 */
public record WaveDecision(@Nullable QuestionAnswer answer, List<Choice> choices, Verdict verdict,
    String sentence, double spentCost, double fullCost, int spentCells, double projectedCost) {

  public WaveDecision {
    choices = List.copyOf(choices);
  }

  /** Why the study goes on or ends. */
  public enum Verdict {
    CONTINUE, PRECISION_REACHED, BUDGET_SPENT, NO_REGIME, CANNOT_IMPROVE, OUT_OF_REACH;

    public boolean ends() {
      return this != CONTINUE;
    }
  }

  /**
   * One group to run.
   *
   * @param cost relative cost (the grid's units)
   * @param expectedNarrowing expected fall of the interval's width, as a share (NaN when not scored)
   */
  public record Choice(WaveGroup group, String reason, double cost, double expectedNarrowing) {}

  public List<WaveGroup> groups() {
    return choices.stream().map(Choice::group).toList();
  }
}
