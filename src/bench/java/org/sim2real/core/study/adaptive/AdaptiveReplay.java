package org.sim2real.core.study.adaptive;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.sim2real.core.scaling.curve.Interval;
import org.sim2real.core.scaling.curve.LearningCurveTable;
import org.sim2real.core.scaling.curve.StudyResults;
import org.sim2real.core.scaling.fit.FitOptions;
import org.sim2real.core.study.AdaptiveSettings;
import org.sim2real.core.study.CellResult;
import org.sim2real.core.study.DesignJson;
import org.sim2real.core.study.RunLedger;
import org.sim2real.core.study.StudyDesign;
import org.sim2real.core.study.StudyRunner;

/**
 * Benchmark: an adaptive study replayed on a finished full grid. Every cell an adaptive study of the
 * same design would run is in the grid's ledger (same ids, seeds and numbers), with the CPU time it
 * took, so the waves, the answer and the CPU the adaptive study would have spent are read off the
 * grid without training anything; the full grid's answer comes from all of its cells.
 *
 * <p>{@code AdaptiveReplay RESULTS_FOLDER QUESTION PRECISION}, e.g. {@code sample-data/bandgap/results
 * nstar=0.42 1.3} or {@code ... error-at=100000 0.01} (relative: {@code 2%}), and optionally the
 * number of fit seeds (default 1): with more, each seed replays the study with its own bootstrap
 * draws and a summary gives the medians, so that the Monte Carlo spread of the intervals shows.
 */
public final class AdaptiveReplay {
  private AdaptiveReplay() {}

  public static void main(String[] args) {
    Path folder = Path.of(args[0]);
    AdaptiveSettings settings = settings(args[1], args[2]);
    String minutes = System.getProperty("budget.minutes");
    if (minutes != null) {
      settings = settings.withBudget(null, Double.parseDouble(minutes));
    }
    int seeds = args.length > 3 ? Integer.parseInt(args[3]) : 1;
    FinishedGrid finished = FinishedGrid.read(folder, AdaptiveGrid::of);
    List<Replay> replays = new ArrayList<>();
    for (int i = 0; i < seeds; i++) {
      FitOptions options = FitOptions.defaults()
          .withBootstrap(FitOptions.DEFAULT_BOOTSTRAP, FitOptions.DEFAULT_SEED + i);
      replays.add(replay(finished, settings, options, i == 0));
    }
    if (seeds > 1) {
      summarize(replays, settings);
    }
  }

  /** One replay's figures: the adaptive and the full grid's answers and what the adaptive spent. */
  record Replay(long seed, @Nullable QuestionAnswer adaptive,
      @Nullable QuestionAnswer full, WaveDecision.Verdict verdict,
      double cpuShare, double unitShare, int cells) {}

  /**
   * A finished grid read once: its grid of candidates, its table, the CPU-seconds of every group
   * and the groups it holds.
   */
  record FinishedGrid(Path folder, AdaptiveGrid grid, LearningCurveTable table,
      Map<WaveGroup, Double> seconds, Set<WaveGroup> held) {
    static FinishedGrid read(Path folder, Function<StudyDesign, AdaptiveGrid> gridOf) {
      AdaptiveGrid grid = gridOf.apply(DesignJson.read(folder.resolve(StudyRunner.DESIGN_FILE)));
      LearningCurveTable table = StudyResults.read(folder, null);
      List<CellResult> results = RunLedger.read(folder.resolve(RunLedger.FILE_NAME)).results();
      return new FinishedGrid(folder, grid, table, ResultsFolderStudy.seconds(results),
          MeasuredGroups.of(table, grid));
    }

    /** The grid as the measurer: every cell a wave asks for is there already. */
    AdaptiveRunner.Measurer measurer() {
      return new AdaptiveRunner.Measurer() {
        @Override
        public AdaptiveRunner.Measurements current() {
          return new AdaptiveRunner.Measurements(table, seconds);
        }

        @Override
        public boolean run(List<WaveGroup> groups) {
          throw new IllegalStateException("the grid lacks " + groups);
        }
      };
    }
  }

