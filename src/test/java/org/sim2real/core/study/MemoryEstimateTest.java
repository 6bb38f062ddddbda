package org.sim2real.core.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sim2real.core.model.Activation;
import org.sim2real.core.model.MlpSettings;
import org.sim2real.core.model.ModelSpec;
import org.sim2real.core.model.TrainingLength;

class MemoryEstimateTest {
  private static final long MB = 1L << 20;
  @TempDir static Path dir;
  private static StudyPlan plan;

  @BeforeAll
  static void planSyntheticStudy() throws Exception {
    plan = SyntheticStudyFiles.plannedWithThreeRepetitions(dir);
  }

  @Test
  void theDataTermHoldsEveryFeatureTableAsStored() {
    MemoryEstimate estimate = MemoryEstimate.of(plan, ShardSpec.ALL, 1);
    long stored = plan.simulation().features().valueBytes()
        + plan.experimental().features().valueBytes();
    assertTrue(stored > 0);
    assertTrue(estimate.dataBytes() > stored, estimate.describe());
  }

  @Test
  void aWorkersRowsCostTheSameWhateverTheNumberOfFeatures() {
    // an MLP cell reads its rows through views of the one table: more features make its network
    // larger, but not its rows, so the difference is the same for the largest and smallest group
    List<WorkOrder.Group> groups = WorkOrder.groups(plan.design()).stream()
        .filter(g -> g.cells().get(0).n() > 0)
        .sorted(java.util.Comparator.comparingInt(g -> g.cells().get(0).n())).toList();
    WorkOrder.Group smallest = groups.getFirst();
    WorkOrder.Group largest = groups.getLast();
    assertTrue(largest.cells().get(0).n() > smallest.cells().get(0).n());
    ModelSpec model = plan.design().model();
    long extraForSmallest = MemoryEstimate.groupBytes(model, smallest, 5000)
        - MemoryEstimate.groupBytes(model, smallest, 100);
    long extraForLargest = MemoryEstimate.groupBytes(model, largest, 5000)
        - MemoryEstimate.groupBytes(model, largest, 100);
    assertEquals(extraForSmallest, extraForLargest);
  }

  @Test
  void eachThreadWithWorkAddsAWorkerAndNoMoreThreadsThanGroupsCount() {
    int groups = WorkOrder.groups(plan.design()).size();
    assertEquals(1, MemoryEstimate.of(plan, ShardSpec.ALL, 1).workers());
    assertEquals(2, MemoryEstimate.of(plan, ShardSpec.ALL, 2).workers());
    assertEquals(groups, MemoryEstimate.of(plan, ShardSpec.ALL, 1000).workers());
    assertTrue(MemoryEstimate.of(plan, ShardSpec.ALL, 2).totalBytes()
        > MemoryEstimate.of(plan, ShardSpec.ALL, 1).totalBytes());
  }

  @Test
  void aShardNeedsNoMoreThanTheWholeStudy() {
    MemoryEstimate whole = MemoryEstimate.of(plan, ShardSpec.ALL, 2);
    MemoryEstimate shard = MemoryEstimate.of(plan, new ShardSpec(2, 3), 2);
    assertTrue(shard.totalBytes() <= whole.totalBytes(), shard.describe() + " vs " + whole.describe());
    assertTrue(shard.resultsBytes() < whole.resultsBytes(), "fewer cells");
  }

  @Test
  void aWorkerHoldsItsNetworkSeveralTimesAndWiderNetworksNeedMore() {
    int columns = plan.simulation().features().columns();
    MlpSettings wide = new MlpSettings(List.of(2048, 2048), Activation.RELU, 1e-3, 256,
        TrainingLength.epochs(1), 0.9, 0.999, 1e-8, 0, null);
    long parameters = (long) columns * 2048 + 2048 + 2048L * 2048 + 2048 + 2048 + 1;
    WorkOrder.Group group = WorkOrder.groups(plan.design()).get(0);
    long bytes = MemoryEstimate.groupBytes(new ModelSpec.Mlp(wide, wide, wide, wide), group,
        columns);
    assertTrue(bytes >= 8 * 4 * parameters, bytes + " < " + 8 * 4 * parameters);
    assertTrue(bytes > MemoryEstimate.groupBytes(plan.design().model(), group, columns));
  }

  @Test
  void theHeapHasTheMarginAFloorAndRoundsUpAndTheProcessNeedsMore() {
    MemoryEstimate small = new MemoryEstimate(200 * MB, 10 * MB, 5 * MB, 2, MB);
    assertEquals(512 * MB, small.heapBytes(), "at least 512 MB");
    MemoryEstimate large = new MemoryEstimate(200 * MB, 1000 * MB, 300 * MB, 4, 50 * MB);
    // (200 + 1000 + 4 x 300 + 50) x 1.5 = 3,675 MB, rounded up to 3,840 MB
    assertEquals(3840 * MB, large.heapBytes());
    // 3,840 + 960 + 256 = 5,056 MB, rounded up to 5,120 MB
    assertEquals(5120, large.processMegabytes());
    assertTrue(large.describe().startsWith("heap 3,840 MB"), large.describe());
  }
}
