package org.sim2real.core.study;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Whether a planned run fits the Java heap, before it starts: the threads it may use so that the
 * {@link MemoryEstimate} (without its margin) stays within the heap, and what to say when memory,
 * not cores, is the limit or when even one thread may not fit.
 *
 * @param requestedThreads the threads the user asked for
 * @param threads the threads the run uses (fewer when memory is the limit, never fewer than 1)
 * @param estimate the estimate for {@code threads}
 * @param wanted the estimate for {@code requestedThreads}
 * @param maxHeapBytes what this Java may use ({@link Runtime#maxMemory()})
 */
public record MemoryCheck(int requestedThreads, int threads, MemoryEstimate estimate,
    MemoryEstimate wanted, long maxHeapBytes) {
  private static final long MB = 1L << 20;

  /** The check of a run of {@code shard} with {@code requested} threads in this JVM. */
  public static MemoryCheck of(StudyPlan plan, ShardSpec shard, int requested) {
    return of(plan, shard, requested, Runtime.getRuntime().maxMemory());
  }

  /** The check against a given heap limit. */
  public static MemoryCheck of(StudyPlan plan, ShardSpec shard, int requested, long maxHeapBytes) {
    MemoryEstimate wanted = MemoryEstimate.of(plan, shard, requested);
    int threads = requested;
    MemoryEstimate estimate = wanted;
    while (threads > 1 && estimate.totalBytes() > maxHeapBytes) {
      threads--;
      estimate = MemoryEstimate.of(plan, shard, threads);
    }
    return new MemoryCheck(requested, threads, estimate, wanted, maxHeapBytes);
  }

  /** True when the run uses fewer threads than asked for, to stay within the heap. */
  public boolean lowered() {
    return threads < requestedThreads;
  }

  /** True when the estimate for the threads used fits the heap. */
  public boolean fits() {
    return estimate.totalBytes() <= maxHeapBytes;
  }

  /** The heap to start Java with for all requested threads, e.g. "-Xmx3072m". */
  public String heapFlag() {
    return "-Xmx" + wanted.heapMegabytes() + "m";
  }

  /** One line for the terminal and the Study step: need and limit. */
  public String summary() {
    return String.format(Locale.ROOT, "Memory: about %,d MB of heap with %d thread%s (data %,d MB,"
        + " each thread %,d MB); this Java may use %,d MB", megabytes(estimate.totalBytes()),
        estimate.workers(), estimate.workers() == 1 ? "" : "s", megabytes(estimate.dataBytes()),
        megabytes(estimate.perWorkerBytes()), maxHeapBytes / MB);
  }

  /**
   * What to tell the user before the run, or null when the run fits with the threads asked for.
   */
  public @Nullable String warning() {
    if (!fits()) {
      return String.format(Locale.ROOT, "This run may run out of memory: even 1 thread needs about"
          + " %,d MB of heap and this Java may use %,d MB. Start Java with more memory (%s; the"
          + " README's \"Memory\" section says how), or lower the largest n.",
          megabytes(estimate.totalBytes()), maxHeapBytes / MB, heapFlag());
    }
    if (lowered()) {
      return String.format(Locale.ROOT, "Memory, not cores, limits this run: %d threads would need"
          + " about %,d MB of heap and this Java may use %,d MB, so the run uses %d thread%s. For"
          + " all %d threads start Java with more memory (%s).", requestedThreads,
          megabytes(wanted.totalBytes()), maxHeapBytes / MB, threads, threads == 1 ? "" : "s",
          requestedThreads, heapFlag());
    }
    return null;
  }

  private static long megabytes(long bytes) {
    return (bytes + MB - 1) / MB;
  }
}
