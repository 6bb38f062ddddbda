package org.sim2real.ui.run;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.sim2real.core.study.CellResult;
import org.sim2real.core.study.Progress;
import org.sim2real.core.study.ProgressListener;
import org.sim2real.core.study.adaptive.WaveLines;
import org.sim2real.core.study.adaptive.WaveListener;
import org.sim2real.core.study.adaptive.WaveReport;
import org.sim2real.core.study.StudyOutcome;
import org.sim2real.ui.common.CoalescingUpdater;
import org.sim2real.ui.common.Texts;

/**
 * The bridge from a running study to the screen. The engine calls it from its worker threads many
 * times a second; it only records (thread-safe and quick) and posts one "something changed" to a
 * {@link CoalescingUpdater}, so the FX thread takes at most one {@link Snapshot} per frame however
 * fast the run reports. Finished cells also go straight to the live chart.
 */
final class RunRelay implements ProgressListener, WaveListener {
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss",
      Locale.ROOT);

  /** One busy worker: its work group and how far its current phase is. */
  record WorkerLine(String label, String phase, double fraction) {
    /** "n=10,000 r=2 — pretrain 40%". */
    String text() {
      return label + " \u2014 " + phase + (fraction >= 0
          ? " " + Math.round(100 * Math.min(1, fraction)) + "%" : "");
    }
  }

  /** What changed since the last snapshot. */
  record Snapshot(@Nullable Progress progress, List<String> newLines, List<WorkerLine> workers,
      int newCells, List<WaveReport> newWaves) {}

  private final CoalescingUpdater<Boolean> updater;
  private final LiveChart chart;
  private final ConcurrentLinkedQueue<String> lines = new ConcurrentLinkedQueue<>();
  private final Map<String, WorkerLine> workers = new LinkedHashMap<>();
  private volatile @Nullable Progress progress;
  private final ConcurrentLinkedQueue<WaveReport> waves = new ConcurrentLinkedQueue<>();
  private int cellsSinceSnapshot;

  /**
   * @param frameExecutor applies on the FX thread at the next frame
   * @param apply receives the snapshots on the FX thread
   */
  RunRelay(Executor frameExecutor, Consumer<Snapshot> apply, LiveChart chart) {
    this.chart = chart;
    this.updater = new CoalescingUpdater<>(frameExecutor, tick -> apply.accept(snapshot()));
  }

  @Override
  public void studyStarted(Progress p) {
    progress = p;
    log("Started: " + Texts.plural(p.cellsTotal(), "cell", "cells")
        + (p.cellsResumed() > 0 ? ", " + Texts.count(p.cellsResumed())
            + " already in the ledger (resumed)" : "") + ".");
  }

  @Override
  public void workStarted(String label, Progress p) {
    progress = p;
    synchronized (workers) {
      workers.put(label, new WorkerLine(label, "starting", -1));
    }
    updater.post(true);
  }

  @Override
  public void workProgress(String label, String phase, double fraction) {
    synchronized (workers) {
      workers.put(label, new WorkerLine(label, phase, fraction));
    }
    updater.post(true);
  }

  @Override
  public void cellFinished(CellResult r, Progress p) {
    progress = p;
    synchronized (workers) {
      cellsSinceSnapshot++;
    }
    chart.add(r);
    log(describe(r));
  }

  @Override
  public void message(String text) {
    log(text);
  }

  @Override
  public void studyFinished(StudyOutcome outcome) {
    progress = outcome.progress();
    synchronized (workers) {
      workers.clear();
    }
    updater.post(true);
  }

  /**
   * An adaptive study's wave: its lines go to the log, the wave to the live answer (every one, also
   * when a resumed run replays several within one frame).
   */
  @Override
  public void wave(WaveReport report) {
    waves.add(report);
    WaveLines.of(report).forEach(this::log);
  }

  /** Adds a line to the event log (any thread). */
  void log(String text) {
    lines.add(LocalTime.now().format(TIME) + "  " + text);
    updater.post(true);
  }

  /** "finetune n=1,000 m=32 r=2: MAE 0.512 (pretraining 3.1 s, adapting 1.2 s)". */
  static String describe(CellResult r) {
    StringBuilder s = new StringBuilder(r.strategy());
    if (r.n() > 0) {
      s.append(" n=").append(Texts.count(r.n()));
    }
    s.append(" m=").append(Texts.count(r.m())).append(" r=").append(r.repetition())
        .append(String.format(Locale.ROOT, ": MAE %.4g", r.mae()));
    s.append(" (");
    if (r.pretrainSeconds() > 0) {
      s.append(String.format(Locale.ROOT, "pretraining %.1f s, ", r.pretrainSeconds()));
    }
    s.append(String.format(Locale.ROOT, "training %.1f s)", r.finetuneSeconds()));
    return s.toString();
  }

  /** What changed since the last snapshot, taken now (on the FX thread, when the run ended). */
  Snapshot snapshot() {
    List<String> drained = new ArrayList<>();
    String line;
    while ((line = lines.poll()) != null) {
      drained.add(line);
    }
    Progress p = progress;
    List<WorkerLine> busy = new ArrayList<>();
    int cells;
    synchronized (workers) {
      if (p != null) {
        workers.keySet().retainAll(p.running()); // groups that ended drop out
      }
      busy.addAll(workers.values());
      cells = cellsSinceSnapshot;
      cellsSinceSnapshot = 0;
    }
    List<WaveReport> newWaves = new ArrayList<>();
    WaveReport w;
    while ((w = waves.poll()) != null) {
      newWaves.add(w);
    }
    return new Snapshot(p, drained, busy, cells, newWaves);
  }
}
