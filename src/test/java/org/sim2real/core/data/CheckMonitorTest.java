package org.sim2real.core.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Checking the rows of a large table: how far it has come, and that Cancel stops it. */
class CheckMonitorTest {
  private static final int ROWS = 200_000;

  @TempDir Path dir;

  private RawTable bigTable() throws IOException {
    return TableReader.read(ReadingProgressTest.bigTable(dir, "big.csv", ROWS),
        ImportOptions.defaults());
  }

  private static RoleDetection roles(RawTable table) {
    return RoleDetector.detect(table, ImportOptions.defaults(), RoleOverrides.none());
  }

  @Test
  void theCheckedRowsGrowToTheWholeTable() throws IOException {
    RawTable table = bigTable();
    List<Integer> checked = new CopyOnWriteArrayList<>();

    ImportResult result = DatasetImporter.validate(table, null, ImportOptions.defaults(),
        roles(table), (done, total) -> {
          assertEquals(ROWS, total);
          checked.add(done);
        });

    assertEquals(ROWS, result.dataset().size(), "a watched check is complete");
    // chunks of 65,536 rows report after each full block but their first: 15 + 15 + 15 + 0
    assertEquals(45, checked.size(), checked.toString());
    assertEquals(45 * CheckMonitor.ROWS_PER_BLOCK,
        checked.stream().mapToInt(Integer::intValue).max().orElseThrow());
  }

  @Test
  void aCancelledCheckStopsWithinABlockPerThread() throws IOException {
    RawTable table = bigTable();
    AtomicBoolean cancelled = new AtomicBoolean();
    List<Integer> checked = new CopyOnWriteArrayList<>();
    CheckMonitor monitor = new CheckMonitor() {
      @Override
      public void checked(int done, int total) {
        checked.add(done);
        cancelled.set(true); // Cancel pressed at the first report
      }

      @Override
      public boolean isCancelled() {
        return cancelled.get();
      }
    };

    assertThrows(CancellationException.class, () -> DatasetImporter.validate(table, null,
        ImportOptions.defaults(), roles(table), monitor));

    int threads = Math.max(Runtime.getRuntime().availableProcessors(),
        java.util.concurrent.ForkJoinPool.commonPool().getParallelism() + 1);
    assertTrue(checked.size() <= threads, "at most one more block per thread: " + checked);
  }
}
