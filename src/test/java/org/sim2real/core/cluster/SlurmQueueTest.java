package org.sim2real.core.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SlurmQueueTest {
  @Test
  void theJobsFileGivesTheLatestArrayJobOfEachShardAndTheLastMerge() {
    SlurmQueue.Jobs jobs = SlurmQueue.parseJobs("array 100 1-4 2026-12-06T10:00:00+00:00\n"
        + "merge 101 2026-12-06T10:00:01+00:00\n"
        + "array 120 2,4%1 2026-12-06T12:00:00+00:00\n"
        + "merge 121 2026-12-06T12:00:01+00:00\n"
        + "something else\n", 4);
    assertEquals(Map.of(1, "100", 2, "120", 3, "100", 4, "120"), jobs.arrayJobOfShard());
    assertEquals("121", jobs.mergeJob());
  }

  @Test
  void squeueLinesBecomeTasksOfTheirShardsAndTheMerge() {
    SlurmQueue.Jobs jobs = SlurmQueue.parseJobs("array 100 1-3 x\nmerge 101 x\n", 3);
    List<List<String>> asked = new ArrayList<>();
    Map<Integer, SlurmQueue.Task> tasks = SlurmQueue.query(jobs, command -> {
      asked.add(command);
      return Optional.of(command.contains("--jobs=100")
          ? "100_1|COMPLETED|0:41|vm\n100_2|RUNNING|0:12|vm\n100_3|PENDING|0:00|Resources\n"
          : "101|PENDING|0:00|Dependency\n");
    });
    assertEquals(2, asked.size());
    assertEquals("COMPLETED", tasks.get(1).state());
    assertTrue(tasks.get(2).active());
    assertEquals("Resources", tasks.get(3).where());
    assertEquals("Dependency", tasks.get(0).where());
    assertFalse(tasks.get(1).active());
  }

  @Test
  void withoutSqueueNothingIsKnown() {
    SlurmQueue.Jobs jobs = SlurmQueue.parseJobs("array 100 1-3 x\n", 3);
    assertEquals(Map.of(), SlurmQueue.query(jobs, command -> Optional.empty()));
  }
}