  static Replay replay(FinishedGrid finished, AdaptiveSettings settings, FitOptions options,
      boolean verbose) {
    Path folder = finished.folder();
    AdaptiveGrid grid = finished.grid();
    LearningCurveTable table = finished.table();
    Map<WaveGroup, Double> seconds = finished.seconds();
    Set<WaveGroup> held = finished.held();
    AdaptiveRunner.Measurer replay = finished.measurer();
    WavePlanner planner = new WavePlanner(settings, grid, options);
    if (verbose) {
      System.out.printf(Locale.ROOT, "%s, %s on %s (%d groups, m = %d), fit seed %d%n",
          settings.describeQuestion(), settings.describePrecision(), folder, held.size(), grid.m(),
          options.seed());
    }
    AdaptiveOutcome outcome = new AdaptiveRunner(planner, report -> {
      if (verbose) {
        print(report);
      }
    }).run(replay);
    QuestionAnswer adaptive = outcome.last().decision().answer();
    QuestionAnswer full = planner.decide(table, new TreeSet<>(held), Double.NaN, Double.NaN)
        .answer();
    double spentSeconds = outcome.measured().stream().mapToDouble(g -> seconds.getOrDefault(g, 0.0))
        .sum();
    double allSeconds = held.stream().mapToDouble(g -> seconds.getOrDefault(g, 0.0)).sum();
    Replay r = new Replay(options.seed(), adaptive, full, outcome.last().decision().verdict(),
        spentSeconds / allSeconds, grid.cost(outcome.measured()) / grid.cost(held),
        grid.cellCount(outcome.measured()));
    System.out.printf(Locale.ROOT, "seed %d: adaptive %s | full grid %s | %s | CPU %.1f%%"
        + " (grid units %.1f%%), %d of %d cells%s%n", options.seed(),
        adaptive == null ? "-" : adaptive.sentence(), full == null ? "-" : full.sentence(),
        r.verdict(), 100 * r.cpuShare(), 100 * r.unitShare(), r.cells(), grid.cellCount(held),
        adaptive != null && full != null ? String.format(Locale.ROOT,
            " | inside the grid's interval: %s; width adaptive / grid: %s",
            full.interval().contains(adaptive.value()), ratio(adaptive, full, settings)) : "");
    return r;
  }

  /** One wave as the replays print it: the answer, the compute spent, the reasons, the verdict. */
  static void print(WaveReport report) {
    WaveDecision d = report.decision();
    System.out.printf(Locale.ROOT,
        "wave %d: %s | spent %.1f%% of the grid's units, %.1f CPU-min%n", report.wave(), d.answer() == null ? "-" : d.answer().sentence(),
        100 * report.spentFraction(), report.secondsSpent() / 60);
    d.choices().stream().map(WaveDecision.Choice::reason).distinct()
        .forEach(r -> System.out.println("   + " + r));
    if (d.verdict().ends()) {
      System.out.println("   " + d.sentence());
    }
  }

  private static String ratio(QuestionAnswer adaptive, QuestionAnswer full,
      AdaptiveSettings settings) {
    double a = width(adaptive.interval(), settings);
    double g = width(full.interval(), settings);
    return Double.isFinite(a) && Double.isFinite(g) ? String.format(Locale.ROOT, "%.3f", a / g)
        : "adaptive " + (Double.isFinite(a) ? "finite" : "open") + ", grid "
            + (Double.isFinite(g) ? "finite" : "open");
  }

