package org.sim2real.core.study.adaptive;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.sim2real.core.study.Cell;
import org.sim2real.core.study.CellResult;
import org.sim2real.core.study.RunLedger;
import org.sim2real.core.study.ShardSpec;
import org.sim2real.core.study.StudyDesign;
import org.sim2real.core.study.WorkOrder;

/**
 * How far the shards of an adaptive study are ({@link ShardedFolderStudy}), found by replaying the
 * study's own planner over all the shards' ledgers without running anything: the waves they hold,
 * the wave in progress with the groups (and cells) its shards have not finished yet, each named
 * with the shard whose share it is, or the verdict. The planner's choices depend only on the
 * ledgers and the fit's seed, so this is the decision every shard makes; a shard's share of a
 * wave is fixed by the wave. The merge of a cluster run and the status command read it, where a
 * fixed grid's shards are checked cell by cell ({@link org.sim2real.core.study.ShardCheck}).
 */
public final class AdaptiveShardCheck {
  /**
   * One shard.
   *
   * @param started whether its folder holds a ledger with a finished cell
   * @param done the cells its ledger holds
   * @param pending the groups of the waves so far that are this shard's share and lack cells
   * @param owed the cells of those groups that no ledger holds
   */
  public record Shard(ShardSpec spec, Path folder, boolean started, int done,
      List<WaveGroup> pending, int owed) {
    public Shard {
      pending = List.copyOf(pending);
    }
  }

  /**
   * What the replay found.
   *
   * @param waves every wave's report, the last one holding the verdict when {@code ended}
   * @param ended the planner reached its verdict on what the ledgers hold
   * @param missingCells cell ids of the waves' groups that no ledger holds, in the study's order
   * @param waveOfMissing the wave whose cells are missing first (0 when none is)
   */
  public record Result(String question, List<WaveReport> waves, boolean ended, List<Shard> shards,
      List<String> missingCells, int waveOfMissing) {
    public Result {
      waves = List.copyOf(waves);
      shards = List.copyOf(shards);
      missingCells = List.copyOf(missingCells);
    }

    /** The verdict is reached and every cell of every wave is in a ledger: ready to merge. */
    public boolean complete() {
      return ended && missingCells.isEmpty();
    }

    /** The number of the last wave planned (the verdict's when {@code ended}). */
    public int wave() {
      return waves.isEmpty() ? 0 : waves.get(waves.size() - 1).wave();
    }

    /** "Precision reached: ..." when ended, else null. */
    public @Nullable String verdict() {
      return ended ? waves.get(waves.size() - 1).decision().sentence() : null;
    }

    public int cellsDone() {
      return shards.stream().mapToInt(Shard::done).sum();
    }

    /** The shards whose share of some wave lacks cells. */
    public List<Shard> lacking() {
      return shards.stream().filter(s -> !s.pending().isEmpty()).toList();
    }
  }

  private AdaptiveShardCheck() {}

  /**
   * Replays the planner of {@code resolved} (an adaptive design, as its shards run it) over the
   * ledgers of its shards' results folders, shard 1 first; folders without a ledger are shards
   * that have not started.
   *
   * @throws IllegalArgumentException when the design is not adaptive
   */
  public static Result check(StudyDesign resolved, List<Path> shardFolders) {
    if (shardFolders.isEmpty()) {
      throw new IllegalArgumentException("no shard folder");
    }
    WavePlanner planner = AdaptiveStudy.planner(resolved);
    AdaptiveGrid grid = planner.grid();
    List<WaveReport> reports = new ArrayList<>();
    AdaptiveOutcome outcome = new AdaptiveRunner(planner, reports::add)
        .run(new Replay(shardFolders));

    Map<WaveGroup, List<String>> cellsOfGroup = new TreeMap<>();
    List<String> order = new ArrayList<>();
    for (WorkOrder.Group group : WorkOrder.groups(resolved)) {
      List<String> ids = group.cells().stream().map(Cell::id).toList();
      cellsOfGroup.put(ResultsFolderStudy.groupOf(group.cells().get(0)), ids);
      order.addAll(ids);
    }
    Set<String> done = new HashSet<>();
    List<Integer> donePerShard = new ArrayList<>();
    List<Boolean> started = new ArrayList<>();
    for (Path folder : shardFolders) {
      List<CellResult> results = ledgerCells(folder);
      results.forEach(r -> done.add(r.cellId()));
      donePerShard.add(results.size());
      started.add(!results.isEmpty());
    }

    int count = shardFolders.size();
    List<List<WaveGroup>> pending = new ArrayList<>();
    int[] owed = new int[count];
    for (int i = 0; i < count; i++) {
      pending.add(new ArrayList<>());
    }
    Set<String> missing = new HashSet<>();
    int waveOfMissing = 0;
    for (WaveReport report : reports) {
      List<WaveGroup> wave = report.decision().groups(); // empty for the verdict
      for (int i = 1; i <= count; i++) {
        for (WaveGroup g : ShardedFolderStudy.share(wave, grid, new ShardSpec(i, count))) {
          List<String> cells = cellsOfGroup.get(g);
          if (cells == null) {
            throw new IllegalStateException("the planner chose " + g.describe()
                + ", which is not in the design");
          }
          List<String> lacking = cells.stream().filter(id -> !done.contains(id)).toList();
          if (!lacking.isEmpty()) {
            pending.get(i - 1).add(g);
            owed[i - 1] += lacking.size();
            missing.addAll(lacking);
            waveOfMissing = waveOfMissing == 0 ? report.wave() : waveOfMissing;
          }
        }
      }
    }
    List<Shard> shards = new ArrayList<>();
    for (int i = 1; i <= count; i++) {
      shards.add(new Shard(new ShardSpec(i, count), shardFolders.get(i - 1), started.get(i - 1),
          donePerShard.get(i - 1), pending.get(i - 1), owed[i - 1]));
    }
    return new Result(java.util.Objects.requireNonNull(resolved.adaptive()).describeQuestion(),
        reports, outcome.ended(), shards, order.stream().filter(missing::contains).toList(),
        waveOfMissing);
  }

  private static List<CellResult> ledgerCells(Path folder) {
    Path ledger = folder.resolve(RunLedger.FILE_NAME);
    return RunLedger.holdsNoRecord(ledger) ? List.of() : RunLedger.read(ledger).results();
  }

  /** The shards' ledgers as the planner sees them; a wave they lack stops the replay. */
  private static final class Replay implements AdaptiveRunner.Measurer {
    private final List<Path> shardFolders;

    Replay(List<Path> shardFolders) {
      this.shardFolders = shardFolders;
    }

    @Override
    public AdaptiveRunner.Measurements current() {
      return ShardedFolderStudy.measurements(shardFolders);
    }

    @Override
    public boolean run(List<WaveGroup> groups) {
      return false; // nothing is run: the wave is where the shards are
    }
  }
}
