package org.sim2real.ui.common.study;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.jspecify.annotations.Nullable;
import org.sim2real.core.study.StudyDesign;
import org.sim2real.core.study.StudyPlan;
import org.sim2real.core.study.StudyPlanner;
import org.sim2real.ui.common.CoalescingUpdater;

/**
 * Plans study designs in the background (import, featurize, resolve defaults, hash) and keeps
 * the latest plan, so the Study screen can show the design hash and the Run screen starts without
 * planning twice. One plan runs at a time on its own executor (planning 100,000 rows takes
 * seconds and must not hold up imports); a request made meanwhile waits, and a newer request
 * replaces a waiting one. Used on the FX thread.
 */
public final class PlanService {
  /** What a plan depends on: the runnable design, the data's content and the base folder. */
  public record PlanKey(StudyDesign design, String simulationSha256, String experimentalSha256,
      Path baseDirectory) {}

  /** A finished plan and what it was made for. */
  public record Planned(PlanKey key, StudyPlan plan) {}

  private record Request(PlanKey key, int threads, List<Consumer<StudyPlan>> onSuccess,
      List<Consumer<Throwable>> onFailure, AtomicBoolean stop) {
    Request(PlanKey key, int threads, List<Consumer<StudyPlan>> onSuccess,
        List<Consumer<Throwable>> onFailure) {
      this(key, threads, onSuccess, onFailure, new AtomicBoolean());
    }
  }

  /** The failure of a plan the user stopped ({@link #cancel()}), unlike a superseded one. */
  public static final class Cancelled extends CancellationException {
    private static final long serialVersionUID = 1L;

    Cancelled() {
      super("planning was cancelled");
    }
  }

  private final Executor background;
  private final Executor fxThread;
  private final ReadOnlyObjectWrapper<@Nullable Planned> latest = new ReadOnlyObjectWrapper<>(this,
      "latest");
  private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
  private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
  private final CoalescingUpdater<String> statusUpdates;
  private @Nullable Request running;
  private @Nullable Request waiting;

  /**
   * @param background runs the planner (a dedicated thread in the application)
   * @param fxThread runs completions on the FX thread
   * @param frameExecutor applies coalesced status lines on the FX thread
   */
  public PlanService(Executor background, Executor fxThread, Executor frameExecutor) {
    this.background = background;
    this.fxThread = fxThread;
    this.statusUpdates = new CoalescingUpdater<>(frameExecutor, text -> {
      if (busy.get()) {
        status.set(text);
      }
    });
  }

  /**
   * The plan for {@code key}: at once when it is the latest plan, else after planning. Exactly one
   * callback runs, on the FX thread; a request replaced by a newer one fails with
   * {@link CancellationException}.
   */
  public void plan(PlanKey key, int threads, Consumer<StudyPlan> onSuccess,
      Consumer<Throwable> onFailure) {
    Planned done = latest.get();
    if (done != null && done.key().equals(key)) {
      onSuccess.accept(done.plan());
      return;
    }
    if (running != null && running.key().equals(key)) {
      running.onSuccess().add(onSuccess);
      running.onFailure().add(onFailure);
      return;
    }
    if (waiting != null && waiting.key().equals(key)) {
      waiting.onSuccess().add(onSuccess);
      waiting.onFailure().add(onFailure);
      return;
    }
    Request request = new Request(key, threads, new ArrayList<>(List.of(onSuccess)),
        new ArrayList<>(List.of(onFailure)));
    if (running == null) {
      start(request);
    } else {
      Request replaced = waiting;
      waiting = request;
      if (replaced != null) {
        CancellationException superseded = new CancellationException("a newer design is planned");
        replaced.onFailure().forEach(f -> f.accept(superseded));
      }
    }
  }

  /**
   * Stops the plan being made (it stops within a block of rows of its featurization) and drops
   * the one waiting; their callers are told {@link Cancelled}. Nothing happens when idle.
   */
  public void cancel() {
    Request queued = waiting;
    waiting = null;
    if (queued != null) {
      Cancelled cancelled = new Cancelled();
      queued.onFailure().forEach(f -> f.accept(cancelled));
    }
    if (running != null) {
      running.stop().set(true);
      status.set("Stopping the planning ...");
    }
  }

  /** The latest plan if it was made for {@code key}, else null. */
  public @Nullable StudyPlan planFor(PlanKey key) {
    Planned done = latest.get();
    return done != null && done.key().equals(key) ? done.plan() : null;
  }

  /** The latest finished plan, or null. */
  public ReadOnlyObjectProperty<@Nullable Planned> latestProperty() {
    return latest.getReadOnlyProperty();
  }

  /** What the planner is doing ("Featurizing sim.csv"), "" when idle. */
  public ReadOnlyStringProperty statusProperty() {
    return status.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty busyProperty() {
    return busy.getReadOnlyProperty();
  }

  private void start(Request request) {
    running = request;
    busy.set(true);
    status.set("Planning the study");
    background.execute(() -> {
      StudyPlan plan = null;
      Throwable failure = null;
      try {
        plan = StudyPlanner.plan(request.key().design(), request.key().baseDirectory(),
            request.threads(), statusUpdates::post, null, request.stop()::get);
      } catch (CancellationException e) {
        failure = request.stop().get() ? new Cancelled() : e;
      } catch (Throwable e) {
        failure = e;
      }
      StudyPlan result = plan;
      Throwable error = failure;
      fxThread.execute(() -> finish(request, result, error));
    });
  }

  private void finish(Request request, @Nullable StudyPlan plan, @Nullable Throwable error) {
    running = null;
    busy.set(false);
    status.set("");
    if (plan != null && request.stop().get()) {
      Cancelled cancelled = new Cancelled(); // finished just as it was stopped
      request.onFailure().forEach(c -> c.accept(cancelled));
    } else if (plan != null) {
      latest.set(new Planned(request.key(), plan));
      request.onSuccess().forEach(c -> c.accept(plan));
    } else if (error != null) {
      request.onFailure().forEach(c -> c.accept(error));
    }
    Request next = waiting;
    waiting = null;
    if (next != null) {
      plan(next.key(), next.threads(), first(next.onSuccess()), first(next.onFailure()));
      for (int i = 1; i < next.onSuccess().size(); i++) {
        plan(next.key(), next.threads(), next.onSuccess().get(i), next.onFailure().get(i));
      }
    }
  }

  private static <T> Consumer<T> first(List<Consumer<T>> list) {
    return list.get(0);
  }
}
