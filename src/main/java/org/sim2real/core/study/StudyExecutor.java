package org.sim2real.core.study;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;
import org.sim2real.core.io.UserFacingException;

/**
 * Runs work groups on a fixed number of worker threads, recording every finished cell (its test
 * errors first, then its ledger line) before it counts as done, skipping cells the ledger already
 * holds (resume), and reporting progress with an ETA based on the estimated cost of the remaining
 * work.
 */
public final class StudyExecutor {
  private final int threads;
  private final RunLedger ledger;
  private final TestErrorsLog testErrors;
  private final RunControl control;
  private final ProgressListener listener;
  private final @Nullable MemoryCheck memory;

  private final Set<String> running = ConcurrentHashMap.newKeySet();
  private final List<String> failures = Collections.synchronizedList(new ArrayList<>());
  private final AtomicInteger cellsDone = new AtomicInteger();
  private int cellsTotal;
  private int cellsResumed;
  private double costTotal;
  private double costResumed;
  private double costDoneThisRun;
  private long startNanos;

  StudyExecutor(int threads, RunLedger ledger, TestErrorsLog testErrors, RunControl control,
      ProgressListener listener) {
    this(threads, ledger, testErrors, control, listener, null);
  }

  /** With the run's memory check, which an out-of-memory message quotes. */
  StudyExecutor(int threads, RunLedger ledger, TestErrorsLog testErrors, RunControl control,
      ProgressListener listener, @Nullable MemoryCheck memory) {
    if (threads < 1) {
      throw new UserFacingException("threads must be at least 1, got " + threads);
    }
    this.threads = threads;
    this.ledger = ledger;
    this.testErrors = testErrors;
    this.control = control;
    this.listener = listener;
    this.memory = memory;
  }

  /** Runs the groups (in the given order of preference) and returns how the run ended. */
  public StudyOutcome execute(List<WorkGroup> groups) {
    startNanos = System.nanoTime();
    Set<String> done = new HashSet<>();
    for (CellResult result : ledger.results()) {
      done.add(result.cellId());
    }
    List<WorkGroup> pending = new ArrayList<>();
    for (WorkGroup group : groups) {
      double cellCost = group.cost() / Math.max(1, group.cells().size());
      boolean anyLeft = false;
      for (Cell cell : group.cells()) {
        cellsTotal++;
        costTotal += cellCost;
        if (done.contains(cell.id())) {
          cellsResumed++;
          costResumed += cellCost;
        } else {
          anyLeft = true;
        }
      }
      if (anyLeft) {
        pending.add(group);
      }
    }
    cellsDone.set(cellsResumed);
    for (String warning : ledger.warnings()) {
      listener.message(warning);
    }
    for (String warning : testErrors.warnings()) {
      listener.message(warning);
    }
    listener.studyStarted(progress());

    ExecutorService pool = Executors.newFixedThreadPool(threads, runnable -> {
      Thread t = new Thread(runnable, "study-worker");
      t.setDaemon(true);
      return t;
    });
    try {
      List<Future<?>> futures = new ArrayList<>();
      Set<String> doneView = Collections.unmodifiableSet(done);
      for (WorkGroup group : pending) {
        futures.add(pool.submit(() -> runGroup(group, doneView)));
      }
      for (Future<?> future : futures) {
        awaitQuietly(future);
      }
    } finally {
      pool.shutdownNow();
    }
    StudyOutcome.Status status = control.isCancelled() && failures.isEmpty()
        ? StudyOutcome.Status.CANCELLED
        : failures.isEmpty() ? StudyOutcome.Status.COMPLETED : StudyOutcome.Status.FAILED;
    if (status == StudyOutcome.Status.COMPLETED && cellsDone.get() < cellsTotal) {
      failures.add((cellsTotal - cellsDone.get()) + " cells produced no result");
      status = StudyOutcome.Status.FAILED;
    }
    StudyOutcome outcome = new StudyOutcome(status, progress(), failures);
    listener.studyFinished(outcome);
    return outcome;
  }

  private void runGroup(WorkGroup group, Set<String> done) {
    if (control.isCancelled()) {
      return;
    }
    double cellCost = group.cost() / Math.max(1, group.cells().size());
    running.add(group.label());
    try {
      control.checkpoint();
      listener.workStarted(group.label(), progress());
      group.run(done, result -> record(result, cellCost), control);
    } catch (CancellationException e) {
      // cancelled by the user: finished cells are already in the ledger
    } catch (UserFacingException e) {
      failures.add(group.label() + ": " + e.getMessage());
      if (e instanceof RecordingFailedException) {
        control.cancel(); // storage is failing: stop instead of computing results we cannot keep
      }
    } catch (OutOfMemoryError e) {
      // the other workers would run out too: stop them at their next checkpoint; every cell
      // recorded so far is whole (a line cut short by the error is cut off) and stays
      control.cancel();
      failures.add(outOfMemory(group, e));
    } catch (Exception e) {
      failures.add(group.label() + ": " + e);
    } finally {
      running.remove(group.label());
    }
  }

  /** Which cell ran out, what the run was estimated to need, and what to do. */
  private String outOfMemory(WorkGroup group, OutOfMemoryError e) {
    int largest = 0;
    for (Cell cell : group.cells()) {
      largest = Math.max(largest, cell.n());
    }
    String need = memory == null ? ""
        : " " + memory.summary() + " (estimated before the run).";
    String flag = memory == null ? "-Xmx" : memory.heapFlag();
    return group.label() + ": out of memory (" + e.getMessage() + ") while training with n = "
        + String.format(Locale.ROOT, "%,d", largest) + "; the run was stopped and the"
        + " cells finished so far are kept." + need + " What to do: "
        + (threads > 2 ? "run again with fewer threads (" + (threads - 1) + " or 1), or "
            : threads == 2 ? "run again with 1 thread, or " : "")
        + "give Java more memory (" + flag + " before -jar, --mem on a cluster), or leave out the"
        + " largest n; a new run resumes where this one stopped.";
  }

  /**
   * The errors go first: a cell in the ledger always has its test errors, and errors of a cell
   * whose ledger line was never written are dropped when the file is opened again.
   */
  private void record(FinishedCell cell, double cellCost) {
    CellResult result = cell.result();
    testErrors.append(result.cellId(), cell.residuals());
    ledger.append(result);
    synchronized (this) {
      costDoneThisRun += cellCost;
    }
    cellsDone.incrementAndGet();
    listener.cellFinished(result, progress());
  }

  private static void awaitQuietly(Future<?> future) {
    boolean interrupted = false;
    while (true) {
      try {
        future.get();
        break;
      } catch (InterruptedException e) {
        interrupted = true;
      } catch (ExecutionException | CancellationException e) {
        break;
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }

  /** The current progress snapshot (safe to call from any thread). */
  public synchronized Progress progress() {
    long activeNanos = Math.max(0, System.nanoTime() - startNanos - control.pausedNanos());
    Duration elapsed = Duration.ofNanos(activeNanos);
    @Nullable Duration eta = null;
    double remaining = costTotal - costResumed - costDoneThisRun;
    if (costDoneThisRun > 0) {
      eta = Duration.ofNanos((long) (activeNanos * Math.max(0, remaining) / costDoneThisRun));
    }
    return new Progress(cellsDone.get(), cellsTotal, cellsResumed, elapsed, eta, List.copyOf(running));
  }
}
