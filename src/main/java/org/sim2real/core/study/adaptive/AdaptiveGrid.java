package org.sim2real.core.study.adaptive;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.sim2real.core.model.TransferStrategy;
import org.sim2real.core.study.Cell;
import org.sim2real.core.study.PrimarySource;
import org.sim2real.core.study.SimulationSource;
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
 * @param sources the simulation sources whose groups the grid holds, the primary ({@link
 *     WaveGroup#PRIMARY}) first with {@code sizes}; named sources with their own sizes
 */
public record AdaptiveGrid(List<Integer> sizes, int maxRepetitions, String strategy, int m,
    Map<WaveGroup, Double> costs, Map<WaveGroup, Integer> cells, List<Source> sources) {

  /**
   * A simulation source of the grid.
   *
   * @param key {@link WaveGroup#PRIMARY} for the primary simulation, else the source's name
   * @param name the name the study's answers use ("mp", or "primary" when the design names none)
   * @param costPerRow what one simulation row costs in the user's unit, or null
   * @param sizes its candidate sizes n, ascending
   */
  public record Source(String key, String name, @Nullable Double costPerRow, List<Integer> sizes) {
    public Source {
      sizes = List.copyOf(sizes);
    }

    public boolean isPrimary() {
      return key.isEmpty();
    }
  }

  /** What the primary simulation is called when the design does not name it. */
  public static final String UNNAMED_PRIMARY = "primary";

  public AdaptiveGrid {
    sizes = List.copyOf(sizes);
    costs = Map.copyOf(costs);
    cells = Map.copyOf(cells);
    sources = List.copyOf(sources);
    if (sizes.isEmpty() || maxRepetitions < 1) {
      throw new IllegalArgumentException("a grid needs sizes and repetitions");
    }
    if (sources.isEmpty() || !sources.get(0).isPrimary()) {
      throw new IllegalArgumentException("a grid's first source is the primary simulation");
    }
  }

  /** A grid of the primary simulation alone. */
  public AdaptiveGrid(List<Integer> sizes, int maxRepetitions, String strategy, int m,
      Map<WaveGroup, Double> costs, Map<WaveGroup, Integer> cells) {
    this(sizes, maxRepetitions, strategy, m, costs, cells,
        List.of(new Source(WaveGroup.PRIMARY, UNNAMED_PRIMARY, null, sizes)));
  }

  /** The grid of a resolved design's primary simulation (named sources left out). */
  public static AdaptiveGrid of(StudyDesign resolved) {
    return of(resolved, false);
  }

  /**
   * The grid of a resolved design with every simulation source: the primary's groups and each
   * named source's at its own sizes, for the ranking of the sources.
   */
  public static AdaptiveGrid withSources(StudyDesign resolved) {
    return of(resolved, true);
  }

  /** The grid of the design's question: with every source for the ranking. */
  public static AdaptiveGrid forQuestion(StudyDesign resolved,
      org.sim2real.core.study.AdaptiveSettings.Question question) {
    return of(resolved, question == org.sim2real.core.study.AdaptiveSettings.Question.RANKING);
  }

  private static AdaptiveGrid of(StudyDesign resolved, boolean named) {
    TransferStrategy transfer = resolved.strategies().stream()
        .filter(TransferStrategy::needsPretrainedModel).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no transfer strategy"));
    Map<WaveGroup, Double> costs = new HashMap<>();
    Map<WaveGroup, Integer> cells = new HashMap<>();
    for (WorkOrder.Group group : WorkOrder.groups(resolved)) {
      Cell first = group.cells().get(0);
      String source = first.n() == 0 ? null : StrategyIds.sourceOf(first.strategy());
      if (source != null && !named) {
        continue;
      }
      WaveGroup key = new WaveGroup(first.n(), first.repetition(), source);
      costs.merge(key, group.cost(), Double::sum);
      cells.merge(key, group.cells().size(), Integer::sum);
    }
    List<Integer> ms = resolved.experimentalSizes();
    PrimarySource primary = resolved.primary();
    List<Source> sources = new ArrayList<>();
    sources.add(new Source(WaveGroup.PRIMARY, resolved.primaryName(UNNAMED_PRIMARY),
        primary == null ? null : primary.costPerRow(), resolved.sizes()));
    for (SimulationSource source : named ? resolved.sources() : List.<SimulationSource>of()) {
      sources.add(new Source(source.name(), source.name(), source.costPerRow(), source.sizes()));
    }
    return new AdaptiveGrid(resolved.sizes(), resolved.repetitions(), StrategyIds.id(transfer),
        ms.get(ms.size() - 1), costs, cells, sources);
  }

  /** The source of a group's key ({@link WaveGroup#source()}). */
  public Source source(String key) {
    return sources.stream().filter(s -> s.key().equals(key)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no source " + key + " in the grid"));
  }

  /** Whether the grid holds named sources besides the primary simulation. */
  public boolean hasNamedSources() {
    return sources.size() > 1;
  }

  /** The curve's strategy of a source: "finetune", or "finetune@aflow" for a named source. */
  public String strategyOf(String sourceKey) {
    return sourceKey.isEmpty() ? strategy : StrategyIds.withSource(strategy, sourceKey);
  }

  /**
   * The first wave of the ranking of the sources: each source's coarse start (up to 4 of its own
   * sizes, log-spaced, smallest and largest included, 2 repetitions each) and 2 repetitions of the
   * scratch baseline.
   */
  public List<WaveGroup> rankingFirstWave() {
    int reps = Math.min(2, maxRepetitions);
    List<WaveGroup> wave = new ArrayList<>();
    for (Source source : sources) {
      for (int n : coarse(source.sizes())) {
        for (int r = 0; r < reps; r++) {
          wave.add(new WaveGroup(n, r, source.key()));
        }
      }
    }
    for (int r = 0; r < reps; r++) {
      wave.add(WaveGroup.scratch(r));
    }
    wave.sort(null);
    return wave;
  }

  /** Up to 4 of the sizes spread evenly over them (in log, as a grid is), ends included. */
  static List<Integer> coarse(List<Integer> sizes) {
    int count = Math.min(4, sizes.size());
    List<Integer> chosen = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      int index = count == 1 ? sizes.size() - 1
          : (int) Math.round(i * (sizes.size() - 1) / (double) (count - 1));
      if (!chosen.contains(sizes.get(index))) {
        chosen.add(sizes.get(index));
      }
    }
    return chosen;
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
    List<Integer> chosen = coarse(sizes);
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
