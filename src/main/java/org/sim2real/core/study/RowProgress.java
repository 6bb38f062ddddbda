package org.sim2real.core.study;

import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import java.util.function.LongSupplier;

/**
 * Progress of a long pass over rows (featurizing a large table), told as a sentence at most every
 * {@link #EVERY_NANOS} ("Featurizing sim.csv: 120,000 of 341,608 rows, 45,000 rows/s, about 5 s
 * left"), so that a terminal gets a line now and then and a screen a fresh status. Quick passes say
 * nothing. Called from several worker threads with the rows done so far.
 */
final class RowProgress implements IntConsumer {
  static final long EVERY_NANOS = 2_000_000_000L;

  private final String what;
  private final int rows;
  private final Consumer<String> status;
  private final LongSupplier clock;
  private final long start;
  private long lastTold;

  RowProgress(String what, int rows, Consumer<String> status, LongSupplier clock) {
    this.what = what;
    this.rows = rows;
    this.status = status;
    this.clock = clock;
    this.start = clock.getAsLong();
    this.lastTold = start;
  }

  @Override
  public synchronized void accept(int done) {
    long now = clock.getAsLong();
    if (now - lastTold < EVERY_NANOS || done >= rows) {
      return;
    }
    lastTold = now;
    double seconds = (now - start) / 1e9;
    double rate = done / seconds;
    long left = rate > 0 ? Math.round((rows - done) / rate) : -1;
    status.accept(String.format(Locale.ROOT, "%s: %,d of %,d rows, %,d rows/s%s", what, done, rows,
        Math.round(rate), left >= 0 ? ", about " + left + " s left" : ""));
  }
}
