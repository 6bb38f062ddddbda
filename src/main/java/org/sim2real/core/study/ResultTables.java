package org.sim2real.core.study;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.sim2real.core.io.AtomicFiles;
import org.sim2real.core.io.SafeCsvWriter;
import org.sim2real.core.scaling.curve.LearningCurve;
import org.sim2real.core.scaling.curve.LearningCurveTable;
import org.sim2real.core.scaling.curve.Observation;
import org.sim2real.core.scaling.curve.PointSummary;
import org.sim2real.core.scaling.curve.StudyCells;
import org.sim2real.core.scaling.curve.StudyDraws;

/**
 * The tables a study writes next to its ledger: {@code cells.csv}, one row per finished cell (the
 * learning-curve table that {@code fit} and {@code forecast} read; its last two columns say
 * whether the cell's pretraining loss had flattened, empty when unknown or not applicable, and
 * {@code core.scaling.curve.StudyCells} reads them), and {@code summary.csv}, per strategy, n and
 * m the mean error with its 90% bootstrap interval over repetitions and the scratch baseline at
 * that m.
 */
public final class ResultTables {
  public static final String CELLS = "cells.csv";
  public static final String SUMMARY = "summary.csv";
  /** Bootstrap resamples and seed of the summary intervals (fixed so tables are reproducible). */
  static final int RESAMPLES = 1000;
  static final long SUMMARY_SEED = 20250101L;

  private ResultTables() {}

  public static void write(Path directory, List<CellResult> results) {
    List<CellResult> sorted = new ArrayList<>(results);
    sorted.sort(Comparator.comparing(CellResult::strategy).thenComparingInt(CellResult::m)
        .thenComparingInt(CellResult::n).thenComparingInt(CellResult::repetition));
    AtomicFiles.write(directory.resolve(CELLS), cellsCsv(sorted).getBytes(StandardCharsets.UTF_8));
    AtomicFiles.write(directory.resolve(SUMMARY), summaryCsv(sorted).getBytes(StandardCharsets.UTF_8));
  }

  static String cellsCsv(List<CellResult> results) {
    StringWriter text = new StringWriter();
    SafeCsvWriter csv = new SafeCsvWriter(text);
    try {
      csv.writeRow(List.of("cell_id", "strategy", "n", "m", "repetition", "seed", "mae", "rmse",
          "r2", "train_seconds", "finetune_seconds", StudyCells.PRETRAIN_CONVERGED,
          StudyCells.PRETRAIN_LOSS_IMPROVEMENT));
      for (CellResult r : results) {
        csv.writeRow(List.of(r.cellId(), r.strategy(), r.n(), r.m(), r.repetition(), r.seed(),
            number(r.mae()), number(r.rmse()), number(r.r2()), seconds(r.pretrainSeconds()),
            seconds(r.finetuneSeconds()),
            r.pretrainConverged() == null ? "" : r.pretrainConverged().toString(),
            r.pretrainLossImprovement() == null ? "" : number(r.pretrainLossImprovement())));
      }
    } catch (IOException e) {
      throw new IllegalStateException(e); // a StringWriter does not fail
    }
    return text.toString();
  }

  static String summaryCsv(List<CellResult> results) {
    List<Observation> observations = new ArrayList<>();
    for (CellResult r : results) {
      observations.add(new Observation(r.strategy(), r.m(), r.n(), r.repetition(), r.mae()));
    }
    StringWriter text = new StringWriter();
    SafeCsvWriter csv = new SafeCsvWriter(text);
    try {
      csv.writeRow(List.of("strategy", "n", "m", "repetitions", "mae_mean", "mae_ci90_low",
          "mae_ci90_high", "mae_std", "scratch_mae_mean", "gain_over_scratch"));
      if (observations.isEmpty()) {
        return text.toString();
      }
      LearningCurveTable table = LearningCurveTable.of(CELLS, observations);
      StudyDraws resampler =
          new StudyDraws(table, RESAMPLES, SUMMARY_SEED);
      for (String strategy : table.transferStrategies()) {
        for (int m : table.mValues(strategy)) {
          Optional<LearningCurve> curve = table.curve(strategy, m);
          if (curve.isPresent()) {
            writeCurve(csv, curve.get(), table.baseline(m), resampler);
          }
        }
      }
      java.util.SortedSet<Integer> baselineMs = new java.util.TreeSet<>();
      for (Observation o : observations) {
        if (o.isBaseline()) {
          baselineMs.add(o.m());
        }
      }
      for (int m : baselineMs) {
        Optional<LearningCurve> base = table.baseline(m);
        if (base.isPresent()) {
          writeCurve(csv, base.get(), Optional.empty(), resampler);
        }
      }
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    return text.toString();
  }

  private static void writeCurve(SafeCsvWriter csv, LearningCurve curve,
      Optional<LearningCurve> baseline, StudyDraws resampler) throws IOException {
    double scratch = baseline.map(b -> b.mean(0)).orElse(Double.NaN);
    for (PointSummary p : PointSummary.of(curve, resampler)) {
      csv.writeRow(List.of(curve.strategy(), p.n(), curve.m(), p.repetitions(), number(p.mean()),
          number(p.interval().lower()), number(p.interval().upper()),
          number(p.standardDeviation()), number(scratch),
          number(Double.isNaN(scratch) ? Double.NaN : scratch - p.mean())));
    }
  }

  private static String number(double value) {
    return Double.isNaN(value) ? "" : String.format(Locale.ROOT, "%.6g", value);
  }

  private static String seconds(double value) {
    return String.format(Locale.ROOT, "%.3f", value);
  }
}
