package org.sim2real.core.study.adaptive;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.sim2real.core.scaling.curve.Interval;
import org.sim2real.core.scaling.curve.LearningCurveTable;
import org.sim2real.core.scaling.fit.FitOptions;
import org.sim2real.core.scaling.synthetic.TrueCurve;
import org.sim2real.core.study.AdaptiveSettings;

/**
 * Benchmark (not a test): adaptive studies on seeded synthetic studies with realistic noise (the
 * forecast-validity generator, {@code SyntheticStudy}: broken power laws, break 10^3 to 10^4), each
 * against the full 10 x 5 grid of the same study. For every study: does the adaptive answer's 90%
 * interval hold the truth, what share of the grid's compute did it take, and how wide is its
 * interval against the grid's. Two questions: n* for the error the truth reaches at 3x the largest
 * size (precision a factor 1.5), and the error at 100,000 (precision ±2%).
 *
 * <p>{@code AdaptiveCoverageRun [STUDIES] [THREADS] [DRAWS] [BASE_SEED]}; run with the test
 * classpath (README, "Adaptive studies").
 */
public final class AdaptiveCoverageRun {
  record Outcome(String verdict, boolean answered, boolean covers, double fraction,
      boolean gridCovers, double widthRatio) {}

  private AdaptiveCoverageRun() {}

  static Outcome study(long seed, boolean requiredN, int draws) {
    TrueCurve truth = TrueCurve.brokenPowerLaw(new SplittableRandom(seed * 7919));
    LearningCurveTable full = SyntheticAdaptiveStudy.fullGrid(truth, 921, seed);
    double target = truth.value(3 * 100_000);
    AdaptiveSettings settings = requiredN ? AdaptiveSettings.requiredN(target, 1.5)
        : AdaptiveSettings.errorAt(100_000, 0.02, true);
    double truthValue = requiredN ? truth.requiredN(target) : truth.value(100_000);
    FitOptions options = FitOptions.defaults().withBootstrap(draws, seed);
    AdaptiveOutcome outcome = SyntheticAdaptiveStudy.run(full, settings, options);
    WaveDecision last = outcome.last().decision();
    QuestionAnswer answer = last.answer();
    AdaptiveGrid grid = SyntheticAdaptiveStudy.grid();
    QuestionAnswer gridAnswer = new WavePlanner(settings, grid, options)
        .decide(full, new TreeSet<>(grid.all()), Double.NaN, Double.NaN).answer();
    boolean answered = answer != null && hasInterval(answer.interval());
    return new Outcome(last.verdict().name(), answered,
        answered && answer.interval().contains(truthValue),
        SyntheticAdaptiveStudy.costFraction(outcome),
        gridAnswer != null && hasInterval(gridAnswer.interval())
            && gridAnswer.interval().contains(truthValue),
        answered && gridAnswer != null && Double.isFinite(width(answer.interval(), requiredN))
            && Double.isFinite(width(gridAnswer.interval(), requiredN))
            ? width(answer.interval(), requiredN) / width(gridAnswer.interval(), requiredN)
            : Double.NaN);
  }

  private static boolean hasInterval(Interval i) {
    return !Double.isNaN(i.lower()) && !Double.isNaN(i.upper());
  }

  private static double width(Interval i, boolean log) {
    return log ? Math.log(i.upper() / i.lower()) : i.upper() - i.lower();
  }

  public static void main(String[] args) throws Exception {
    int count = args.length > 0 ? Integer.parseInt(args[0]) : 100;
    int threads = args.length > 1 ? Integer.parseInt(args[1]) : 1;
    int draws = args.length > 2 ? Integer.parseInt(args[2]) : 200;
    long base = args.length > 3 ? Long.parseLong(args[3]) : 5000;
    for (boolean requiredN : new boolean[] {true, false}) {
      long start = System.nanoTime();
      ExecutorService pool = Executors.newFixedThreadPool(threads);
      List<Future<Outcome>> futures = new ArrayList<>();
      for (int k = 0; k < count; k++) {
        long seed = base + k;
        futures.add(pool.submit(() -> study(seed, requiredN, draws)));
      }
      List<Outcome> outcomes = new ArrayList<>();
      for (Future<Outcome> f : futures) {
        outcomes.add(f.get());
      }
      pool.shutdown();
      summarize(requiredN ? "n* for the error reached at 3x the largest size, factor 1.5"
          : "error at 100,000, +-2%", outcomes, (System.nanoTime() - start) / 1e9);
    }
  }

  private static void summarize(String question, List<Outcome> outcomes, double seconds) {
    int n = outcomes.size();
    long answered = outcomes.stream().filter(Outcome::answered).count();
    long covers = outcomes.stream().filter(Outcome::covers).count();
    long gridCovers = outcomes.stream().filter(Outcome::gridCovers).count();
    double[] fractions = outcomes.stream().mapToDouble(Outcome::fraction).sorted().toArray();
    double[] widths = outcomes.stream().mapToDouble(Outcome::widthRatio)
        .filter(Double::isFinite).sorted().toArray();
    StringBuilder verdicts = new StringBuilder();
    outcomes.stream().map(Outcome::verdict).distinct().sorted().forEach(v -> verdicts.append(v)
        .append(' ').append(outcomes.stream().filter(o -> o.verdict().equals(v)).count())
        .append("; "));
    System.out.printf(Locale.ROOT, "%s: %d studies (%.0f s)%n", question, n, seconds);
    System.out.printf(Locale.ROOT, "  adaptive 90%% interval holds the truth: %d of %d (%.1f%%);"
        + " %d studies ended with an interval%n", covers, n, 100.0 * covers / n, answered);
    System.out.printf(Locale.ROOT, "  full 10x5 grid's interval holds the truth: %d of %d (%.1f%%)%n",
        gridCovers, n, 100.0 * gridCovers / n);
    System.out.printf(Locale.ROOT, "  compute vs the full grid: median %.1f%%, 90th percentile"
        + " %.1f%%, max %.1f%%%n", 100 * quantile(fractions, 0.5), 100 * quantile(fractions, 0.9),
        100 * fractions[fractions.length - 1]);
    if (widths.length > 0) {
      System.out.printf(Locale.ROOT, "  interval width / the grid's (finite pairs, %d): median"
          + " %.2f%n", widths.length, quantile(widths, 0.5));
    }
    System.out.println("  verdicts: " + verdicts);
  }

  private static double quantile(double[] sorted, double q) {
    if (sorted.length == 0) {
      return Double.NaN;
    }
    return sorted[(int) Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  }
}
