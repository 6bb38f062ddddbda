package org.sim2real.core.study.adaptive;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.sim2real.core.scaling.curve.LearningCurveTable;
import org.sim2real.core.scaling.curve.StudyResults;
import org.sim2real.core.study.Cell;
import org.sim2real.core.study.CellResult;
import org.sim2real.core.study.ForwardingProgressListener;
import org.sim2real.core.study.ProgressListener;
import org.sim2real.core.study.ResultTables;
import org.sim2real.core.study.RunControl;
import org.sim2real.core.study.RunLedger;
import org.sim2real.core.study.ShardSpec;
import org.sim2real.core.study.StrategyIds;
import org.sim2real.core.study.StudyOutcome;
import org.sim2real.core.study.StudyPlan;
import org.sim2real.core.study.StudyRunner;

/**
 * An adaptive study's {@link AdaptiveRunner.Measurer} over a results folder: the ledger is read
 * (and the result tables written from it, so a killed run leaves no stale table behind) before every
 * decision, and each wave runs through the ordinary {@link StudyRunner}, only its groups.
 */
public class ResultsFolderStudy implements AdaptiveRunner.Measurer {
  private final StudyPlan plan;
  private final Path folder;
  private final int threads;
  private final RunControl control;
  private final ProgressListener progress;
  private @Nullable StudyOutcome last;

  public ResultsFolderStudy(StudyPlan plan, Path folder, int threads, RunControl control,
      ProgressListener progress) {
    this.plan = plan;
    this.folder = folder;
    this.threads = threads;
    this.control = control;
    this.progress = new OnceEach(progress);
  }

  /** The listener of every wave's run, each note told once (the plan's warnings come every wave). */
  private static final class OnceEach extends ForwardingProgressListener {
    private final Set<String> told = java.util.concurrent.ConcurrentHashMap.newKeySet();

    OnceEach(ProgressListener target) {
      super(target);
    }

    @Override
    public void message(String text) {
      if (told.add(text)) {
        super.message(text);
      }
    }
  }

  @Override
  public AdaptiveRunner.Measurements current() {
    List<CellResult> results = writeTables();
    if (results.isEmpty()) {
      return new AdaptiveRunner.Measurements(null, Map.of());
    }
    LearningCurveTable table = StudyResults.read(folder, null);
    return new AdaptiveRunner.Measurements(table, seconds(results));
  }

  /**
   * Writes the folder's result tables from its ledger (so a killed run leaves no stale table
   * behind) and returns the ledger's cells; none when it holds no ledger or no cell yet.
   */
  final List<CellResult> writeTables() {
    Path ledger = folder.resolve(RunLedger.FILE_NAME);
    if (!Files.isRegularFile(ledger)) {
      return List.of();
    }
    List<CellResult> results = RunLedger.read(ledger).results();
    if (!results.isEmpty()) {
      ResultTables.write(folder, results);
    }
    return results;
  }

  @Override
  public boolean run(List<WaveGroup> groups) {
    Set<WaveGroup> wanted = new TreeSet<>(groups);
    StudyOutcome outcome = StudyRunner.run(plan, folder, threads, ShardSpec.ALL, control, progress,
        group -> {
          Cell first = group.cells().get(0);
          return wanted.contains(groupOf(first));
        });
    last = outcome;
    return outcome.status() == StudyOutcome.Status.COMPLETED;
  }

  /** The group of a cell: its n, repetition and the named source of its strategy, if any. */
  static WaveGroup groupOf(Cell cell) {
    return new WaveGroup(cell.n(), cell.repetition(),
        cell.n() == 0 ? null : StrategyIds.sourceOf(cell.strategy()));
  }

  /** How the last wave's run ended, or null when no wave ran (all were in the ledger). */
  public @Nullable StudyOutcome lastOutcome() {
    return last;
  }

  /**
   * CPU-seconds per group (of every source): its pretraining once, and every cell's own training.
   */
  static Map<WaveGroup, Double> seconds(List<CellResult> results) {
    Map<WaveGroup, Double> pretrain = new HashMap<>();
    Map<WaveGroup, Double> out = new HashMap<>();
    for (CellResult r : results) {
      WaveGroup g = new WaveGroup(r.n(), r.repetition(),
          r.n() == 0 ? null : StrategyIds.sourceOf(r.strategy()));
      pretrain.merge(g, r.pretrainSeconds(), Math::max);
      out.merge(g, r.finetuneSeconds(), Double::sum);
    }
    pretrain.forEach((g, s) -> out.merge(g, s, Double::sum));
    return out;
  }
}
