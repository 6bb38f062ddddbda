package org.sim2real.ui.common;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;

/**
 * Runs tasks on the FX thread at the next animation pulse, all tasks queued before that pulse
 * together. The timer runs only while there is work, so an idle window costs nothing.
 */
public final class NextFrameExecutor implements Executor {
  private final ConcurrentLinkedQueue<Runnable> queue = new ConcurrentLinkedQueue<>();
  private final AtomicBoolean timerRequested = new AtomicBoolean();
  private final AnimationTimer timer =
      new AnimationTimer() {
        @Override
        public void handle(long now) {
          runQueued();
        }
      };

  @Override
  public void execute(Runnable task) {
    queue.add(task);
    if (timerRequested.compareAndSet(false, true)) {
      Platform.runLater(timer::start);
    }
  }

  private void runQueued() {
    List<Runnable> due = new ArrayList<>();
    Runnable r;
    while ((r = queue.poll()) != null) {
      due.add(r);
    }
    if (due.isEmpty()) {
      timer.stop();
      timerRequested.set(false);
      if (!queue.isEmpty() && timerRequested.compareAndSet(false, true)) {
        timer.start();
      }
      return;
    }
    due.forEach(Runnable::run);
  }
}
