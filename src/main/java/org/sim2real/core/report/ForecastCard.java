package org.sim2real.core.report;

import org.sim2real.core.scaling.fit.TrustAssessment;

/**
 * One plain-language answer of a forecast, as the Forecast screen shows it on a card and the memo
 * prints it as a headline: a short title, a large value, one or two sentences and the trust of
 * exactly this number.
 *
 * @param value the headline number or verdict, e.g. "about 180,000" or "Unreachable"
 * @param unit what the value counts, e.g. "simulation rows" (empty when the value says it)
 * @param sentence the answer in full, with its 90% interval
 */
public record ForecastCard(
    Kind kind, String title, String value, String unit, String sentence, TrustAssessment trust) {

  /** The questions a lab manager asks, in the order the screen and the memo answer them. */
  public enum Kind {
    /** How much simulation reaches the target error? */
    DATA_NEED,
    /** What is the current simulation data worth in experiments? */
    EXPERIMENT_WORTH,
    /** What does 10x more simulation buy? */
    TEN_TIMES_MORE,
    /** How far can the law be trusted? (the back-test) */
    TRUST,
    /** Spend a budget on simulation or on experiments? */
    BUDGET
  }
}
