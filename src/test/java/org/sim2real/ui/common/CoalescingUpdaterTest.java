package org.sim2real.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class CoalescingUpdaterTest {
  /** Stands in for the FX thread's frames: runs what is queued when the test says a frame passed. */
  static final class ManualFrames implements java.util.concurrent.Executor {
    final ConcurrentLinkedQueue<Runnable> queued = new ConcurrentLinkedQueue<>();

    @Override
    public void execute(Runnable task) {
      queued.add(task);
    }

    void frame() {
      List<Runnable> due = new ArrayList<>(queued);
      queued.removeAll(due);
      due.forEach(Runnable::run);
    }
  }

  private final ManualFrames frames = new ManualFrames();
  private final List<Integer> applied = new ArrayList<>();
  private final CoalescingUpdater<Integer> updater = new CoalescingUpdater<>(frames, applied::add);

  @Test
  void manyPostsBeforeAFrameApplyOnlyTheLatestOnce() {
    for (int i = 1; i <= 1000; i++) {
      updater.post(i);
    }
    assertEquals(1, frames.queued.size());

    frames.frame();

    assertEquals(List.of(1000), applied);
  }

  @Test
  void postsAfterAFrameAreAppliedAtTheNextFrame() {
    updater.post(1);
    frames.frame();
    updater.post(2);
    updater.post(3);
    frames.frame();
    frames.frame();

    assertEquals(List.of(1, 3), applied);
  }

  @Test
  void nothingIsAppliedWithoutAPost() {
    frames.frame();
    assertEquals(List.of(), applied);
  }

  @Test
  void floodFromManyThreadsKeepsAtMostOneApplyWaitingAndEndsWithALastPostedValue()
      throws InterruptedException {
    int threads = 4;
    int postsPerThread = 50_000;
    CountDownLatch done = new CountDownLatch(threads);
    AtomicInteger mostWaiting = new AtomicInteger();
    for (int t = 0; t < threads; t++) {
      int base = t * postsPerThread;
      Thread.ofPlatform().start(() -> {
        try {
          for (int i = 1; i <= postsPerThread; i++) {
            updater.post(base + i);
            mostWaiting.accumulateAndGet(frames.queued.size(), Math::max);
          }
        } finally {
          done.countDown();
        }
      });
    }
    int framesRun = 0;
    while (!done.await(1, TimeUnit.MILLISECONDS)) {
      frames.frame();
      framesRun++;
    }
    frames.frame();

    assertTrue(mostWaiting.get() <= 1, mostWaiting.get() + " applies waiting at once");
    int last = applied.get(applied.size() - 1);
    assertTrue(last % postsPerThread == 0, "the final value is some thread's last post: " + last);
    assertTrue(applied.size() <= framesRun + 1,
        applied.size() + " applies in " + (framesRun + 1) + " frames");
    assertTrue(applied.size() < threads * postsPerThread);
  }
}
