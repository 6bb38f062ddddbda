package org.sim2real.ui.run;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jspecify.annotations.Nullable;
import org.sim2real.core.report.ChartTheme;
import org.sim2real.core.report.ErrorMeasure;
import org.sim2real.core.report.ScalingChart;
import org.sim2real.core.report.ScalingChartFactory;
import org.sim2real.core.report.ScalingChartOptions;
import org.sim2real.core.scaling.curve.LearningCurveTable;
import org.sim2real.core.scaling.curve.Observation;
import org.sim2real.core.scaling.curve.StudyResults;
import org.sim2real.core.scaling.fit.FitOptions;
import org.sim2real.core.scaling.fit.ScalingAnalysis;
import org.sim2real.core.scaling.fit.ScalingAnalyzer;
import org.sim2real.core.study.CellResult;

/**
 * The scaling chart of the cells finished so far: their test MAE as a learning-curve table, mean
 * and 90% interval per n, and a quick fit (few bootstrap resamples, about 0.1 s for ten sizes)
 * so the chart can be redrawn while a run goes on. The Scaling step fits properly afterwards.
 * Runs off the FX thread; the chart is AWT/JFreeChart only.
 */
public final class LiveCurve {
  /** Bootstrap resamples of the quick fit (the Scaling step uses 1,000). */
  static final int QUICK_RESAMPLES = 100;

  private LiveCurve() {}

  /** A chart to show, or none with the reason. */
  public record Update(@Nullable JFreeChart chart, String note, int cells) {}

  /** The learning-curve table of finished cells (test MAE), or null when there is none. */
  public static @Nullable LearningCurveTable table(List<CellResult> results) {
    List<Observation> observations = new ArrayList<>(results.size());
    for (CellResult r : results) {
      if (Double.isFinite(r.mae()) && r.mae() >= 0) {
        observations.add(new Observation(r.strategy(), r.m(), r.n(), r.repetition(), r.mae()));
      }
    }
    return observations.isEmpty() ? null : LearningCurveTable.of("this run", observations);
  }

  /**
   * What a drawn chart shows, counted against the cells finished now (the progress line's count):
   * a chart is redrawn at most twice a second and a redraw takes a while, so mid-run it may lag a
   * few cells behind, and then says so rather than giving a second, smaller "finished" count.
   */
  public static String drawnNote(int drawn, int finished) {
    String means = drawn >= finished
        ? "Means of the " + finished + " finished cells"
        : "Means of " + drawn + " of the " + finished + " finished cells (the chart catches up"
            + " when it is redrawn)";
    return means + " with 90% intervals over repetitions and a quick fit; the Scaling step fits"
        + " the law properly.";
  }

  private static JFreeChart chart(ScalingAnalysis analysis, ChartTheme theme,
      @Nullable String unit) {
    ScalingChartOptions options = new ScalingChartOptions(java.util.Set.of(), null, null, true,
        true, true, true, false, theme, "MAE", unit, null);
    ScalingChart chart = ScalingChartFactory.create(analysis, options);
    chart.shortenTrustLine("the Scaling step says why");
    return chart.chart();
  }

  /**
   * The chart of a results folder no run is writing to, fitted the way the Scaling step fits it
   * by default: its cells.csv with the per-test-row errors, {@link FitOptions#defaults()} (1,000
   * resamples, the same seed). So the numbers on both steps (the scratch band, the law) are the
   * same numbers, not two estimates that differ in the last digit. Falls back to the quick chart
   * of the ledger's cells when the folder has no readable cells.csv.
   */
  public static Update buildFromFolder(Path cellsCsv, List<CellResult> results,
      ChartTheme theme) {
    ScalingAnalysis analysis = analyzeFolder(cellsCsv);
    String unit = ErrorMeasure.studyUnit(cellsCsv);
    return analysis == null ? build(results, theme, unit)
        : folderUpdate(analysis, results.size(), theme, unit);
  }

  /** The Scaling step's default fit of a folder's cells.csv, or null when there is none. */
  static @Nullable ScalingAnalysis analyzeFolder(Path cellsCsv) {
    if (!Files.isRegularFile(cellsCsv)) {
      return null;
    }
    try {
      LearningCurveTable table = StudyResults.read(cellsCsv, null);
      return table.transferStrategies().isEmpty() ? null
          : ScalingAnalyzer.analyze(table, FitOptions.defaults());
    } catch (RuntimeException e) {
      return null; // the quick chart of the ledger's cells stays
    }
  }

  static Update folderUpdate(ScalingAnalysis analysis, int cells, ChartTheme theme,
      @Nullable String unit) {
    return new Update(chart(analysis, theme, unit), "Means of the " + cells + " finished cells with"
        + " 90% intervals, fitted as the Scaling step fits them.", cells);
  }

  public static Update build(List<CellResult> results, ChartTheme theme) {
    return build(results, theme, null);
  }

  /** The quick chart of these cells, its errors in {@code unit} when the data name one. */
  public static Update build(List<CellResult> results, ChartTheme theme, @Nullable String unit) {
    LearningCurveTable table = table(results);
    int cells = results.size();
    if (table == null) {
      return new Update(null, "The scaling chart fills in as cells finish.", cells);
    }
    if (table.transferStrategies().isEmpty()) {
      return new Update(null, "The scaling chart fills in as cells finish: "
          + cells + (cells == 1 ? " scratch baseline cell" : " scratch baseline cells")
          + " so far, no transfer cell yet.", cells);
    }
    try {
      ScalingAnalysis analysis = ScalingAnalyzer.analyze(table,
          FitOptions.defaults().withBootstrap(QUICK_RESAMPLES, FitOptions.DEFAULT_SEED));
      return new Update(chart(analysis, theme, unit), drawnNote(cells, cells), cells);
    } catch (RuntimeException e) {
      return new Update(null, "The chart could not be drawn from the " + cells + " cells so far ("
          + e.getMessage() + "); it is tried again as more cells finish.", cells);
    }
  }
}
