package org.sim2real.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class BackgroundTasksTest {
  private final List<String> results = new ArrayList<>();
  private final List<Throwable> failures = new ArrayList<>();

  @Test
  void sameThreadExecutorCompletesInsideRun() {
    BackgroundTasks tasks = BackgroundTasks.sameThread();

    tasks.run("Sum", ctx -> "42", results::add, failures::add);

    assertEquals(List.of("42"), results);
    assertEquals(List.of(), failures);
    assertFalse(tasks.busyProperty().get());
    assertEquals("", tasks.titleProperty().get());
  }

  @Test
  void aTaskOwnProgressListenerGetsTheLatestValueOfEachFrameAndNothingAfterTheEnd() {
    ConcurrentLinkedQueue<Runnable> worker = new ConcurrentLinkedQueue<>();
    List<Runnable> frames = new ArrayList<>();
    BackgroundTasks tasks = new BackgroundTasks(worker::add, Runnable::run, frames::add);
    List<String> told = new ArrayList<>();

    tasks.run("Import", ctx -> {
      ctx.progress(0.1, "Reading a.csv: 4,096 rows");
      ctx.progress(0.2, "Reading a.csv: 8,192 rows");
      return "done";
    }, (fraction, message) -> told.add(fraction + " " + message), results::add, failures::add,
        () -> {});
    worker.poll().run();
    frames.removeFirst().run(); // the frame after the work: only the newer value, task ended

    assertEquals(List.of(), told, "a task that has ended shows no progress");
    assertEquals(List.of("done"), results);

    tasks.run("Import", ctx -> {
      ctx.progress(0.1, "Reading b.csv: 4,096 rows");
      ctx.progress(0.2, "Reading b.csv: 8,192 rows");
      frames.removeFirst().run(); // a frame while the task runs
      return "done";
    }, (fraction, message) -> told.add(fraction + " " + message), results::add, failures::add,
        () -> {});
    worker.poll().run();

    assertEquals(List.of("0.2 Reading b.csv: 8,192 rows"), told);
  }

  @Test
  void failureGoesToTheFailureCallbackOnly() {
    BackgroundTasks tasks = BackgroundTasks.sameThread();

    tasks.<String>run("Read", ctx -> {
      throw new IOException("gone");
    }, results::add, failures::add);

    assertEquals(List.of(), results);
    assertEquals("gone", failures.get(0).getMessage());
  }

  @Test
  void statusShowsTitleAndProgressWhileRunningAndClearsAfter() {
    ConcurrentLinkedQueue<Runnable> worker = new ConcurrentLinkedQueue<>();
    BackgroundTasks tasks = new BackgroundTasks(worker::add, Runnable::run, Runnable::run);
    List<Double> seenProgress = new ArrayList<>();
    tasks.progressProperty().addListener((o, a, b) -> seenProgress.add(b.doubleValue()));

    tasks.run("Training", ctx -> {
      ctx.progress(0.25, "cell 1 of 4");
      ctx.progress(0.5, "cell 2 of 4");
      return "done";
    }, results::add, failures::add);

    assertTrue(tasks.busyProperty().get());
    assertEquals("Training", tasks.titleProperty().get());
    worker.poll().run();
    assertEquals(List.of(0.25, 0.5, -1.0), seenProgress);
    assertEquals(List.of("done"), results);
    assertFalse(tasks.busyProperty().get());
  }

  @Test
  void cancelStopsReportingWorkAndSuppressesItsResult() {
    ConcurrentLinkedQueue<Runnable> worker = new ConcurrentLinkedQueue<>();
    BackgroundTasks tasks = new BackgroundTasks(worker::add, Runnable::run, Runnable::run);
    List<Integer> stepsDone = new ArrayList<>();
    BackgroundTasks.TaskHandle handle = tasks.run("Long run", ctx -> {
      for (int i = 0; i < 100; i++) {
        ctx.progress(i / 100.0, "step " + i);
        stepsDone.add(i);
      }
      return "finished";
    }, results::add, failures::add);

    tasks.cancelCurrent();
    worker.poll().run();

    assertTrue(handle.isCancelled());
    assertEquals(List.of(), stepsDone);
    assertEquals(List.of(), results);
    assertEquals(List.of(), failures);
    assertEquals("Cancelled: Long run", tasks.noticeProperty().get());
    assertFalse(tasks.busyProperty().get());
  }

  @Test
  void realWorkerThreadHandsResultsBackThroughTheUiExecutor() throws InterruptedException {
    ExecutorService pool = Executors.newSingleThreadExecutor();
    LinkedBlockingQueue<Runnable> uiQueue = new LinkedBlockingQueue<>();
    try {
      BackgroundTasks tasks = new BackgroundTasks(pool, uiQueue::add, uiQueue::add);
      String[] workerThread = new String[1];
      tasks.run("Off thread", ctx -> {
        workerThread[0] = Thread.currentThread().getName();
        for (int i = 0; i < 10_000; i++) {
          ctx.progress(i / 10_000.0, "working");
        }
        return "ok";
      }, results::add, failures::add);

      // the UI thread is busy until the worker is done: its 10,000 reports wait as one UI task
      pool.shutdown();
      assertTrue(pool.awaitTermination(1, TimeUnit.MINUTES));
      int uiTasks = 0;
      for (Runnable r = uiQueue.poll(); r != null; r = uiQueue.poll()) {
        r.run();
        uiTasks++;
      }

      assertEquals(List.of("ok"), results);
      assertFalse(workerThread[0].equals(Thread.currentThread().getName()));
      assertEquals(2, uiTasks, "one coalesced progress update and the result");
    } finally {
      pool.shutdownNow();
    }
  }
}
