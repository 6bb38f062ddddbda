package org.sim2real.core.data;

import java.util.Locale;
import java.util.function.BooleanSupplier;
import java.util.function.LongSupplier;
import org.sim2real.core.table.ReadMonitor;

/**
 * Progress of reading a dataset file, told as a fraction (bytes read of the file's size) and a
 * sentence ("Reading sim_oqmd_gap.csv: 120,000 rows, 85,000 rows/s, about 3 s left"), at most
 * every {@link #EVERY_NANOS} so that a screen can show it without flicker; and the question
 * whether to stop, which the reader asks every block of rows.
 */
public final class ReadingProgress implements ReadMonitor {
  /** A quarter of a second: fresh enough to see it move, slow enough to read the numbers. */
  static final long EVERY_NANOS = 250_000_000L;
  /** The rate and the time left are told after a second, when they mean something. */
  private static final long SETTLED_NANOS = 1_000_000_000L;

  /** Receives what to show; called on the reading thread. */
  @FunctionalInterface
  public interface Listener {
    /**
     * @param fraction bytes read of the file's size, 0..1, or -1 when the size is not known
     * @param sentence how far reading has come, in words
     */
    void progress(double fraction, String sentence);
  }

  private final String fileName;
  private final BooleanSupplier cancelled;
  private final Listener listener;
  private final LongSupplier clock;
  private final long start;
  private long lastTold = Long.MIN_VALUE;

  /**
   * @param fileName the file's name as messages show it
   * @param cancelled true once reading should stop
   * @param clock nanoseconds ({@code System::nanoTime}; a test passes its own)
   */
  public ReadingProgress(String fileName, BooleanSupplier cancelled, Listener listener,
      LongSupplier clock) {
    this.fileName = fileName;
    this.cancelled = cancelled;
    this.listener = listener;
    this.clock = clock;
    this.start = clock.getAsLong();
  }

  /** The sentence before the first block of rows is read. */
  public static String starting(String fileName) {
    return "Reading " + fileName;
  }

  @Override
  public boolean isCancelled() {
    return cancelled.getAsBoolean();
  }

  @Override
  public void progress(long records, long bytesRead, long fileBytes) {
    long now = clock.getAsLong();
    if (lastTold != Long.MIN_VALUE && now - lastTold < EVERY_NANOS) {
      return;
    }
    lastTold = now;
    double fraction = fileBytes > 0 ? Math.min(1.0, (double) bytesRead / fileBytes) : -1;
    listener.progress(fraction, sentence(records, fraction, now - start));
  }

  private String sentence(long records, double fraction, long elapsedNanos) {
    StringBuilder s = new StringBuilder(String.format(Locale.ROOT, "Reading %s: %,d rows",
        fileName, records));
    if (elapsedNanos >= SETTLED_NANOS) {
      double seconds = elapsedNanos / 1e9;
      s.append(String.format(Locale.ROOT, ", %,d rows/s", Math.round(records / seconds)));
      if (fraction > 0) {
        s.append(", about ").append(timeLeft(seconds * (1 - fraction) / fraction)).append(" left");
      }
    }
    return s.toString();
  }

  /** "3 s", "2 min": whole units, as a person says them. */
  static String timeLeft(double seconds) {
    long s = Math.max(1, Math.round(seconds));
    return s < 100 ? s + " s" : Math.round(s / 60.0) + " min";
  }
}
