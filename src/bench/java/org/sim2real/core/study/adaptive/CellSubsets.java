package org.sim2real.core.study.adaptive;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.TreeSet;
import org.sim2real.core.scaling.fit.FitOptions;
import org.sim2real.core.study.AdaptiveSettings;

/**
 * Benchmark: how wide the answer's interval is from a subset of a finished grid's cells, against
 * the whole grid's, for the same bootstrap seed (README, "Adaptive studies", on real band gaps).
 * It tells whether a planner could have done better than it did: which sets of cells within a
 * share of the grid's compute match the grid's width at all.
 *
 * <ul>
 *   <li>{@code CellSubsets width FOLDER QUESTION DRAWS SPEC...}: each SPEC is {@code n:repetitions}
 *       joined by commas, {@code 0:k} for k scratch repetitions (e.g. {@code
 *       100:2,1000:3,100000:2,0:3}); prints the width ratio over 6 seeds.
 *   <li>{@code CellSubsets search FOLDER QUESTION SHARE TRIES}: random subsets (5 sizes or more,
 *       2 to 5 repetitions each, the largest size always) costing at most SHARE of the grid,
 *       scored with 2,000 draws, the best 6 checked again with 10,000 draws and 3 seeds.
 * </ul>
 *
 * QUESTION as for {@link AdaptiveReplay}, e.g. {@code error-at=100000}; the precision does not
 * matter here.
 */
public final class CellSubsets {
  private final AdaptiveSettings settings;
  private final AdaptiveReplay.FinishedGrid grid;

  private CellSubsets(AdaptiveSettings settings, AdaptiveReplay.FinishedGrid grid) {
    this.settings = settings;
    this.grid = grid;
  }

  public static void main(String[] args) {
    AdaptiveReplay.FinishedGrid grid = AdaptiveReplay.FinishedGrid.read(Path.of(args[1]),
        AdaptiveGrid::of);
    CellSubsets subsets = new CellSubsets(AdaptiveReplay.settings(args[2], "1.5"), grid);
    if (args[0].equals("width")) {
      int draws = Integer.parseInt(args[3]);
      for (String spec : Arrays.copyOfRange(args, 4, args.length)) {
        Set<WaveGroup> cells = parse(spec);
        double[] ratios = new double[6];
        for (int i = 0; i < ratios.length; i++) {
          ratios[i] = subsets.ratio(cells, draws, FitOptions.DEFAULT_SEED + i);
        }
        Arrays.sort(ratios);
        System.out.printf(Locale.ROOT, "%s  %.1f%% of the grid's compute units  width / grid's:"
            + " median %.3f (%.3f to %.3f), %d draws, 6 seeds%n", spec, 100 * subsets.share(cells),
            (ratios[2] + ratios[3]) / 2, ratios[0], ratios[5], draws);
      }
    } else {
      subsets.search(Double.parseDouble(args[3]), Integer.parseInt(args[4]));
    }
  }

  private double share(Set<WaveGroup> cells) {
    return grid.grid().cost(cells) / grid.grid().cost(grid.held());
  }

  private double width(Set<WaveGroup> cells, int draws, long seed) {
    WavePlanner planner = new WavePlanner(settings, grid.grid(),
        FitOptions.defaults().withBootstrap(draws, seed));
    QuestionAnswer answer = planner.decide(MeasuredGroups.restrict(grid.table(), cells), cells,
        Double.NaN, Double.NaN).answer();
    return answer == null ? Double.NaN : answer.interval().upper() - answer.interval().lower();
  }

  private double ratio(Set<WaveGroup> cells, int draws, long seed) {
    return width(cells, draws, seed) / width(new TreeSet<>(grid.held()), draws, seed);
  }

  private void search(double maxShare, int tries) {
    List<Integer> sizes = grid.grid().sizes();
    SplittableRandom random = new SplittableRandom(7);
    double whole = width(new TreeSet<>(grid.held()), 2000, FitOptions.DEFAULT_SEED);
    List<Object[]> scored = new ArrayList<>();
    int drawn = 0;
    while (scored.size() < tries && drawn < 100 * tries) {
      drawn++;
      Set<WaveGroup> cells = new TreeSet<>();
      int measuredSizes = 0;
      for (int i = 0; i < sizes.size(); i++) {
        boolean last = i == sizes.size() - 1;
        if (!last && random.nextDouble() < 0.45) {
          continue;
        }
        int repetitions = Math.min(grid.grid().maxRepetitions(),
            2 + (random.nextDouble() < 0.7 ? 0 : random.nextInt(4)));
        measuredSizes++;
        for (int r = 0; r < repetitions; r++) {
          cells.add(new WaveGroup(sizes.get(i), r));
        }
      }
      int scratch = Math.min(grid.grid().maxRepetitions(), 2 + random.nextInt(4));
      for (int r = 0; r < scratch; r++) {
        cells.add(WaveGroup.scratch(r));
      }
      if (measuredSizes < 5 || share(cells) > maxShare) {
        continue;
      }
      double w = width(cells, 2000, FitOptions.DEFAULT_SEED) / whole;
      if (Double.isFinite(w)) {
        scored.add(new Object[] {w, cells});
      }
    }
    scored.sort(Comparator.comparingDouble(o -> (double) o[0]));
    System.out.printf(Locale.ROOT, "%d subsets within %.0f%% of the grid's compute; the best"
        + " (2,000 draws) checked with 10,000 draws and 3 seeds:%n", scored.size(), 100 * maxShare);
    for (Object[] best : scored.subList(0, Math.min(6, scored.size()))) {
      @SuppressWarnings("unchecked")
      Set<WaveGroup> cells = (Set<WaveGroup>) best[1];
      double[] ratios = new double[3];
      for (int k = 0; k < ratios.length; k++) {
        ratios[k] = ratio(cells, 10_000, FitOptions.DEFAULT_SEED + k);
      }
      System.out.printf(Locale.ROOT, "%s  %.1f%%  2,000 draws %.3f; 10,000 draws %.3f %.3f %.3f%n",
          spec(cells), 100 * share(cells), (double) best[0], ratios[0], ratios[1], ratios[2]);
    }
  }

  private static Set<WaveGroup> parse(String spec) {
    Set<WaveGroup> cells = new TreeSet<>();
    for (String part : spec.split(",")) {
      String[] nk = part.split(":");
      int n = Integer.parseInt(nk[0]);
      for (int r = 0; r < Integer.parseInt(nk[1]); r++) {
        cells.add(n == 0 ? WaveGroup.scratch(r) : new WaveGroup(n, r));
      }
    }
    return cells;
  }

  private static String spec(Set<WaveGroup> cells) {
    TreeMap<Integer, Integer> counts = new TreeMap<>();
    for (WaveGroup g : cells) {
      counts.merge(g.isScratch() ? 0 : g.n(), 1, Integer::sum);
    }
    List<String> parts = new ArrayList<>();
    counts.forEach((n, k) -> parts.add(n + ":" + k));
    return String.join(",", parts);
  }
}
