package org.sim2real.core.study.adaptive;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sim2real.core.model.TransferStrategy;
import org.sim2real.core.study.Cell;
import org.sim2real.core.study.StrategyIds;
import org.sim2real.core.study.StudyDesign;
import org.sim2real.core.study.WorkOrder;

/**
 * The cells an adaptive study may choose from: the design's sizes, each up to the design's
 * repetitions, and the scratch baseline's repetitions; with the relative cost of each group (the
 * engine's training-step count, {@link WorkOrder}) and how many cells it holds.
 *
 * @param sizes the candidate sizes n, ascending (the full grid's)
 * @param maxRepetitions repetitions of the full grid
 * @param strategy the transfer strategy whose curve the question is asked of
 * @param m the experimental size of that curve (the largest of the design)
 * @param costs relative cost of every group of the full grid
 * @param cells number of cells of every group of the full grid
 */
public record AdaptiveGrid(List<Integer> sizes, int maxRepetitions, String strategy, int m,
    Map<WaveGroup, Double> costs, Map<WaveGroup, Integer> cells) {

  public AdaptiveGrid {
    sizes = List.copyOf(sizes);
    costs = Map.copyOf(costs);
    cells = Map.copyOf(cells);
    if (sizes.isEmpty() || maxRepetitions < 1) {
      throw new IllegalArgumentException("a grid needs sizes and repetitions");
    }
  }

  /** The grid of a resolved design of one simulation source. */
  public static AdaptiveGrid of(StudyDesign resolved) {
    TransferStrategy transfer = resolved.strategies().stream()
        .filter(TransferStrategy::needsPretrainedModel).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no transfer strategy"));
    Map<WaveGroup, Double> costs = new HashMap<>();
    Map<WaveGroup, Integer> cells = new HashMap<>();
    for (WorkOrder.Group group : WorkOrder.groups(resolved)) {
      Cell first = group.cells().get(0);
      if (StrategyIds.sourceOf(first.strategy()) != null) {
        continue; // named sources are not part of an adaptive study
      }
      WaveGroup key = new WaveGroup(first.n(), first.repetition());
      costs.merge(key, group.cost(), Double::sum);
      cells.merge(key, group.cells().size(), Integer::sum);
    }
    List<Integer> ms = resolved.experimentalSizes();
    return new AdaptiveGrid(resolved.sizes(), resolved.repetitions(), StrategyIds.id(transfer),
        ms.get(ms.size() - 1), costs, cells);
  }

  /**
   * A grid whose pretraining costs n and whose fine-tuning (and scratch training) costs
   * {@code fineTuneCost}, one transfer cell per group: for synthetic studies.
   */
  public static AdaptiveGrid proportional(List<Integer> sizes, int repetitions, String strategy,
      int m, double fineTuneCost) {
    Map<WaveGroup, Double> costs = new HashMap<>();
    Map<WaveGroup, Integer> cells = new HashMap<>();
    for (int r = 0; r < repetitions; r++) {
      costs.put(WaveGroup.scratch(r), fineTuneCost);
      cells.put(WaveGroup.scratch(r), 1);
      for (int n : sizes) {
        costs.put(new WaveGroup(n, r), n + fineTuneCost);
        cells.put(new WaveGroup(n, r), 1);
      }
    }
    return new AdaptiveGrid(sizes, repetitions, strategy, m, costs, cells);
  }

  public int largestSize() {
    return sizes.get(sizes.size() - 1);
  }

  public double cost(WaveGroup group) {
    Double cost = costs.get(group);
    if (cost == null) {
      throw new IllegalArgumentException(group + " is not in the grid");
    }
    return cost;
  }

  public double cost(Collection<WaveGroup> groups) {
    return groups.stream().mapToDouble(this::cost).sum();
  }

  public int cellCount(Collection<WaveGroup> groups) {
    return groups.stream().mapToInt(g -> cells.getOrDefault(g, 0)).sum();
  }

  /** Every group of the full grid. */
  public List<WaveGroup> all() {
    List<WaveGroup> all = new ArrayList<>(costs.keySet());
    all.sort(null);
    return all;
  }

  public double fullCost() {
    return cost(costs.keySet());
  }

  /**
   * The first wave: up to 4 sizes spread evenly over the grid's (in log, as the grid is), smallest
   * and largest included, 2 repetitions each, and 2 of the scratch baseline.
   */
  public List<WaveGroup> firstWave() {
    int count = Math.min(4, sizes.size());
    List<Integer> chosen = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      int index = count == 1 ? sizes.size() - 1
          : (int) Math.round(i * (sizes.size() - 1) / (double) (count - 1));
      if (!chosen.contains(sizes.get(index))) {
        chosen.add(sizes.get(index));
      }
    }
    int reps = Math.min(2, maxRepetitions);
    List<WaveGroup> wave = new ArrayList<>();
    for (int r = 0; r < reps; r++) {
      for (int n : chosen) {
        wave.add(new WaveGroup(n, r));
      }
      wave.add(WaveGroup.scratch(r));
    }
    wave.sort(null);
    return wave;
  }
}
