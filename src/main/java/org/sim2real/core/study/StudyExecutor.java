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
 *
 * <p>A work group that runs out of memory does not stop the run: its unfinished cells are left
 * out (never written to the ledger, so a later run tries them again) and the other groups go on;
 * the memory of the failed group is free again once its stack is gone. Groups that pretrain with
 * an n at least as large as the one that ran out are not started (they would very likely run out
 * too, after a long pretraining), groups with a smaller n and the scratch baseline still run. The
 * outcome is then {@link StudyOutcome.Status#INCOMPLETE} with a {@link StudyOutcome.MemoryShortfall}
 * that names the cells and the ways out.
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
  /** Guards the memory shortfall: the groups that ran out, those skipped, the smallest n. */
  private final Object memoryLock = new Object();
  private final List<WorkGroup> ranOut = new ArrayList<>();
  private final List<WorkGroup> skipped = new ArrayList<>();
  private int smallestFailedN = Integer.MAX_VALUE;
  private @Nullable String outOfMemoryDetail;
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
    StudyOutcome.MemoryShortfall memoryShortfall = memoryShortfall();
    List<String> all = new ArrayList<>(failures);
    StudyOutcome.Status status;
    if (!failures.isEmpty()) {
      status = StudyOutcome.Status.FAILED;
    } else if (control.isCancelled()) {
      status = StudyOutcome.Status.CANCELLED;
    } else if (memoryShortfall != null) {
      status = StudyOutcome.Status.INCOMPLETE;
    } else {
      status = StudyOutcome.Status.COMPLETED;
    }
    int leftOut = memoryShortfall == null ? 0 : memoryShortfall.cells().size();
    if ((status == StudyOutcome.Status.COMPLETED || status == StudyOutcome.Status.INCOMPLETE)
        && cellsDone.get() + leftOut < cellsTotal) {
      all.add((cellsTotal - cellsDone.get() - leftOut) + " cells produced no result");
      status = StudyOutcome.Status.FAILED;
    }
    if (memoryShortfall != null) {
      all.add(memoryShortfall.message());
    }
    StudyOutcome outcome = new StudyOutcome(status, progress(), all, memoryShortfall);
    listener.studyFinished(outcome);
    return outcome;
  }

  private void runGroup(WorkGroup group, Set<String> done) {
    if (control.isCancelled()) {
      return;
    }
    int n = largestN(group);
    int failedN;
    synchronized (memoryLock) {
      failedN = smallestFailedN;
      if (n > 0 && n >= failedN) {
        skipped.add(group);
      }
    }
    if (n > 0 && n >= failedN) {
      listener.message(group.label() + ": not started, since n = " + count(n) + " is at least"
          + " the n = " + count(failedN) + " that ran out of memory; its cells are left for a"
          + " later run");
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
      // this group's memory is free again now that its stack is gone: the other groups go on.
      // Every cell recorded so far is whole (a line cut short by the error is cut off again).
      ranOutOfMemory(group, n, e);
    } catch (Exception e) {
      failures.add(group.label() + ": " + e);
    } finally {
      running.remove(group.label());
    }
  }

  private void ranOutOfMemory(WorkGroup group, int n, OutOfMemoryError e) {
    synchronized (memoryLock) {
      ranOut.add(group);
      if (n > 0) {
        smallestFailedN = Math.min(smallestFailedN, n);
      }
      if (outOfMemoryDetail == null) {
        outOfMemoryDetail = e.getMessage();
      }
    }
    listener.message(group.label() + ": out of memory" + detail(e.getMessage()) + " while training "
        + training(group) + "; its unfinished cells are left out of this run"
        + (n > 0 ? " and work groups with n = " + count(n) + " or more are not started" : ""));
  }

  /** The cells left out for lack of memory and what to do, or null when memory sufficed. */
  private StudyOutcome.@Nullable MemoryShortfall memoryShortfall() {
    List<WorkGroup> failed;
    List<WorkGroup> notStarted;
    int failedN;
    @Nullable String detail;
    synchronized (memoryLock) {
      if (ranOut.isEmpty()) {
        return null;
      }
      failed = List.copyOf(ranOut);
      notStarted = List.copyOf(skipped);
      failedN = smallestFailedN;
      detail = outOfMemoryDetail;
    }
    List<String> cells = new ArrayList<>();
    for (List<WorkGroup> groups : List.of(failed, notStarted)) {
      for (WorkGroup group : groups) {
        for (Cell cell : group.cells()) {
          if (!ledger.isDone(cell.id())) {
            cells.add(cell.id());
          }
        }
      }
    }
    List<String> parts = new ArrayList<>();
    for (WorkGroup group : failed) {
      parts.add(group.label() + " while training " + training(group));
    }
    String need = memory == null ? ""
        : " " + memory.summary() + " (estimated before the run).";
    String flag = memory == null ? "-Xmx" : memory.heapFlag();
    String message = "Out of memory" + detail(detail) + " in " + String.join("; in ", parts)
        + (notStarted.isEmpty() ? "" : "; " + plural(notStarted.size(), "work group") + " with n = "
            + count(failedN) + " or more " + (notStarted.size() == 1 ? "was" : "were")
            + " not started (" + labels(notStarted) + ")")
        + ". " + (cells.size() == 1 ? "This cell is" : "These " + count(cells.size()) + " cells are")
        + " not in the ledger; the other cells of this run finished and are kept." + need;
    String advice = "What to do: "
        + (threads > 2 ? "run again with fewer threads (" + (threads - 1) + " or 1), or "
            : threads == 2 ? "run again with 1 thread, or " : "")
        + "give Java more memory (" + flag + " before -jar, --mem on a cluster), or "
        + (failedN == Integer.MAX_VALUE ? "leave out the largest m"
            : "leave out n = " + count(failedN) + " and larger")
        + "; a new run resumes where this one stopped and runs only the missing cells.";
    return new StudyOutcome.MemoryShortfall(labelsOf(failed), labelsOf(notStarted), cells,
        message + " " + advice, advice);
  }

  /** "with n = 2,000", or "the scratch baseline (m = 50)". */
  private static String training(WorkGroup group) {
    int n = largestN(group);
    if (n > 0) {
      return "with n = " + count(n);
    }
    int m = 0;
    for (Cell cell : group.cells()) {
      m = Math.max(m, cell.m());
    }
    return "the scratch baseline (m = " + count(m) + ")";
  }

  /** " (Java heap space)", or nothing when the error has no message. */
  private static String detail(@Nullable String message) {
    return message == null ? "" : " (" + message + ")";
  }

  private static int largestN(WorkGroup group) {
    int largest = 0;
    for (Cell cell : group.cells()) {
      largest = Math.max(largest, cell.n());
    }
    return largest;
  }

  private static List<String> labelsOf(List<WorkGroup> groups) {
    return groups.stream().map(WorkGroup::label).toList();
  }

  private static String labels(List<WorkGroup> groups) {
    return String.join(", ", labelsOf(groups));
  }

  private static String plural(int count, String noun) {
    return count(count) + " " + noun + (count == 1 ? "" : "s");
  }

  private static String count(int value) {
    return String.format(Locale.ROOT, "%,d", value);
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
