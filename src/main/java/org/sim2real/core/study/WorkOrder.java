package org.sim2real.core.study;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.sim2real.core.model.MlpSettings;
import org.sim2real.core.model.ModelSpec;
import org.sim2real.core.model.TransferStrategy;

/**
 * The cells of a resolved design and their work groups in the engine's fixed order, computed from
 * the design alone, without the data: one group per (n, repetition) that pretrains once and runs
 * every transfer cell of that model, one per (source, n, repetition) for each named simulation
 * source ({@link StudyDesign#sources}, cells "finetune@source"), one group per (m, repetition) for
 * the scratch baseline, which all sources share.
 * Shards take groups by their position in this order ({@link ShardSpec#owns}), so a results folder's
 * {@code design.json} (the resolved design) tells which cells each shard of a study must hold.
 */
public final class WorkOrder {
  /**
   * Cells that run together in one worker.
   *
   * @param cost relative cost (training steps), for the order and the ETA
   */
  public record Group(String label, List<Cell> cells, double cost) {
    public Group {
      cells = List.copyOf(cells);
    }
  }

  private WorkOrder() {}

  /** Every cell of a resolved design, in a stable order. */
  public static List<Cell> cells(StudyDesign resolved) {
    requireResolved(resolved);
    List<Cell> cells = new ArrayList<>();
    for (int rep = 0; rep < resolved.repetitions(); rep++) {
      for (int m : resolved.experimentalSizes()) {
        for (TransferStrategy s : resolved.strategies()) {
          if (s.needsPretrainedModel()) {
            for (int n : resolved.sizes()) {
              cells.add(new Cell(StrategyIds.id(s), n, m, rep));
            }
          } else {
            cells.add(new Cell(StrategyIds.id(s), 0, m, rep));
          }
        }
        for (SimulationSource source : resolved.sources()) {
          for (TransferStrategy s : resolved.strategies()) {
            if (s.needsPretrainedModel()) {
              for (int n : source.sizes()) {
                cells.add(new Cell(StrategyIds.withSource(StrategyIds.id(s), source.name()), n, m,
                    rep));
              }
            }
          }
        }
      }
    }
    return cells;
  }

  /**
   * The groups in their fixed order: repetition-major, so that whole curves fill early, and within
   * a repetition the most expensive first (largest n), so that the last groups of the study are
   * short and no worker idles long while another finishes a large one.
   */
  public static List<Group> groups(StudyDesign resolved) {
    Map<String, List<Cell>> byGroup = new LinkedHashMap<>();
    for (Cell cell : cells(resolved)) {
      String source = StrategyIds.sourceOf(cell.strategy());
      String key = cell.n() == 0
          ? "scratch m=" + cell.m() + " r=" + cell.repetition()
          : (source == null ? "" : source + " ") + "n=" + cell.n() + " r=" + cell.repetition();
      byGroup.computeIfAbsent(key, k -> new ArrayList<>()).add(cell);
    }
    List<Group> groups = new ArrayList<>();
    for (Map.Entry<String, List<Cell>> e : byGroup.entrySet()) {
      groups.add(new Group(e.getKey(), e.getValue(), cost(resolved, e.getValue())));
    }
    groups.sort(Comparator.comparingInt((Group g) -> g.cells().get(0).repetition())
        .thenComparing(Comparator.comparingDouble(Group::cost).reversed()));
    return List.copyOf(groups);
  }

  /** The groups of one shard, in the same order. */
  public static List<Group> groups(StudyDesign resolved, ShardSpec shard) {
    List<Group> all = groups(resolved);
    List<Group> mine = new ArrayList<>();
    for (int i = 0; i < all.size(); i++) {
      if (shard.owns(i)) {
        mine.add(all.get(i));
      }
    }
    return mine;
  }

  /**
   * The ordering cost: pretraining steps at n plus the fine-tuning steps of each cell. It only
   * orders the groups (and shards depend on that order), so it stays as it is even where a
   * finer count would differ.
   */
  private static double cost(StudyDesign design, List<Cell> cells) {
    Cell first = cells.get(0);
    double cost = first.n() > 0 ? steps(phase(design, true), first.n()) : 0;
    for (Cell cell : cells) {
      cost += steps(phase(design, false), cell.m());
    }
    return Math.max(1, cost);
  }

  private static @Nullable MlpSettings phase(StudyDesign design, boolean pretrain) {
    return design.model() instanceof ModelSpec.Mlp mlp
        ? (pretrain ? mlp.pretrain() : mlp.fineTune())
        : null;
  }

  private static double steps(@Nullable MlpSettings settings, int rows) {
    return settings == null ? rows : settings.length().steps(rows, settings.batchSize());
  }

  private static void requireResolved(StudyDesign design) {
    boolean transfer = design.strategies().stream().anyMatch(TransferStrategy::needsPretrainedModel);
    boolean sourcesOpen = transfer
        && design.sources().stream().anyMatch(source -> source.sizes().isEmpty());
    if (design.experimentalSizes().isEmpty() || (transfer && design.sizes().isEmpty())
        || sourcesOpen) {
      throw new IllegalArgumentException("the design's sizes are not resolved yet (plan it first)");
    }
  }
}
