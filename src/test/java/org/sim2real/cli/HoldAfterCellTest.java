package org.sim2real.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sim2real.core.study.CellResult;
import org.sim2real.core.study.Progress;
import org.sim2real.core.study.ProgressListener;

/** The cluster tests' hold: off without its property; with it, a finished cell waits. */
class HoldAfterCellTest {
  @TempDir Path dir;

  @AfterEach
  void clear() {
    System.clearProperty(HoldAfterCell.PROPERTY);
  }

  private static CellResult cell() {
    return new CellResult("finetune/n=100/m=64/r=0", "hash", "finetune", 100, 64, 0, 1, 0.5, 0.6,
        0.1, 1, 1, true, 0.0);
  }

  private static Progress progress() {
    return new Progress(1, 2, 0, Duration.ofSeconds(1), null, List.of());
  }

  @Test
  void withoutThePropertyTheListenerIsUnchanged() {
    ProgressListener target = new ProgressListener() { };
    assertSame(target, HoldAfterCell.wrap(target));
  }

  @Test
  void aFinishedCellIsToldAtOnceAndThenWaitsWhileTheFileExists() throws Exception {
    Path hold = Files.writeString(dir.resolve("hold"), "held");
    System.setProperty(HoldAfterCell.PROPERTY, hold.toString());
    AtomicInteger told = new AtomicInteger();
    ProgressListener held = HoldAfterCell.wrap(new ProgressListener() {
      @Override
      public void cellFinished(CellResult result, Progress progress) {
        told.incrementAndGet();
      }
    });
    CountDownLatch returned = new CountDownLatch(1);
    Thread worker = new Thread(() -> {
      held.cellFinished(cell(), progress());
      returned.countDown();
    });
    worker.start();
    // told before the hold; still held while the file exists (a broken hold returns at once)
    assertFalse(returned.await(300, TimeUnit.MILLISECONDS), "returned while the file exists");
    assertEquals(1, told.get());
    Files.delete(hold);
    assertTrue(returned.await(60, TimeUnit.SECONDS), "still held after the file was deleted");
  }
}
