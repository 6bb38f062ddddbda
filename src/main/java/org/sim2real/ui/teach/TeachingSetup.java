package org.sim2real.ui.teach;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import org.sim2real.core.scaling.curve.Format;
import org.sim2real.core.scaling.curve.LearningCurveTable;
import org.sim2real.core.scaling.curve.Observation;
import org.sim2real.core.scaling.teaching.TeachingCurveGenerator;
import org.sim2real.core.scaling.teaching.TeachingCurveSpec;

/**
 * The teaching model: a simulated scaling study with a known answer. Nothing is trained; every
 * number is the true law plus noise.
 *
 * <ul>
 *   <li>Transfer error at size n in one repetition: E(n) (1 + s z), z standard normal, with the
 *       true law E(n) = D n^-alpha + C at the chosen m (src/site/SCIENCE.md, "Laws").
 *   <li>s, the noise of one repetition, is {@code noise} at the reference m = {@value
 *       #REFERENCE_M} and grows as m shrinks: s(m) = noise sqrt(500 / m), capped at {@value
 *       #MAX_RELATIVE_NOISE}. The teaching assumption: fewer experiments make each fine-tuned
 *       model, and so its test error, vary more between repetitions.
 *   <li>The scratch baseline (trained on the m experiments alone) follows the learning curve
 *       E0(m) = a m^-b + c with fixed a = {@value #BASELINE_A}, b = {@value #BASELINE_B}, c =
 *       {@value #BASELINE_FLOOR}, with the same noise.
 * </ul>
 *
 * @param d true prefactor D
 * @param alpha true exponent alpha
 * @param c true floor C
 * @param m experimental training size
 * @param noise relative noise of one repetition at m = {@value #REFERENCE_M}
 * @param repetitions repetitions of every size (the bootstrap resamples these)
 * @param nMin smallest simulation size
 * @param nMax largest simulation size
 * @param sizeCount number of log-spaced sizes from nMin to nMax
 * @param seed seed of the noise
 */
