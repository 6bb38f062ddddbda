package org.sim2real.ui.run;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import org.jspecify.annotations.Nullable;
import org.sim2real.core.report.ChartTheme;
import org.sim2real.core.report.ErrorMeasure;
import org.sim2real.core.scaling.fit.ScalingAnalysis;
import org.sim2real.core.study.CellResult;

/**
 * Keeps the live scaling chart up to date from any thread without flooding anything: finished
 * cells are added as they come; the chart is rebuilt on a background thread at most once per
 * {@link #INTERVAL_MILLIS}, always from all cells so far, and the newest result is handed to the
 * FX thread. A rebuild asked for during the interval runs when it ends, so the last cell is never
 * left out.
 */
public final class LiveChart {
  /** Rebuilds are at least this far apart. */
  public static final long INTERVAL_MILLIS = 500;

  /** Runs a task after a delay, on one background thread. */
  @FunctionalInterface
  public interface Scheduler {
    void schedule(Runnable task, long delayMillis);
  }

  private final Scheduler scheduler;
  private final Executor fxThread;
  private final Consumer<LiveCurve.Update> apply;
  private final LongSupplier millis;
  private final List<CellResult> results = new ArrayList<>();
  private final AtomicBoolean scheduled = new AtomicBoolean();
  private volatile ChartTheme theme = ChartTheme.LIGHT;
  private volatile long lastBuild = Long.MIN_VALUE / 2;
  private volatile int generation;
  /** The cells.csv of a folder no run writes to (see {@link #showFolder}); null while running. */
  private volatile @Nullable Path folderTable;
  private volatile @Nullable String unit;
  /** The last folder fit, kept so that a theme change redraws it without fitting again. */
  private @Nullable FolderFit lastFolderFit;

  private record FolderFit(Path table, int generation, ScalingAnalysis analysis) {}

  /**
   * @param apply receives each rebuilt chart on the FX thread
   * @param millis the clock (milliseconds), injectable for tests
   */
  public LiveChart(Scheduler scheduler, Executor fxThread, Consumer<LiveCurve.Update> apply,
      LongSupplier millis) {
    this.scheduler = scheduler;
    this.fxThread = fxThread;
    this.apply = apply;
    this.millis = millis;
  }

  /** The unit of the errors of the run about to start ("eV"), or null when the data name none. */
  public void setUnit(@Nullable String unit) {
    this.unit = unit;
  }

  /** Starts over with these cells (a new run, another folder) and draws them. */
  public void reset(List<CellResult> cells) {
    show(cells, null);
  }

  /**
   * Shows the cells of a folder no run writes to: drawn quickly first, then fitted from its
   * cells.csv as the Scaling step fits it ({@link LiveCurve#buildFromFolder}).
   */
  public void showFolder(List<CellResult> cells, Path cellsCsv) {
    show(cells, cellsCsv);
  }

  private void show(List<CellResult> cells, @Nullable Path table) {
    synchronized (results) {
      results.clear();
      results.addAll(cells);
      folderTable = table;
      generation++;
    }
    request();
  }

  /** A finished cell (any thread). */
  public void add(CellResult cell) {
    synchronized (results) {
      results.add(cell);
      folderTable = null; // a run writes to the folder: its cells.csv is behind
    }
    request();
  }

  public void setTheme(ChartTheme value) {
    theme = value;
    request();
  }

  private void request() {
    if (scheduled.compareAndSet(false, true)) {
      long wait = Math.max(0, lastBuild + INTERVAL_MILLIS - millis.getAsLong());
      scheduler.schedule(this::build, wait);
    }
  }

  private void build() {
    scheduled.set(false);
    lastBuild = millis.getAsLong();
    List<CellResult> snapshot;
    int built;
    @Nullable Path table;
    synchronized (results) {
      snapshot = List.copyOf(results);
      built = generation;
      table = folderTable;
    }
    ChartTheme drawnIn = theme;
    // the errors' unit: a finished folder's design names it, a run's plan was told (setUnit)
    String inUnit = table != null ? ErrorMeasure.studyUnit(table) : unit;
    FolderFit known = lastFolderFit; // only the chart thread builds
    boolean fitted = table != null && known != null && known.generation() == built
        && known.table().equals(table);
    if (!fitted) {
      publish(LiveCurve.build(snapshot, drawnIn, inUnit), built); // at once, while it is fitted
    }
    if (table != null && built == generation) {
      ScalingAnalysis analysis = fitted ? known.analysis() : LiveCurve.analyzeFolder(table);
      if (analysis != null) {
        lastFolderFit = new FolderFit(table, built, analysis);
        publish(LiveCurve.folderUpdate(analysis, snapshot.size(), drawnIn, inUnit), built);
      }
    }
  }

  private void publish(LiveCurve.Update update, int built) {
    fxThread.execute(() -> {
      if (built == generation) {
        apply.accept(update);
      }
    });
  }
}
