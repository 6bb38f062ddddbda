package org.sim2real.core.study.adaptive;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.sim2real.core.io.AtomicFiles;
import org.sim2real.core.io.UserFacingException;
import org.sim2real.core.scaling.curve.LearningCurveTable;
import org.sim2real.core.scaling.curve.StudyResults;
import org.sim2real.core.study.Cell;
import org.sim2real.core.study.CellResult;
import org.sim2real.core.study.LedgerMerger;
import org.sim2real.core.study.ProgressListener;
import org.sim2real.core.study.ResultTables;
import org.sim2real.core.study.RunControl;
import org.sim2real.core.study.RunLedger;
import org.sim2real.core.study.ShardSpec;
import org.sim2real.core.study.StudyPlan;
import org.sim2real.core.study.WorkOrder;

/**
 * One shard of an adaptive study split over several computers (README, "Adaptive studies",
 * "Splitting an adaptive study over several computers"): every shard reads the ledgers of all the
 * shards' results folders, so every shard's planner sees the same cells and chooses the same wave;
 * each runs its own share of the wave into its own folder and then waits until the other shards'
 * ledgers hold the rest, before the next decision. The share depends only on the wave (its groups,
 * costliest first, each to the shard with the least cost so far), so a shard that is resumed after
 * a crash takes the same groups again.
 */
public final class ShardedFolderStudy extends ResultsFolderStudy {
  /** How often the other shards' ledgers are read while waiting. */
  public static final Duration POLL = Duration.ofSeconds(1);
  /** While waiting, the sentence saying for what is repeated this often. */
  static final Duration REMIND = Duration.ofMinutes(10);

  private final List<Path> shardFolders;
  private final ShardSpec shard;
  private final AdaptiveGrid grid;
  private final RunControl control;
  private final Consumer<String> notes;
  private final Duration poll;
  private final Map<WaveGroup, List<String>> cellsOfGroup = new TreeMap<>();

  /**
   * @param shardFolders the results folders of shards 1 to N, in order; this shard's is number i
   * @param notes told when this shard waits for the others, and for which groups
   */
  public ShardedFolderStudy(StudyPlan plan, List<Path> shardFolders, ShardSpec shard,
      AdaptiveGrid grid, int threads, RunControl control, ProgressListener progress,
      Consumer<String> notes, Duration poll) {
    super(plan, shardFolders.get(shard.index() - 1), threads, control, progress);
    if (shardFolders.size() != shard.count()) {
      throw new IllegalArgumentException("need the folders of all " + shard.count() + " shards");
    }
    this.shardFolders = List.copyOf(shardFolders);
    this.shard = shard;
    this.grid = grid;
    this.control = control;
    this.notes = notes;
    this.poll = poll;
    for (WorkOrder.Group group : WorkOrder.groups(plan.design())) {
      cellsOfGroup.put(groupOf(group.cells().get(0)),
          group.cells().stream().map(Cell::id).toList());
    }
  }

  /** Every shard's cells: the ledgers of all shard folders that hold any, read together. */
  @Override
  public AdaptiveRunner.Measurements current() {
    writeTables(); // this shard's own tables, from its own ledger
    return measurements(shardFolders);
  }

  /**
   * The cells of all the shards' ledgers read together (through a merged view in a temporary
   * folder), as the planner sees them; none when no shard has finished a cell yet.
   */
  static AdaptiveRunner.Measurements measurements(List<Path> shardFolders) {
    List<Path> ledgers = startedLedgers(shardFolders);
    if (ledgers.isEmpty()) {
      return new AdaptiveRunner.Measurements(null, Map.of());
    }
    Path view = null;
    try {
      view = Files.createTempDirectory("sim2real-all-shards-");
      LedgerMerger.merge(ledgers, view);
      List<CellResult> results = RunLedger.read(view.resolve(RunLedger.FILE_NAME)).results();
      ResultTables.write(view, results);
      LearningCurveTable table = StudyResults.read(view, null);
      return new AdaptiveRunner.Measurements(table, seconds(results));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      if (view != null) {
        // a copy left in the temporary folder is harmless: the shards' own folders are untouched
        AtomicFiles.deleteTreeQuietly(view);
      }
    }
  }

