package org.sim2real.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.junit.jupiter.api.Test;

class LatestRequestRunnerTest {
  private final Deque<Runnable> workers = new ArrayDeque<>();
  private final List<String> started = new ArrayList<>(); // titles of the tasks handed to the worker
  private final BackgroundTasks tasks =
      new BackgroundTasks(job -> {
        started.add(((BackgroundTasks.Job) job).title());
        workers.add(job);
      }, Runnable::run, Runnable::run);
  private final List<Integer> computed = new ArrayList<>();
  private final List<Integer> shown = new ArrayList<>();
  private final List<String> failures = new ArrayList<>();
  private final LatestRequestRunner<Integer, Integer> runner = new LatestRequestRunner<>(tasks,
      "square", (q, context) -> {
        computed.add(q);
        if (q < 0) {
          throw new IllegalArgumentException("negative " + q);
        }
        return q * q;
      }, shown::add, e -> failures.add(e.getMessage()));

  private void finishAll() {
    while (!workers.isEmpty()) {
      workers.poll().run();
    }
  }

  @Test
  void requestsWhileOneRunsCollapseIntoTheLatest() {
    for (int q = 1; q <= 10; q++) {
      runner.submit(q);
    }
    assertTrue(runner.isRunning());
    finishAll();
    assertEquals(List.of(1, 10), computed);
    assertEquals(List.of(100), shown, "the result of 1 was out of date and is not shown");
    assertEquals(List.of("square", "square"), started, "two computations handed to the worker");
    assertFalse(runner.isRunning());
  }

  @Test
  void idleRunnerStartsAtOnceAndShowsEachResult() {
    runner.submit(2);
    finishAll();
    runner.submit(3);
    finishAll();
    assertEquals(List.of(4, 9), shown);
  }

  @Test
  void failureIsReportedAndTheNextRequestStillRuns() {
    runner.submit(-1);
    finishAll();
    assertEquals(List.of("negative -1"), failures);
    runner.submit(5);
    finishAll();
    assertEquals(List.of(25), shown);
  }

  @Test
  void cancelledComputationDoesNotBlockTheNextRequest() {
    runner.submit(4);
    tasks.cancelCurrent();
    assertFalse(runner.isRunning());
    runner.submit(6);
    finishAll();
    assertEquals(List.of(36), shown, "the cancelled 4 shows nothing, the 6 runs");
  }

  @Test
  void sameThreadTasksWorkToo() {
    LatestRequestRunner<Integer, Integer> inline = new LatestRequestRunner<>(
        BackgroundTasks.sameThread(), "square", (q, c) -> q * q, shown::add, e -> {});
    inline.submit(7);
    inline.submit(8);
    assertEquals(List.of(49, 64), shown);
  }
}
