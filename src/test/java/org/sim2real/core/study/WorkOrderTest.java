package org.sim2real.core.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkOrderTest {
  @TempDir Path dir;

  @Test
  void theDesignAloneGivesTheSameCellsAndGroupsAsThePlannedStudy() throws Exception {
    SyntheticStudyFiles.write(dir, 400, 90);
    StudyPlan plan = StudyPlanner.plan(SyntheticStudyFiles.design(), dir, 1, status -> {});
    PretrainCache cache = new PretrainCache(dir, plan.designHash(), warning -> {});
    List<WorkGroup> engine = new StudyWork(plan, cache, ProgressListener.NONE).groups();

    // the resolved design as a results folder's design.json holds it
    Path designFile = dir.resolve("resolved.json");
    DesignJson.write(plan.design(), designFile);
    StudyDesign resolved = DesignJson.read(designFile);
    List<WorkOrder.Group> groups = WorkOrder.groups(resolved);

    assertEquals(engine.stream().map(WorkGroup::label).toList(),
        groups.stream().map(WorkOrder.Group::label).toList());
    assertEquals(engine.stream().map(WorkGroup::cells).toList(),
        groups.stream().map(WorkOrder.Group::cells).toList());
    assertEquals(plan.cells(), WorkOrder.cells(resolved));
  }

  @Test
  void shardsSplitTheGroupsWithoutOverlapOrGap() throws Exception {
    SyntheticStudyFiles.write(dir, 400, 90);
    StudyPlan plan = StudyPlanner.plan(SyntheticStudyFiles.design().withRepetitions(5), dir, 1,
        status -> {});
    List<Cell> all = WorkOrder.cells(plan.design());
    List<Cell> fromShards = new ArrayList<>();
    for (int i = 1; i <= 4; i++) {
      List<WorkOrder.Group> shard = WorkOrder.groups(plan.design(), new ShardSpec(i, 4));
      assertTrue(!shard.isEmpty(), "shard " + i + " has work");
      shard.forEach(g -> fromShards.addAll(g.cells()));
    }
    assertEquals(all.size(), fromShards.size(), "no cell twice");
    assertEquals(new HashSet<>(all), Set.copyOf(fromShards), "every cell in some shard");
  }

  @Test
  void aDesignWhoseSizesAreNotResolvedIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> WorkOrder.groups(SyntheticStudyFiles.design()));
  }
}
