/**
 * Adaptive studies (README, "Adaptive studies"): a question with a precision and a budget
 * ({@link org.sim2real.core.study.AdaptiveSettings}), answered by running a study's grid in waves,
 * each wave chosen from what the ledger holds by the expected narrowing of the answer's 90% interval
 * per CPU-second. {@link org.sim2real.core.study.adaptive.WavePlanner} decides (no data, no threads:
 * a table in, a decision out); {@link org.sim2real.core.study.adaptive.AdaptiveRunner} runs the
 * decisions through the ordinary runner and ledger and tells a
 * {@link org.sim2real.core.study.adaptive.WaveListener} about every wave. The ranking of the
 * simulation sources at a budget has its own planner ({@code RankingPlanner}), answer ({@code
 * RankingDraws}) and expected gain ({@code RankingGain}); its groups carry their source ({@link
 * org.sim2real.core.study.adaptive.WaveGroup#source()}).
 */
@NullMarked
package org.sim2real.core.study.adaptive;

import org.jspecify.annotations.NullMarked;