  /** Runs this shard's share of the wave, then waits until every shard's ledger holds the rest. */
  @Override
  public boolean runWave(List<WaveGroup> wave, List<WaveGroup> missing) {
    Set<WaveGroup> mine = new TreeSet<>(share(wave, grid, shard));
    List<WaveGroup> own = missing.stream().filter(mine::contains).toList();
    if (!own.isEmpty() && !run(own)) {
      return false;
    }
    long lastReminder = 0;
    boolean reminded = false;
    while (true) {
      Set<WaveGroup> pending = pending(wave);
      if (pending.isEmpty()) {
        return true;
      }
      long now = System.nanoTime(); // any origin: compared by difference only
      if (!reminded || now - lastReminder >= REMIND.toNanos()) {
        notes.accept(waiting(wave, pending));
        lastReminder = now;
        reminded = true;
      }
      if (!sleep()) {
        return false;
      }
    }
  }

  /**
   * The groups of a wave that shard i runs: the wave's groups, costliest first (then in their
   * natural order), each given to the shard with the least cost so far (the lowest number on a tie).
   */
  static List<WaveGroup> share(List<WaveGroup> wave, AdaptiveGrid grid, ShardSpec shard) {
    List<WaveGroup> order = new ArrayList<>(new TreeSet<>(wave));
    order.sort(Comparator.comparingDouble((WaveGroup g) -> -grid.cost(g))
        .thenComparing(Comparator.naturalOrder()));
    double[] load = new double[shard.count()];
    List<WaveGroup> out = new ArrayList<>();
    for (WaveGroup g : order) {
      int least = 0;
      for (int s = 1; s < load.length; s++) {
        if (load[s] < load[least]) {
          least = s;
        }
      }
      load[least] += grid.cost(g);
      if (least == shard.index() - 1) {
        out.add(g);
      }
    }
    return out;
  }

  /** The groups of the wave whose cells not every shard's ledger together holds yet. */
  private Set<WaveGroup> pending(List<WaveGroup> wave) {
    Set<String> done = new HashSet<>();
    for (Path folder : shardFolders) {
      Path ledger = folder.resolve(RunLedger.FILE_NAME);
      if (!RunLedger.holdsNoRecord(ledger)) {
        for (CellResult r : RunLedger.read(ledger).results()) {
          done.add(r.cellId());
        }
      }
    }
    Set<WaveGroup> pending = new TreeSet<>();
    for (WaveGroup g : wave) {
      List<String> cells = cellsOfGroup.get(g);
      if (cells == null) {
        throw new UserFacingException("the wave's group " + g.describe() + " is not in the design;"
            + " the shards do not run the same design");
      }
      if (!done.containsAll(cells)) {
        pending.add(g);
      }
    }
    return pending;
  }

  private String waiting(List<WaveGroup> wave, Set<WaveGroup> pending) {
    TreeMap<Integer, List<String>> byShard = new TreeMap<>();
    for (int s = 1; s <= shard.count(); s++) {
      Set<WaveGroup> theirs = new HashSet<>(share(wave, grid, new ShardSpec(s, shard.count())));
      for (WaveGroup g : pending) {
        if (theirs.contains(g)) {
          byShard.computeIfAbsent(s, k -> new ArrayList<>()).add(g.describe());
        }
      }
    }
    List<String> parts = new ArrayList<>();
    byShard.forEach((s, groups) -> parts.add("shard " + s + " (" + String.join("; ", groups)
        + "; into " + shardFolders.get(s - 1) + ")"));
    return String.format(Locale.ROOT, "Shard %s: waiting for %s; every shard plans the next wave"
        + " from all the shards' ledgers.", shard, String.join("; ", parts));
  }

  /** Waits one poll interval; false when the run was cancelled meanwhile. */
  private boolean sleep() {
    long end = System.nanoTime() + poll.toNanos();
    while (System.nanoTime() < end) {
      if (control.isCancelled()) {
        return false;
      }
      try {
        Thread.sleep(Math.max(1, Math.min(200, (end - System.nanoTime()) / 1_000_000)));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return false;
      }
    }
    return !control.isCancelled();
  }

  /** The ledgers of the shards that have finished a cell (a shard may not have started yet). */
  private static List<Path> startedLedgers(List<Path> shardFolders) {
    List<Path> out = new ArrayList<>();
    for (Path folder : shardFolders) {
      Path ledger = folder.resolve(RunLedger.FILE_NAME);
      if (!RunLedger.holdsNoRecord(ledger) && !RunLedger.read(ledger).results().isEmpty()) {
        out.add(ledger);
      }
    }
    return out;
  }
}
