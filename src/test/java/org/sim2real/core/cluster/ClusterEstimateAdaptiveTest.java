package org.sim2real.core.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sim2real.core.study.AdaptiveSettings;
import org.sim2real.core.study.StudyPlan;
import org.sim2real.core.study.StudyPlanner;
import org.sim2real.core.study.SyntheticStudyFiles;

/**
 * The resources of an adaptive study's shards are upper bounds: the whole grid trained by one
 * shard, or the design's CPU budget when that is smaller, with the fixed grid's margin.
 */
class ClusterEstimateAdaptiveTest {
  @TempDir Path dir;

  private StudyPlan plan(AdaptiveSettings adaptive) throws IOException {
    SyntheticStudyFiles.write(dir, 400, 90);
    return StudyPlanner.plan(SyntheticStudyFiles.design().withSizes(List.of(50, 100, 200, 400))
        .withAdaptive(adaptive), dir, 1, s -> { });
  }

  @Test
  void withoutABudgetEachShardMayTakeAsLongAsOneShardTrainingTheWholeGrid() throws IOException {
    StudyPlan plan = plan(AdaptiveSettings.floor(0.02));
    double rate = 0.5; // steps per second and thread: slow, so that limits of hours tell apart
    ClusterEstimate adaptive = ClusterEstimate.ofAdaptive(plan, 2, rate, Duration.ofSeconds(30));
    ClusterEstimate oneShard = ClusterEstimate.of(plan, 1, 2, rate,
        Duration.ofSeconds(30));
    ClusterEstimate fourShards = ClusterEstimate.of(plan, 4, 2, rate,
        Duration.ofSeconds(30));
    assertEquals(oneShard.training(), adaptive.training(), "the whole grid on one shard");
    assertEquals(oneShard.timeLimit(), adaptive.timeLimit());
    assertTrue(adaptive.timeLimit().compareTo(fourShards.timeLimit()) > 0,
        "more than a fixed grid's quarter share: " + adaptive.timeLimit());
    assertEquals(oneShard.memory().heapBytes(), adaptive.memory().heapBytes(),
        "the memory of a shard that may run any cell");
    assertNull(adaptive.budgetMinutes());
    assertTrue(adaptive.timeExplanation().startsWith("time: an upper bound, as an adaptive"
        + " study's waves are chosen as it runs") && adaptive.timeExplanation()
        .contains("the whole grid trained by one shard"), adaptive.timeExplanation());
  }

  @Test
  void aSmallerCpuBudgetBoundsTheTimeWithTheSameMargin() throws IOException {
    StudyPlan plan = plan(AdaptiveSettings.floor(0.02).withBudget(null, 30.0));
    ClusterEstimate estimate = ClusterEstimate.ofAdaptive(plan, 1, 0.05, Duration.ofMinutes(1));
    assertEquals(Duration.ofMinutes(30), estimate.training());
    assertEquals(30.0, estimate.budgetMinutes());
    // 2 x (1 + 30 minutes) + 10 minutes = 72 minutes, rounded up to a quarter of an hour
    assertEquals(Duration.ofMinutes(75), estimate.timeLimit());
    assertTrue(estimate.timeExplanation().contains("the design's CPU budget, 30 CPU-minutes (less"
        + " than the whole grid trained by one shard"), estimate.timeExplanation());

    // a budget larger than the grid does not raise the bound
    StudyPlan generous = plan(AdaptiveSettings.floor(0.02).withBudget(null, 1e6));
    ClusterEstimate grid = ClusterEstimate.ofAdaptive(generous, 1, 2.0, Duration.ofMinutes(1));
    assertNull(grid.budgetMinutes());
    assertTrue(grid.training().compareTo(Duration.ofDays(100)) < 0, grid.timeExplanation());
  }
}
