package org.sim2real.core.study;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.sim2real.core.io.UserFacingException;

/**
 * How far the shards of one study are: for the results folders of shards 1 to N (in that order),
 * which cells each shard owns ({@link WorkOrder}) and which of them its ledger holds. A merge of
 * a cluster run checks it first, so that a shard that failed, timed out or never ran is named
 * instead of silently merging a partial study.
 */
public final class ShardCheck {
  /**
   * One shard's state.
   *
   * @param started whether the folder holds a ledger at all
   * @param missing the ids of the shard's cells its ledger does not hold, in the study's order
   */
  public record Shard(ShardSpec spec, Path folder, int cells, int done, boolean started,
      List<String> missing) {
    public Shard {
      missing = List.copyOf(missing);
    }

    public boolean complete() {
      return missing.isEmpty();
    }

    /** "3 of 5 cells" or "not started (no ledger)" or "all 5 cells". */
    public String describe() {
      if (!started) {
        return "not started (no ledger in " + folder + ")";
      }
      return complete() ? "all " + cells + " cells" : done + " of " + cells + " cells";
    }
  }

  private ShardCheck() {}

  /**
   * Checks the shard folders against the resolved design that the first started shard wrote
   * ({@value StudyRunner#DESIGN_FILE}).
   *
   * @throws UserFacingException when no shard has started yet, or a folder holds another design
   */
  public static List<Shard> check(List<Path> shardFolders) {
    return check(design(shardFolders), shardFolders);
  }

  /**
   * The resolved design that the first started shard wrote ({@value StudyRunner#DESIGN_FILE}),
   * the design every shard runs.
   *
   * @throws UserFacingException when no shard has started yet
   */
  public static StudyDesign design(List<Path> shardFolders) {
    for (Path folder : shardFolders) {
      Path design = folder.resolve(StudyRunner.DESIGN_FILE);
      if (Files.isRegularFile(folder.resolve(RunLedger.FILE_NAME)) && Files.isRegularFile(design)) {
        return DesignJson.read(design);
      }
    }
    throw new UserFacingException("none of the " + shardFolders.size() + " shard folders ("
        + (shardFolders.isEmpty() ? "none given" : shardFolders.get(0) + " ...") + ") holds a"
        + " run ledger yet: no shard has started");
  }

  /**
   * Checks the shard folders against {@code resolved}, the design the shards run: a fixed grid's
   * (an adaptive study's shards are checked by replaying its planner over their ledgers,
   * {@code core.study.adaptive.AdaptiveShardCheck}).
   */
  public static List<Shard> check(StudyDesign resolved, List<Path> shardFolders) {
    if (resolved.adaptive() != null) {
      throw new UserFacingException("these shards run an adaptive study ("
          + resolved.adaptive().describeQuestion() + "): each holds the cells of its share of the"
          + " waves, not a fixed share of the grid, so they cannot be checked cell by cell");
    }
    int count = shardFolders.size();
    if (count < 1) {
      throw new UserFacingException("name the results folders of the shards, shard 1 first");
    }
    List<Shard> shards = new ArrayList<>();
    @Nullable String designHash = null;
    @Nullable Path hashOrigin = null;
    for (int i = 1; i <= count; i++) {
      ShardSpec spec = new ShardSpec(i, count);
      Path folder = shardFolders.get(i - 1);
      Path ledger = folder.resolve(RunLedger.FILE_NAME);
      Set<String> done = new HashSet<>();
      // a ledger holding only a torn header: the shard was killed as it began
      boolean started = !RunLedger.holdsNoRecord(ledger);
      if (started) {
        RunLedger.Contents contents = RunLedger.read(ledger);
        if (designHash == null) {
          designHash = contents.designHash();
          hashOrigin = ledger;
        } else if (!designHash.equals(contents.designHash())) {
          throw new UserFacingException(ledger + " belongs to another study design than "
              + hashOrigin + "; the folders are not shards of one study");
        }
        contents.results().forEach(r -> done.add(r.cellId()));
      }
      List<String> missing = new ArrayList<>();
      int cells = 0;
      for (WorkOrder.Group group : WorkOrder.groups(resolved, spec)) {
        for (Cell cell : group.cells()) {
          cells++;
          if (!done.contains(cell.id())) {
            missing.add(cell.id());
          }
        }
      }
      shards.add(new Shard(spec, folder, cells, cells - missing.size(), started, missing));
    }
    return shards;
  }

  /** The shards that lack cells. */
  public static List<Shard> incomplete(List<Shard> shards) {
    return shards.stream().filter(s -> !s.complete()).toList();
  }

  /** "3,5,7": the indices of {@code shards}, as Slurm's --array takes them. */
  public static String indices(List<Shard> shards) {
    List<String> parts = new ArrayList<>();
    for (Shard s : shards) {
      parts.add(Integer.toString(s.spec().index()));
    }
    return String.join(",", parts);
  }
}
