package org.sim2real.core.study.adaptive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.sim2real.core.study.ShardSpec;

/** The share of a wave each shard runs: every group once, balanced by cost, fixed by the wave. */
class ShardedFolderStudyTest {
  private final AdaptiveGrid grid = AdaptiveGrid.proportional(
      List.of(100, 1000, 10_000, 100_000), 5, "finetune", 50, 100);

  private static List<WaveGroup> shares(List<WaveGroup> wave, AdaptiveGrid grid, int count,
      List<Double> loads) {
    List<WaveGroup> all = new ArrayList<>();
    for (int i = 1; i <= count; i++) {
      List<WaveGroup> mine = ShardedFolderStudy.share(wave, grid, new ShardSpec(i, count));
      all.addAll(mine);
      loads.add(grid.cost(mine));
    }
    return all;
  }

  @Test
  void everyGroupOfAWaveGoesToExactlyOneShardAndTheCostIsSpread() {
    List<WaveGroup> wave = grid.firstWave();
    for (int count = 1; count <= 5; count++) {
      List<Double> loads = new ArrayList<>();
      List<WaveGroup> all = shares(wave, grid, count, loads);
      assertEquals(wave.size(), all.size(), "no group twice");
      assertEquals(new TreeSet<>(wave), new TreeSet<>(all), "every group once");
      double largest = wave.stream().mapToDouble(grid::cost).max().orElseThrow();
      double spread = loads.stream().mapToDouble(Double::doubleValue).max().orElseThrow()
          - loads.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
      assertTrue(spread <= largest, count + " shards: loads " + loads);
    }
  }

  @Test
  void theShareDependsOnTheWaveAloneNotOnItsOrder() {
    List<WaveGroup> wave = new ArrayList<>(grid.firstWave());
    List<WaveGroup> reversed = new ArrayList<>(wave);
    java.util.Collections.reverse(reversed);
    for (int i = 1; i <= 3; i++) {
      ShardSpec shard = new ShardSpec(i, 3);
      assertEquals(Set.copyOf(ShardedFolderStudy.share(wave, grid, shard)),
          Set.copyOf(ShardedFolderStudy.share(reversed, grid, shard)));
    }
  }
}