public record TeachingSetup(double d, double alpha, double c, int m, double noise,
    int repetitions, long nMin, long nMax, int sizeCount, long seed) {

  public static final int REFERENCE_M = 500;
  public static final double MAX_RELATIVE_NOISE = 0.45;
  public static final double BASELINE_A = 3.0;
  public static final double BASELINE_B = 0.35;
  public static final double BASELINE_FLOOR = 0.15;
  /** The fit proposes windows of at least 4 sizes, so the study needs that many. */
  public static final int MIN_SIZES = 4;

  public TeachingSetup {
    if (!(d > 0 && d <= 100)) {
      throw new IllegalArgumentException("D must lie between 0 and 100, got " + Format.value(d));
    }
    if (!(alpha > 0 && alpha <= 3)) {
      throw new IllegalArgumentException(
          "alpha must lie between 0 and 3, got " + Format.value(alpha));
    }
    if (!(c >= 0 && c <= 100)) {
      throw new IllegalArgumentException("C must lie between 0 and 100, got " + Format.value(c));
    }
    if (m < 1) {
      throw new IllegalArgumentException("m must be at least 1 experiment, got " + m);
    }
    if (!(noise >= 0 && noise <= MAX_RELATIVE_NOISE)) {
      throw new IllegalArgumentException("the noise must lie between 0 and "
          + MAX_RELATIVE_NOISE + ", got " + Format.value(noise));
    }
    if (repetitions < 2 || repetitions > 500) {
      throw new IllegalArgumentException(
          "use 2 to 500 repetitions (intervals need at least 2), got " + repetitions);
    }
    if (nMin < 1 || nMax <= nMin) {
      throw new IllegalArgumentException("the largest n (" + Format.size(nMax)
          + ") must be above the smallest n (" + Format.size(nMin) + ")");
    }
    if (sizeCount < MIN_SIZES || sizeCount > 60) {
      throw new IllegalArgumentException(
          "use " + MIN_SIZES + " to 60 sizes, got " + sizeCount);
    }
    int distinct = TeachingCurveGenerator.logSpacedSizes(nMin, nMax, sizeCount).size();
    if (distinct < MIN_SIZES) {
      throw new IllegalArgumentException("n from " + Format.size(nMin) + " to "
          + Format.size(nMax) + " gives only " + distinct + " distinct sizes; the fit needs at"
          + " least " + MIN_SIZES + ": widen the n range");
    }
  }

  /**
   * The starting study: D 1.2, alpha 0.3, C 0.2, m 500, 5% noise, 10 repetitions, 10 sizes from
   * 100 to 100,000. Seed 2 is a typical draw (every truth inside its interval); seed 1 happens to
   * be one of the draws where all three miss, which is better met after the tour's step on
   * intervals than as a class's first sight.
   */
  public static TeachingSetup defaults() {
    return new TeachingSetup(1.2, 0.3, 0.2, REFERENCE_M, 0.05, 10, 100, 100_000, 10, 2);
  }

  /** The noise of one repetition at this m: noise sqrt(500 / m), capped. */
  public double noiseAtM() {
    return Math.min(MAX_RELATIVE_NOISE, noise * Math.sqrt((double) REFERENCE_M / m));
  }

  /** True error of the scratch baseline at this m: E0(m) = a m^-b + c. */
  public double scratchError() {
    return BASELINE_A * Math.pow(m, -BASELINE_B) + BASELINE_FLOOR;
  }

  /** The true, noise-free transfer error at n. */
  public double trueError(double n) {
    return d * Math.pow(n, -alpha) + c;
  }

  /**
   * True n*(T) = ((T - C) / D)^(-1/alpha); empty when T <= C (unreachable by simulation alone).
   */
  public OptionalDouble trueRequiredN(double target) {
    if (!(target > c)) {
      return OptionalDouble.empty();
    }
    return OptionalDouble.of(Math.pow((target - c) / d, -1 / alpha));
  }

  public List<Long> sizes() {
    return TeachingCurveGenerator.logSpacedSizes(nMin, nMax, sizeCount);
  }

  /** The generator's spec: the true law, the noise at m, the sizes and the scratch baseline. */
  public TeachingCurveSpec spec() {
    return new TeachingCurveSpec(d, alpha, c, noiseAtM(), sizes(), repetitions, seed,
        scratchError(), m);
  }

  /** The whole simulated study (instant: a few hundred numbers). */
  public LearningCurveTable generate() {
    return TeachingCurveGenerator.generate(spec());
  }

  /**
   * The study's observations in the order the animation reveals them, like a run finishing its
   * cells: size by size from the smallest n, every repetition of a size in turn; the scratch
   * baseline's repetitions arrive alongside the first size.
   */
  public static List<Observation> revealOrder(LearningCurveTable table) {
    List<Observation> scratch = new ArrayList<>();
    List<Observation> transfer = new ArrayList<>();
    for (Observation o : table.observations()) {
      (o.isBaseline() ? scratch : transfer).add(o);
    }
    transfer.sort((a, b) -> a.n() != b.n() ? Long.compare(a.n(), b.n())
        : Integer.compare(a.repetition(), b.repetition()));
    scratch.sort((a, b) -> Integer.compare(a.repetition(), b.repetition()));
    List<Observation> order = new ArrayList<>(table.observations().size());
    long first = transfer.isEmpty() ? -1 : transfer.get(0).n();
    int nextScratch = 0;
    for (Observation o : transfer) {
      while (o.n() == first && nextScratch < scratch.size()
          && scratch.get(nextScratch).repetition() <= o.repetition()) {
        order.add(scratch.get(nextScratch++));
      }
      order.add(o);
    }
    order.addAll(scratch.subList(nextScratch, scratch.size()));
    return order;
  }

  /** "1.2·n^-0.3 + 0.2", the true law for labels. */
  public String lawText() {
    return TeachFormat.plain(d) + "\u00b7n^-" + TeachFormat.plain(alpha) + " + "
        + TeachFormat.plain(c);
  }

  /** "E0(m) = 3·m^-0.35 + 0.15", the baseline's law for the explanation. */
  public static String baselineLawText() {
    return String.format(Locale.ROOT, "E0(m) = %s\u00b7m^-%s + %s",
        TeachFormat.plain(BASELINE_A), TeachFormat.plain(BASELINE_B),
        TeachFormat.plain(BASELINE_FLOOR));
  }
}
