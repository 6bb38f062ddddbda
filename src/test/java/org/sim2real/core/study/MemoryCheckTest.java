package org.sim2real.core.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Threads lowered when memory, not cores, is the limit, and the words for each case. */
class MemoryCheckTest {
  private static final long MB = 1L << 20;
  @TempDir static Path dir;
  private static StudyPlan plan;

  @BeforeAll
  static void planSyntheticStudy() throws Exception {
    plan = SyntheticStudyFiles.plannedWithThreeRepetitions(dir);
  }

  @Test
  void aRunThatFitsKeepsItsThreadsAndHasNothingToWarn() {
    MemoryCheck check = MemoryCheck.of(plan, ShardSpec.ALL, 4, 64L * 1024 * MB);
    assertEquals(4, check.threads());
    assertFalse(check.lowered());
    assertTrue(check.fits());
    assertNull(check.warning());
    assertTrue(check.summary().startsWith("Memory: about ") && check.summary().contains(
        "with 4 threads") && check.summary().endsWith("this Java may use 65,536 MB"),
        check.summary());
  }

  @Test
  void whenMemoryIsTheLimitTheRunUsesTheMostThreadsThatFit() {
    long one = MemoryEstimate.of(plan, ShardSpec.ALL, 1).totalBytes();
    long two = MemoryEstimate.of(plan, ShardSpec.ALL, 2).totalBytes();
    long three = MemoryEstimate.of(plan, ShardSpec.ALL, 3).totalBytes();
    assertTrue(one < two && two < three, "each thread adds a worker");
    MemoryCheck check = MemoryCheck.of(plan, ShardSpec.ALL, 3, (two + three) / 2);
    assertEquals(2, check.threads());
    assertTrue(check.lowered() && check.fits());
    String warning = check.warning();
    assertTrue(warning.startsWith("Memory, not cores, limits this run: 3 threads would need")
        && warning.contains("so the run uses 2 threads")
        && warning.contains("(" + check.heapFlag() + ")"), warning);
    assertEquals("-Xmx" + MemoryEstimate.of(plan, ShardSpec.ALL, 3).heapMegabytes() + "m",
        check.heapFlag(), "the flag is for all the threads asked for");
  }

  @Test
  void whenNotEvenOneThreadFitsTheRunKeepsOneAndSaysWhatToDo() {
    long one = MemoryEstimate.of(plan, ShardSpec.ALL, 1).totalBytes();
    MemoryCheck check = MemoryCheck.of(plan, ShardSpec.ALL, 2, one - 1);
    assertEquals(1, check.threads());
    assertFalse(check.fits());
    String warning = check.warning();
    assertTrue(warning.startsWith("This run may run out of memory: even 1 thread needs about")
        && warning.contains("-Xmx") && warning.contains("lower the largest n"), warning);
  }
}
