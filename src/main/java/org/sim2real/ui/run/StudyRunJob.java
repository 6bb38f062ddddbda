package org.sim2real.ui.run;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.sim2real.core.data.TargetUnits;
import org.sim2real.core.study.RunControl;
import org.sim2real.core.study.ShardSpec;
import org.sim2real.core.study.StudyOutcome;
import org.sim2real.core.study.StudyPlan;
import org.sim2real.core.study.StudyRunner;
import org.sim2real.core.study.adaptive.AdaptiveStudy;

/**
 * One run of a planned study on its own thread: the ledger's earlier cells of this design go to
 * the live chart first, then {@link StudyRunner} works through the rest (an adaptive study:
 * {@link AdaptiveStudy}, wave by wave). Pause, resume and cancel
 * go to its {@link RunControl}; the end is reported once, on the FX thread.
 */
final class StudyRunJob {
  /** Told on the FX thread when the run has ended: its outcome, or what stopped it. */
  @FunctionalInterface
  interface Ending {
    void ended(@Nullable StudyOutcome outcome, @Nullable Throwable error);
  }

  private final RunControl control = new RunControl();
  private final CountDownLatch done = new CountDownLatch(1);
  private final Path folder;

  StudyRunJob(Path folder) {
    this.folder = folder;
  }

  /** Starts the run on {@code runThread}; with a same-thread executor it returns at the end. */
  void start(StudyPlan plan, int threads, RunRelay listener, LiveChart chart,
      Executor runThread, Executor fxThread, Ending ending) {
    StudyRunJob job = this;
    runThread.execute(() -> {
      StudyOutcome outcome = null;
      Throwable failure = null;
      try {
        chart.setUnit(TargetUnits.of(plan.experimental().dataset().roles().target()));
        chart.reset(ResultsFolder.inspect(folder).results().stream()
            .filter(r -> r.designHash().equals(plan.designHash())).toList());
        outcome = plan.design().adaptive() != null
            ? AdaptiveStudy.run(plan, folder, threads, job.control, listener, listener,
                listener::log)
            : StudyRunner.run(plan, folder, threads, ShardSpec.ALL, job.control, listener);
      } catch (Throwable e) {
        failure = e;
      } finally {
        job.done.countDown();
      }
      StudyOutcome result = outcome;
      Throwable error = failure;
      fxThread.execute(() -> ending.ended(result, error));
    });
  }

  Path folder() {
    return folder;
  }

  void pause() {
    control.pause();
  }

  void resume() {
    control.resume();
  }

  void cancel() {
    control.cancel();
  }

  /** Cancels and waits until the ledger is closed and the tables are written, at most {@code max}. */
  boolean stopAndWait(Duration max) {
    control.cancel();
    try {
      return done.await(max.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