  /** Medians and counts over the seeds: the Monte Carlo spread of the bootstrap included. */
  private static void summarize(List<Replay> replays, AdaptiveSettings settings) {
    List<Replay> answered = replays.stream()
        .filter(r -> r.adaptive() != null && r.full() != null).toList();
    double[] ratios = answered.stream()
        .filter(r -> Double.isFinite(width(r.adaptive().interval(), settings))
            && Double.isFinite(width(r.full().interval(), settings)))
        .mapToDouble(r -> width(r.adaptive().interval(), settings)
            / width(r.full().interval(), settings))
        .toArray();
    long finiteWhereGridOpen = answered.stream()
        .filter(r -> Double.isFinite(width(r.adaptive().interval(), settings))
            && !Double.isFinite(width(r.full().interval(), settings))).count();
    long openWhereGridFinite = answered.stream()
        .filter(r -> !Double.isFinite(width(r.adaptive().interval(), settings))
            && Double.isFinite(width(r.full().interval(), settings))).count();
    if (finiteWhereGridOpen + openWhereGridFinite > 0) {
      System.out.printf(Locale.ROOT, "adaptive interval finite where the grid's is open: %d"
          + " seeds; open where the grid's is finite: %d seeds%n", finiteWhereGridOpen,
          openWhereGridFinite);
    }
    double[] cpu = replays.stream().mapToDouble(Replay::cpuShare).sorted().toArray();
    double[] gridWidths = replays.stream().filter(r -> r.full() != null)
        .mapToDouble(r -> width(r.full().interval(), settings)).filter(Double::isFinite)
        .toArray();
    long inside = replays.stream().filter(r -> r.adaptive() != null && r.full() != null
        && r.full().interval().contains(r.adaptive().value())).count();
    long notWider = Arrays.stream(ratios).filter(x -> x <= 1).count();
    Arrays.sort(ratios);
    System.out.printf(Locale.ROOT, "%d fit seeds: where both are finite (%d), width adaptive / grid"
        + " median %.3f (%.3f to %.3f), no wider in %d; the grid's own width varies by %.1f%% (sd/mean) between"
        + " seeds; adaptive answer inside the grid's interval in %d; CPU median %.1f%% (%.1f%% to"
        + " %.1f%%)%n", replays.size(), ratios.length, median(ratios),
        ratios.length == 0 ? Double.NaN : ratios[0],
        ratios.length == 0 ? Double.NaN : ratios[ratios.length - 1], notWider,
        100 * sd(gridWidths) / Arrays.stream(gridWidths).average().orElse(Double.NaN),
        inside, 100 * median(cpu), 100 * cpu[0], 100 * cpu[cpu.length - 1]);
  }

  private static double median(double[] sorted) {
    if (sorted.length == 0) {
      return Double.NaN;
    }
    int h = sorted.length / 2;
    return sorted.length % 2 == 1 ? sorted[h] : (sorted[h - 1] + sorted[h]) / 2;
  }

  private static double sd(double[] values) {
    double mean = Arrays.stream(values).average().orElse(Double.NaN);
    return Math.sqrt(Arrays.stream(values).map(v -> (v - mean) * (v - mean)).sum()
        / Math.max(1, values.length - 1));
  }

  private static double width(Interval i, AdaptiveSettings settings) {
    return settings.question() == AdaptiveSettings.Question.NSTAR
        ? Math.log(i.upper() / i.lower()) : i.upper() - i.lower();
  }

  static AdaptiveSettings settings(String question, String precision) {
    String[] parts = question.split("=", 2);
    boolean relative = precision.endsWith("%");
    double p = Double.parseDouble(precision.replace("%", "")) / (relative ? 100 : 1);
    return switch (parts[0]) {
      case "nstar" -> AdaptiveSettings.requiredN(Double.parseDouble(parts[1]), p);
      case "error-at" -> AdaptiveSettings.errorAt(Double.parseDouble(parts[1]), p, relative);
      case "floor" -> AdaptiveSettings.floor(p);
      default -> throw new IllegalArgumentException("nstar=E, error-at=N or floor");
    };
  }
}
