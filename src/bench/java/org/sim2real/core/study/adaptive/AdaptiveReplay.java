package org.sim2real.core.study.adaptive;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
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
 * nstar=0.42 1.3} or {@code ... error-at=100000 0.01} (relative: {@code 2%}).
 */
public final class AdaptiveReplay {
  private AdaptiveReplay() {}

  public static void main(String[] args) {
    Path folder = Path.of(args[0]);
    AdaptiveSettings settings = settings(args[1], args[2]);
    StudyDesign design = DesignJson.read(folder.resolve(StudyRunner.DESIGN_FILE));
    AdaptiveGrid grid = AdaptiveGrid.of(design);
    LearningCurveTable table = StudyResults.read(folder, null);
    List<CellResult> results = RunLedger.read(folder.resolve(RunLedger.FILE_NAME)).results();
    Map<WaveGroup, Double> seconds = ResultsFolderStudy.seconds(results);
    Set<WaveGroup> held = MeasuredGroups.of(table, grid);
    AdaptiveRunner.Measurer replay = new AdaptiveRunner.Measurer() {
      @Override
      public AdaptiveRunner.Measurements current() {
        return new AdaptiveRunner.Measurements(table, seconds);
      }

      @Override
      public boolean run(List<WaveGroup> groups) {
        throw new IllegalStateException("the grid lacks " + groups);
      }
    };
    WavePlanner planner = new WavePlanner(settings, grid, FitOptions.defaults());
    System.out.printf(Locale.ROOT, "%s, %s on %s (%d groups, m = %d)%n",
        settings.describeQuestion(), settings.describePrecision(), folder, held.size(), grid.m());
    AdaptiveOutcome outcome = new AdaptiveRunner(planner, report -> {
      WaveDecision d = report.decision();
      System.out.printf(Locale.ROOT, "wave %d: %s | spent %.1f%% of the grid's units, %.1f CPU-min%n",
          report.wave(), d.answer() == null ? "-" : d.answer().sentence(),
          100 * report.spentFraction(), report.secondsSpent() / 60);
      d.choices().stream().map(WaveDecision.Choice::reason).distinct()
          .forEach(r -> System.out.println("   + " + r));
      if (d.verdict().ends()) {
        System.out.println("   " + d.sentence());
      }
    }).run(replay);
    QuestionAnswer adaptive = outcome.last().decision().answer();
    QuestionAnswer full = planner.decide(table, new TreeSet<>(held), Double.NaN, Double.NaN)
        .answer();
    double spentSeconds = outcome.measured().stream().mapToDouble(g -> seconds.getOrDefault(g, 0.0))
        .sum();
    double allSeconds = held.stream().mapToDouble(g -> seconds.getOrDefault(g, 0.0)).sum();
    System.out.println("full grid: " + (full == null ? "-" : full.sentence()));
    System.out.printf(Locale.ROOT, "CPU: adaptive %.1f min of the grid's %.1f min = %.1f%%;"
        + " grid units %.1f%%; cells %d of %d%n", spentSeconds / 60, allSeconds / 60,
        100 * spentSeconds / allSeconds, 100 * grid.cost(outcome.measured()) / grid.cost(held),
        grid.cellCount(outcome.measured()), grid.cellCount(held));
    if (adaptive != null && full != null) {
      double a = width(adaptive.interval(), settings);
      double g = width(full.interval(), settings);
      System.out.printf(Locale.ROOT, "adaptive answer inside the grid's interval: %s;"
          + " interval width adaptive / grid: %s%n", full.interval().contains(adaptive.value()),
          Double.isFinite(a) && Double.isFinite(g) ? String.format(Locale.ROOT, "%.2f", a / g)
              : "adaptive " + (Double.isFinite(a) ? "finite" : "open") + ", grid "
                  + (Double.isFinite(g) ? "finite" : "open"));
    }
  }

  private static double width(Interval i, AdaptiveSettings settings) {
    return settings.question() == AdaptiveSettings.Question.NSTAR
        ? Math.log(i.upper() / i.lower()) : i.upper() - i.lower();
  }

  private static AdaptiveSettings settings(String question, String precision) {
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
