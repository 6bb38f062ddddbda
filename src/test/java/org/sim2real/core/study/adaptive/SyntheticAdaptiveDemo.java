package org.sim2real.core.study.adaptive;

import java.util.SplittableRandom;
import java.util.TreeSet;
import org.sim2real.core.scaling.fit.FitOptions;
import org.sim2real.core.scaling.synthetic.TrueCurve;
import org.sim2real.core.study.AdaptiveSettings;

/** Prints the waves of one synthetic adaptive study (a look at the planner while developing). */
public final class SyntheticAdaptiveDemo {
  private SyntheticAdaptiveDemo() {}

  public static void main(String[] args) {
    long seed = args.length > 0 ? Long.parseLong(args[0]) : 5000;
    TrueCurve truth = TrueCurve.brokenPowerLaw(new SplittableRandom(seed * 7919));
    double target = truth.value(3 * 100_000);
    AdaptiveSettings settings = AdaptiveSettings.requiredN(target, 1.5);
    System.out.println(truth + " target " + target + " true n* " + truth.requiredN(target));
    FitOptions options = FitOptions.defaults().withBootstrap(200, seed);
    var full = SyntheticAdaptiveStudy.fullGrid(truth, 921, seed);
    var outcome = SyntheticAdaptiveStudy.run(full, settings, options);
    for (WaveReport r : outcome.waves()) {
      WaveDecision d = r.decision();
      System.out.println("wave " + r.wave() + ": " + (d.answer() == null ? "-" : d.answer().sentence())
          + " | " + d.verdict() + String.format(" %.3f", r.spentFraction()));
      d.choices().forEach(c -> System.out.println("   " + c.group().describe() + " -- " + c.reason()));
      if (d.verdict().ends()) {
        System.out.println("   " + d.sentence());
      }
    }
    System.out.println("cost fraction " + SyntheticAdaptiveStudy.costFraction(outcome));
    var grid = SyntheticAdaptiveStudy.grid();
    var all = new TreeSet<>(grid.all());
    var fullDecision = new WavePlanner(settings, grid, options).decide(full, all, Double.NaN,
        Double.NaN);
    System.out.println("full grid: " + fullDecision.answer().sentence());
  }
}
