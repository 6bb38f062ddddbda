package org.sim2real.core.report;

import org.sim2real.core.scaling.fit.TrustAssessment;
import org.sim2real.core.scaling.fit.TrustLevel;

/**
 * One plain-language answer of a forecast, as the Forecast screen shows it on a card and the memo
 * prints it as a headline: a short title, a large value, the band of exactly that value named for
 * what it is, a word when the value lies beyond what was measured, one or two sentences and the
 * trust of exactly this number.
 *
 * @param value the headline number or verdict, e.g. "about 180,000" or "Unreachable"; words
 *     ("Cannot tell yet") when the number's own grade is "do not extrapolate"
 * @param unit what the value counts, e.g. "simulation rows" (empty when the value says it)
 * @param band the line under the headline: the headline number's 90% interval named for what it
 *     is ("90% forecast interval: 120,000 to 310,000"), or, when the headline is words, what to
 *     measure to find out; empty when there is neither
 * @param reach "Extrapolated: ..." when the number lies beyond the measured n or m, empty when it
 *     does not or the card has no number
 * @param sentence the answer in full, with its 90% interval
 */
public record ForecastCard(Kind kind, String title, String value, String unit, String band,
    String reach, String sentence, TrustAssessment trust) {

  /** A card whose headline has no band and reaches beyond nothing (a verdict or a message). */
  public ForecastCard(
      Kind kind, String title, String value, String unit, String sentence, TrustAssessment trust) {
    this(kind, title, value, unit, "", "", sentence, trust);
  }

  /** True when the card's own grade forbids quoting its number as an answer. */
  public boolean doNotExtrapolate() {
    return trust.level() == TrustLevel.DO_NOT_EXTRAPOLATE;
  }

  /** The headline as one line of plain text: "about 180,000 simulation rows (90% ...)". */
  public String headline() {
    StringBuilder s = new StringBuilder(value);
    if (!unit.isEmpty()) {
      s.append(' ').append(unit);
    }
    if (!band.isEmpty()) {
      s.append(" (").append(band).append(')');
    }
    if (!reach.isEmpty()) {
      s.append(". ").append(reach);
    }
    return s.toString();
  }

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
    BUDGET,
    /** Which simulation source to grow? (only for a study of two or more sources) */
    SOURCES
  }
}
